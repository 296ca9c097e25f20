package org.labourtracker.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/** Queries over HTTP as a client sends them, with the bearer token; each answer is read in full. */
final class Reads {

    private static final int WARM_UP = 500;
    /** How long one answer may take before the step gives up on it ({@link java.net.http.HttpTimeoutException}). */
    static final Duration PATIENCE = Duration.ofSeconds(60);

    private final URI base;
    private final String token;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    Reads(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    /**
     * What a query took, how large its answer was, and what the process did while it was measured: the
     * service and the benchmark share one process, whose compiling and collections of the heap slow both,
     * so the slowest of a few hundred samples may be one of those rather than the query.
     */
    record Sample(Report.Latencies latencies, int bytes, long cpuNanos, long compilingNanos,
                  Collections collections) {

        /**
         * The query's answer; while it was measured, the process's processor time and the compiler's part
         * of it, and the collections; and its slowest sample.
         */
        String describe(String query) {
            return String.format(Locale.ROOT, "%s: an answer of %s; while measured, %.1f s of processor time, "
                    + "%.1f s of it compiling, %,d collections of the heap taking %,d ms in all; the slowest "
                    + "sample %s", query, Report.kilobytes(bytes), cpuNanos / 1e9, compilingNanos / 1e9,
                    collections.count(), collections.millis(), Report.millis(latencies.millis(100)));
        }
    }

    /**
     * Collections of the heap and the time they took, as the collectors count them: young, mixed and full
     * ones (on Java 17, G1's remark and clean-up pauses are in neither count).
     */
    record Collections(long count, long millis) {

        static Collections sofar() {
            long count = 0;
            long millis = 0;
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                count += Math.max(0, collector.getCollectionCount());
                millis += Math.max(0, collector.getCollectionTime());
            }
            return new Collections(count, millis);
        }

        Collections since(Collections before) {
            return new Collections(count - before.count, millis - before.millis);
        }
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

    /**
     * The latencies of that many GETs of the path, after {@value #WARM_UP} unmeasured ones. With 5, the
     * first reads of a path were measured while the just-in-time compiler compiled what they run (in a
     * quick run, 6.0 of the 14.1 s of processor time the long dispute's 7.5 s of reads took): the start
     * of a service, not a reader's wait on a warm one. (Warming up until the compiler was quiet, as for
     * recording, did not end: with one reader the process is mostly idle, and the compiler's work on
     * other code kept its share above a tenth.)
     */
    Sample sample(String path, int samples) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(PATIENCE)
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        for (int i = 0; i < WARM_UP; i++) {
            send(request, path);
        }
        long[] nanos = new long[samples];
        int bytes = 0;
        long cpu = Report.processCpuNanos();
        long compiling = Report.compilingNanos();
        Collections before = Collections.sofar();
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            bytes = send(request, path);
            nanos[i] = System.nanoTime() - start;
        }
        return new Sample(new Report.Latencies(nanos), bytes, Report.processCpuNanos() - cpu,
                Report.compilingNanos() - compiling, Collections.sofar().since(before));
    }

    /** Sends the GET and reads its answer in full: how many bytes it was. */
    private int send(HttpRequest request, String path) throws Exception {
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
        return response.body().length;
    }
}
