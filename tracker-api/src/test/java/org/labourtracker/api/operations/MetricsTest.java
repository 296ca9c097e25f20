package org.labourtracker.api.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.axonframework.micrometer.GlobalMetricRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.labourtracker.api.Http;
import org.labourtracker.api.TestUsers;
import org.labourtracker.api.security.Role;
import org.labourtracker.api.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code /actuator/prometheus} is for administrators; its tracker metrics move by exactly what was
 * recorded, commanded and imported, beside Axon's own metrics of its buses and processors.
 */
// Spring Boot's tests leave metrics export off unless asked; the application as started has it on.
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:metrics;DB_CLOSE_DELAY=-1")
class MetricsTest {

    private static final String ADMIN = TestUsers.basic(Role.ADMIN);
    private static final String MONITOR = TestUsers.basic(Role.MONITOR);
    private static final String CASUALTIES = "tracker_records_recorded_total{application=\"labour-tracker\",kind=\"CasualtiesReported\"}";
    private static final String CASUALTY_COMMANDS = "tracker_command_latency_seconds_count{application=\"labour-tracker\","
            + "command=\"ReportCasualties\",outcome=\"success\"}";
    private static final String REFUSED_COMMANDS = "tracker_command_latency_seconds_count{application=\"labour-tracker\","
            + "command=\"ReportCasualties\",outcome=\"refused\"}";
    private static final String FOLDED_CASUALTIES = "eventProcessor_successCounter_total{application=\"labour-tracker\","
            + "payloadType=\"CasualtiesReported\",processorName=\"dispute-records\"}";
    private static final String IMPORTED = "tracker_import_lines_total{application=\"labour-tracker\",outcome=\"recorded\"}";
    private static final String IMPORT_REFUSED = "tracker_import_lines_total{application=\"labour-tracker\",outcome=\"refused\"}";
    private static final String IMPORT_SKIPPED = "tracker_import_lines_total{application=\"labour-tracker\",outcome=\"skipped\"}";
    private static final String EVIDENCE = "\"evidence\": {\"when\": {\"on\": \"2011-12-16\", \"precision\": \"DAY\"}, "
            + "\"where\": {\"name\": \"Zhanaozen\", \"country\": \"KZ\"}, \"sources\": [{\"publisher\": "
            + "\"World Socialist Web Site\", \"kind\": \"MEDIA\", \"reliability\": \"FAIRLY_RELIABLE\"}]}";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    GlobalMetricRegistry axonMetrics;

    Http http;

    @BeforeEach
    void setUp() {
        TestUsers.createAll(accounts);
        http = new Http(port);
    }

