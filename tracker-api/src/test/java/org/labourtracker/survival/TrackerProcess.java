package org.labourtracker.survival;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.labourtracker.TrackerApplication;
import org.labourtracker.api.Http;
import org.labourtracker.api.TestUsers;

/**
 * The tracker as a separate JVM, started from the test's own class path on a database directory
 * of the test's choosing, as an operator starts it; killed like a power cut, and started again.
 */
final class TrackerProcess implements AutoCloseable {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "Mangystau-bootstrap-1612";

    private final Process process;
    private final Path log;
    final int port;
    final Http http;

    private TrackerProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.http = new Http(port);
    }

    /** Starts the application on the H2 database {@code database} (a file path without extension). */
    static TrackerProcess start(Path database, Path log) throws IOException {
        return start(null, log, "--spring.datasource.url=jdbc:h2:file:" + database,
                "--tracker.log.key-file=" + database.resolveSibling("keys").resolve("log-signing.key"));
    }

    /**
     * Starts the application as an operator does, in {@code directory}, so that it uses its default
     * database {@code ./data}, with more arguments.
     */
    static TrackerProcess startIn(Path directory, Path log, String... arguments) throws IOException {
        return start(directory, log, arguments);
    }

    private static TrackerProcess start(Path directory, Path log, String... arguments) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElseThrow(),
                // Quick to start on a small CI machine; the test measures survival, not speed.
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", applicationClassPath(),
                TrackerApplication.class.getName(),
                "--server.port=" + port,
                "--tracker.security.bootstrap-admin-password=" + ADMIN_PASSWORD));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command)
                .directory(directory == null ? null : directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        return new TrackerProcess(process, log, port);
    }

    /**
     * The test JVM's class path without the test classes: component scanning would otherwise pick
     * up the test configurations of other tests, and the child would not be the application as shipped.
     */
    private static String applicationClassPath() {
        String testClasses;
        try {
            testClasses = Path.of(TrackerProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).toAbsolutePath().toString().equals(testClasses))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Waits until the administrator can sign in: the web server is up and start-up has finished. */
    void awaitReady(Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the tracker exited with " + process.exitValue() + " while starting");
            }
            try {
                if (http.get("/api/admin/users", admin()).status() == 200) {
                    return;
                }
            } catch (UncheckedIOException notListeningYet) {
                // expected until the web server is up
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the tracker was not ready within " + patience);
    }

    static String admin() {
        return TestUsers.basic(ADMIN, ADMIN_PASSWORD);
    }

    /** SIGKILL on Linux: no shutdown hook runs, nothing is flushed or closed. Returns the exit code. */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        return process.waitFor();
    }

    /** SIGTERM, as a service manager stops it: shutdown hooks run. Returns the exit code. */
    int stop() throws InterruptedException {
        process.destroy();
        return process.waitFor();
    }

    /** The end of the log of every run so far, for a failure report. */
    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
