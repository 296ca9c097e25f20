package org.labourtracker.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tracker started as an operator starts it (its default database in {@code ./data}, the demo
 * data loaded) and stopped as a service manager stops it, with SIGTERM: the log has no ERROR line,
 * no AxonIQ Console advertisement and no WARN line but three meant for the operator: Flyway has not
 * been tested with this H2 version, the log's signing key was generated (with its verifier key), and
 * the bootstrap password made the first administrator.
 */
class CleanStartAndStopTest {

    private static final Pattern LEVEL = Pattern.compile("^\\S+\\s+(WARN|ERROR)\\s");
    /** What the JVM exits with after SIGTERM, once its shutdown hooks have run. */
    private static final int TERMINATED = 128 + 15;

    @TempDir
    Path directory;

    @Test
    void aStartAndAStopLogNoErrorAndNoNoise() throws Exception {
        Path log = directory.resolve("tracker.log");
        int exit;
        try (TrackerProcess tracker = TrackerProcess.startIn(directory, log, "--tracker.demo=true")) {
            tracker.awaitReady(Duration.ofSeconds(120));
            await().atMost(Duration.ofSeconds(60)).until(() -> Files.readString(log).contains("Demo data loaded"));
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    tracker.http.get("/api/overview", TrackerProcess.admin()).json().path("disputes").asInt() == 2);
            exit = tracker.stop();
        }

        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertThat(exit).as(String.join("\n", lines)).isEqualTo(TERMINATED);
        assertThat(directory.resolve("data/tracker.mv.db")).exists();
        assertThat(lines).anyMatch(line -> line.contains("Demo data loaded from demo/zhanaozen.ndjson: 74 of 74 lines recorded"));
        assertThat(lines).noneMatch(line -> line.contains("AxonIQ Console"));
        assertThat(lines).filteredOn(line -> LEVEL.matcher(line).find()).satisfiesExactly(
                // Flyway of Spring Boot 3.5's line has tested H2 up to 2.3.232; the migrations run on 2.5.252 in every test
                flyway -> assertThat(flyway).contains(" WARN ", "H2 2.5.252 is newer than this version of Flyway"),
                key -> assertThat(key).contains(" WARN ", "Generated the log's signing key", "verifier key labour-tracker/"),
                bootstrap -> assertThat(bootstrap).contains(" WARN ", "user 'admin' is now an enabled ADMIN"));
    }
}