    @Test
    void onlyAdministratorsReadTheMetrics() {
        assertThat(http.get("/actuator/prometheus", null).status()).isEqualTo(401);
        assertThat(http.get("/actuator/prometheus", TestUsers.basic(Role.VIEWER)).status()).isEqualTo(403);
        assertThat(http.get("/actuator/prometheus", TestUsers.basic(Role.AUDITOR)).status()).isEqualTo(403);
        Http.Response metrics = http.get("/actuator/prometheus", ADMIN);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.contentType()).startsWith("text/plain");
    }

    @Test
    void recordingMovesTheCountersByExactlyWhatWasRecorded() {
        String dispute = "metrics-" + System.nanoTime();
        assertThat(post("/api/disputes", "{\"disputeId\": \"" + dispute + "\", \"recordId\": \"opened\", "
                + "\"title\": \"Mangystau oil workers strike\", \"status\": \"ACTIVE\", " + EVIDENCE + "}")).isEqualTo(201);
        double recorded = value(CASUALTIES);
        double commands = value(CASUALTY_COMMANDS);
        double refused = value(REFUSED_COMMANDS);
        double folded = value(FOLDED_CASUALTIES);

        String casualties = "{\"recordId\": \"shooting-killed\", \"incident\": \"Zhanaozen shooting\", \"kind\": \"KILLED\", "
                + "\"claims\": [{\"source\": {\"publisher\": \"Government of Kazakhstan\", \"kind\": \"OFFICIAL\", "
                + "\"reliability\": \"NOT_USUALLY_RELIABLE\"}, \"low\": 13, \"best\": 13, \"high\": 13}], " + EVIDENCE + "}";
        assertThat(post("/api/disputes/" + dispute + "/casualties", casualties)).isEqualTo(201);
        assertThat(post("/api/disputes/" + dispute + "/casualties", casualties)).as("a repeat").isEqualTo(201);
        assertThat(post("/api/disputes/" + dispute + "/casualties", casualties.replace("\"low\": 13", "\"low\": 14")
                .replace("shooting-killed", "shooting-wrong"))).as("low above best").isEqualTo(422);

        assertThat(value(CASUALTIES)).as("the repeat stores nothing").isEqualTo(recorded + 1);
        assertThat(value(CASUALTY_COMMANDS)).isEqualTo(commands + 2);
        assertThat(value(REFUSED_COMMANDS)).isEqualTo(refused + 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(value(
                "tracker_projection_lag_events{application=\"labour-tracker\",processor=\"dispute-records\"}")).isZero());
        assertThat(value("tracker_dead_letters{application=\"labour-tracker\",processor=\"dispute-records\"}")).isZero();
        assertThat(metrics()).contains("commandBus_", "eventProcessor_", "eventProcessor_capacity{", "commandBus_capacity{");
        assertThat(value(FOLDED_CASUALTIES)).as("Axon's processor counter, kept per payload type").isEqualTo(folded + 1);
        assertThat(axonMetrics).as("capacity measured over seconds").isInstanceOf(AxonMetrics.Registry.class);
        long events = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(value("tracker_log_leaves{application=\"labour-tracker\"}")).isEqualTo(events);
            assertThat(value("tracker_log_unsigned_leaves{application=\"labour-tracker\"}")).isZero();
            assertThat(value("tracker_log_pending_events{application=\"labour-tracker\"}")).isZero();
        });
        assertThat(value("tracker_log_checkpoint_age_seconds{application=\"labour-tracker\"}")).isBetween(0.0, 5.0);
    }

    @Test
    void importsCountTheirLines() {
        double recorded = value(IMPORTED);
        double refused = value(IMPORT_REFUSED);
        double skipped = value(IMPORT_SKIPPED);
        String dispute = "import-metrics-" + System.nanoTime();
        String lines = "{\"stream\": \"disputes\", \"record\": {\"disputeId\": \"" + dispute + "\", \"recordId\": \"opened\", "
                + "\"title\": \"A strike\", \"status\": \"ACTIVE\", " + EVIDENCE + "}}\n"
                + "\n"
                + "{\"stream\": \"disputes\", \"kind\": \"no-such-kind\", \"record\": {}}\n";

        Http.Response report = http.send("POST", "/api/import?wait=true", MONITOR, lines,
                Map.of("Content-Type", "application/x-ndjson"));

        assertThat(report.json().path("recorded").asInt()).as(report.body()).isEqualTo(1);
        assertThat(value(IMPORTED)).isEqualTo(recorded + 1);
        assertThat(value(IMPORT_REFUSED)).isEqualTo(refused + 1);
        assertThat(value(IMPORT_SKIPPED)).as("the blank line").isEqualTo(skipped + 1);
        assertThat(value("tracker_import_lines_pending{application=\"labour-tracker\"}")).isZero();
    }

    private int post(String path, String json) {
        return http.send("POST", path, MONITOR, json).status();
    }

    private String metrics() {
        Http.Response response = http.get("/actuator/prometheus", ADMIN);
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    /** The sample's value, 0 for a counter not yet created. */
    private double value(String sample) {
        Matcher line = Pattern.compile("^" + Pattern.quote(sample) + " (\\S+)$", Pattern.MULTILINE).matcher(metrics());
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }
}
