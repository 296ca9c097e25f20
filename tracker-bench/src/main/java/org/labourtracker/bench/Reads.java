package org.labourtracker.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Queries over HTTP as a client sends them, with the bearer token; each answer is read in full. */
final class Reads {

    private static final int WARM_UP = 5;
    /** How long one answer may take before the step gives up on it ({@link java.net.http.HttpTimeoutException}). */
    static final Duration PATIENCE = Duration.ofSeconds(60);

    private final URI base;
    private final String token;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    Reads(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    /** What a query took, and how large its answer was. */
    record Sample(Report.Latencies latencies, int bytes) {
    }

    /** The answer to one GET of the path. */
    String get(String path) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve(path)).timeout(PATIENCE)
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** Posts an empty body to the path, as an operator's command; any 2xx is an answer. */
    void post(String path) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    /** The latencies of that many GETs of the path, after a few unmeasured ones. */
    Sample sample(String path, int samples) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(PATIENCE)
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        long[] nanos = new long[samples];
        int bytes = 0;
        for (int i = -WARM_UP; i < samples; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long took = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
            }
            if (i >= 0) {
                nanos[i] = took;
            }
            bytes = response.body().length;
        }
        return new Sample(new Report.Latencies(nanos), bytes);
    }
}
