package org.labourtracker.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Start-up as the README's run command gives it: the service's extracted jar with its class-data-sharing
 * archive (both made by {@code ./mvnw package}), in a process of its own, in an empty working directory
 * so that its {@code ./data} database is new. Timed from the process's start to the first answered
 * liveness probe, and on to readiness (the first administrator made, every processor running).
 */
final class StartupAsRun {

    /** Longer than any start seen, on a machine shared with other work. */
    private static final Duration PATIENCE = Duration.ofMinutes(5);

    /**
     * One start.
     *
     * @param liveSeconds  from the process's start to the first answered liveness probe
     * @param readySeconds from the process's start to readiness
     * @param cpuSeconds   the process's processor time when it first answered
     * @param archived     whether the class-data-sharing archive was there to start from
     */
    record Start(double liveSeconds, double readySeconds, double cpuSeconds, boolean archived) {
    }

    private final Path jar;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    StartupAsRun(Path jar) {
        this.jar = jar.toAbsolutePath();
    }

    boolean available() {
        return Files.isRegularFile(jar);
    }

    Start once() throws IOException, InterruptedException {
        Path directory = Files.createTempDirectory("labour-tracker-start");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path archive = jar.resolveSibling("labour-tracker.jsa");
        boolean archived = Files.isRegularFile(archive);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (archived) {
            command.add("-XX:SharedArchiveFile=" + archive);
        }
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(directory.resolve("start.log").toFile()).start();
        try {
            URI base = URI.create("http://localhost:" + port);
            double live = secondsUntilAnswered(process, base.resolve("/actuator/health/liveness"), started);
            double cpu = process.info().totalCpuDuration().orElse(Duration.ZERO).toNanos() / 1e9;
            double ready = secondsUntilAnswered(process, base.resolve("/actuator/health/readiness"), started);
            return new Start(live, ready, cpu, archived);
        } finally {
            process.destroy();
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
            }
            BenchRunner.deleteTree(directory);
        }
    }

    /** Polls until the address answers 200; refused connections and 503s are the service still starting. */
    private double secondsUntilAnswered(Process process, URI address, long started)
            throws IOException, InterruptedException {
        long deadline = started + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service stopped during its start, with exit code "
                        + process.exitValue());
            }
            try {
                int status = http.send(HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    return (System.nanoTime() - started) / 1e9;
                }
            } catch (IOException notListeningYet) {
                // the web server is not up yet
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException(address + " did not answer within " + PATIENCE);
    }
}
