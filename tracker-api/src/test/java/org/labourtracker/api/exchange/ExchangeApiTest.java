package org.labourtracker.api.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.labourtracker.TrackerApplication;
import org.labourtracker.ZhanaozenCase;
import org.labourtracker.api.Http;
import org.labourtracker.api.TestUsers;
import org.labourtracker.api.security.Role;
import org.labourtracker.api.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The 2011 case leaves one tracker as NDJSON and enters another through the import, and the
 * second tracker shows the same timeline, each record with who recorded it first, when, in which log; CSV exports carry ACLED's columns; a broken import
 * line is reported by number while the rest is recorded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:exchange-a;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExchangeApiTest {

    private static final String DISPUTE = ZhanaozenCase.DISPUTE;
    private static final String AUDITOR = TestUsers.basic(Role.AUDITOR);
    private static final String MONITOR = TestUsers.basic(Role.MONITOR);

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    CommandGateway commands;

    Http http;

    @BeforeAll
    void recordTheCaseWithItsCorrections() {
        TestUsers.createAll(accounts);
        http = new Http(port);
        Stream.of(ZhanaozenCase.commands(), ZhanaozenCase.mistakes(), ZhanaozenCase.edits())
                .flatMap(List::stream).forEach(commands::sendAndWait);
        await().atMost(Duration.ofSeconds(30)).until(() -> entries(http).size() == expectedEntries());
    }

    @Test
    void anExportImportedIntoAnotherTrackerGivesTheSameTimelineWithItsProvenance(@TempDir Path keys) {
        Http.Response export = http.get("/api/disputes/" + DISPUTE + "/export.ndjson", AUDITOR);
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("application/x-ndjson");
        long records = export.body().lines().count() - 1;
        assertThat(records).isGreaterThanOrEqualTo(ZhanaozenCase.commands().size() + ZhanaozenCase.mistakes().size()
                + ZhanaozenCase.edits().size());
        String origin = http.get("/api/audit/checkpoint", AUDITOR).body().lines().findFirst().orElseThrow();
        JsonNode original = entries(http);

        try (ConfigurableApplicationContext other = new SpringApplicationBuilder(TrackerApplication.class).run(
                "--spring.datasource.url=jdbc:h2:mem:exchange-b;DB_CLOSE_DELAY=-1", "--server.port=0",
                "--tracker.log.key-file=" + keys.resolve("other.key"))) {
            TestUsers.createAll(other.getBean(UserAccounts.class));
            Http otherHttp = new Http(((WebServerApplicationContext) other).getWebServer().getPort());
            Instant beforeTheImport = Instant.now();

            JsonNode report = otherHttp.send("POST", "/api/import?wait=true", MONITOR, export.body(),
                    java.util.Map.of("Content-Type", "application/x-ndjson")).json();
            assertThat(report.path("refused").asInt()).as(report.toString()).isZero();
            assertThat(report.path("recorded").asLong()).isEqualTo(records);

            await().atMost(Duration.ofSeconds(30)).until(() -> entries(otherHttp).size() == original.size());
            assertThat(entries(otherHttp)).as("the same timeline, with who recorded each record first and when")
                    .isEqualTo(original);
            JsonNode opened = otherHttp.get("/api/audit/streams/" + DISPUTE, AUDITOR).json().get(0).path("metaData");
            JsonNode openedThere = http.get("/api/audit/streams/" + DISPUTE, AUDITOR).json().get(0);
            assertThat(opened.path("recordedBy").asText()).isEqualTo(openedThere.path("metaData").path("recordedBy").asText());
            assertThat(opened.path("recordedAt").asText()).isEqualTo(openedThere.path("metaData").path("recordedAt").asText());
            assertThat(opened.path("originLog").asText()).isEqualTo(origin);
            assertThat(opened.path("originLeaf").asLong()).isEqualTo(openedThere.path("leafIndex").asLong());
            assertThat(opened.path("originVerified").asText()).isEqualTo("true");
            assertThat(opened.path("importedBy").asText()).isEqualTo(TestUsers.username(Role.MONITOR));
            assertThat(Instant.parse(opened.path("importedAt").asText())).isAfterOrEqualTo(beforeTheImport);
            assertThat(otherHttp.get("/api/audit/disputes/" + DISPUTE + "/as-known?knownAt=" + beforeTheImport, AUDITOR)
                    .json().path("timeline").path("entries")).as("as known before the import, by the original times")
                    .hasSize(original.size());

            JsonNode again = otherHttp.send("POST", "/api/import?wait=true", MONITOR, export.body(),
                    java.util.Map.of("Content-Type", "application/x-ndjson")).json();
            assertThat(again.path("refused").asInt()).isZero();
            assertThat(otherHttp.get("/api/audit/streams/" + DISPUTE, AUDITOR).json().size())
                    .isEqualTo(http.get("/api/audit/streams/" + DISPUTE, AUDITOR).json().size());
        }
    }

    @Test
    void theExportsDownloadWholeOverABearerToken() {
        Http.Response overBasic = http.get("/api/disputes/" + DISPUTE + "/export.ndjson", AUDITOR);
        String token = http.send("POST", "/api/tokens", AUDITOR, null).json().path("token").asText();

        Http.Response overToken = http.get("/api/disputes/" + DISPUTE + "/export.ndjson", Http.bearer(token));

        assertThat(overToken.status()).isEqualTo(200);
        assertThat(overToken.contentType()).startsWith("application/x-ndjson");
        assertThat(overBasic.body().lines().count()).isGreaterThanOrEqualTo(ZhanaozenCase.commands().size());
        assertThat(overToken.body().lines().count()).isEqualTo(overBasic.body().lines().count());
        assertThat(overToken.body()).endsWith("\n");
        assertThat(http.get("/api/disputes/" + DISPUTE + "/timeline.csv", Http.bearer(token)).body())
                .isEqualTo(http.get("/api/disputes/" + DISPUTE + "/timeline.csv", AUDITOR).body());
    }

    @Test
    void theTimelineCsvHasAcledsColumnsAndARowPerClaim() {
        Http.Response csv = http.get("/api/disputes/" + DISPUTE + "/timeline.csv", TestUsers.basic(Role.VIEWER));

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> rows = csv.body().lines().toList();
        assertThat(rows.get(0)).isEqualTo(String.join(",", Exports.TIMELINE_COLUMNS));
        assertThat(rows).filteredOn(row -> row.startsWith("shooting-killed,")).hasSize(3)
                .anySatisfy(row -> assertThat(row).contains(",OFFICIAL,13,13,13,"))
                .anySatisfy(row -> assertThat(row).contains(",NGO,70,70,,"));
        assertThat(rows).filteredOn(row -> row.startsWith("strike-uzen,"))
                .singleElement().asString().contains("2011-05-01,2011-06-30,RANGE,StrikeRecorded,SPREAD");
    }

    @Test
    void theFiguresCsvKeepsEachSidesRange() {
        List<String> rows = http.get("/api/disputes/" + DISPUTE + "/figures.csv", TestUsers.basic(Role.VIEWER))
                .body().lines().toList();

        assertThat(rows.get(0)).isEqualTo(String.join(",", Exports.FIGURE_COLUMNS));
        assertThat(rows).anySatisfy(row -> assertThat(row)
                .startsWith("KILLED,\"" + ZhanaozenCase.SHOOTING + "\",shooting-killed,Government of Kazakhstan,OFFICIAL,official,13,13,13"));
    }

    @Test
    void aBrokenImportLineIsReportedByNumberAndTheOthersAreRecorded() {
        String ndjson = String.join("\n",
                "{\"stream\":\"disputes\",\"kind\":\"protests\",\"record\":{\"disputeId\":\"" + DISPUTE + "\","
                        + "\"recordId\":\"second-peace-march\",\"kind\":\"MARCH\",\"evidence\":{\"when\":{\"on\":\"2011-12-17\","
                        + "\"precision\":\"DAY\"},\"where\":{\"name\":\"Zhanaozen\",\"country\":\"KZ\"},\"sources\":[{"
                        + "\"publisher\":\"World Socialist Web Site\",\"kind\":\"MEDIA\",\"reliability\":\"FAIRLY_RELIABLE\"}]}}}",
                "{\"stream\":\"disputes\",\"kind\":\"protests\",\"record\":{\"disputeId\":\"" + DISPUTE + "\"",
                "{\"stream\":\"picnics\",\"record\":{}}",
                "{\"stream\":\"disputes\",\"kind\":\"protests\",\"record\":{\"disputeId\":\"" + DISPUTE + "\",\"kind\":\"MARCH\"}}",
                "{\"stream\":\"disputes\",\"kind\":\"protests\",\"record\":{\"disputeId\":\"" + DISPUTE + "\","
                        + "\"recordId\":\"march-without-sources\",\"kind\":\"MARCH\",\"evidence\":{\"when\":{\"on\":\"2011-12-17\","
                        + "\"precision\":\"DAY\"},\"where\":{\"country\":\"KZ\"},\"sources\":[]}}}");

        JsonNode report = http.send("POST", "/api/import?wait=true", MONITOR, ndjson,
                java.util.Map.of("Content-Type", "application/x-ndjson")).json();

        assertThat(report.path("lines").asInt()).isEqualTo(5);
        assertThat(report.path("recorded").asInt()).as(report.toString()).isEqualTo(1);
        assertThat(report.path("problems").findValuesAsText("line")).containsExactly("2", "3", "4", "5");
        assertThat(report.path("problems").findValuesAsText("field"))
                .containsExactly("body", "stream", "recordId", "evidence.sources");
    }

    @Test
    void anImportLineReusingARecordIdWithOtherContentIsRefusedAndBlankLinesAreSkipped() {
        String march = "{\"stream\":\"disputes\",\"kind\":\"protests\",\"record\":{\"disputeId\":\"" + DISPUTE + "\","
                + "\"recordId\":\"third-march\",\"kind\":\"%s\",\"evidence\":{\"when\":{\"on\":\"2011-12-18\","
                + "\"precision\":\"DAY\"},\"where\":{\"name\":\"Zhanaozen\",\"country\":\"KZ\"},\"sources\":[{"
                + "\"publisher\":\"World Socialist Web Site\",\"kind\":\"MEDIA\",\"reliability\":\"FAIRLY_RELIABLE\"}]}}}";
        String ndjson = String.join("\n", march.formatted("MARCH"), "", "   ", march.formatted("MARCH"),
                march.formatted("OCCUPATION"));

        JsonNode report = http.send("POST", "/api/import?wait=true", MONITOR, ndjson,
                java.util.Map.of("Content-Type", "application/x-ndjson")).json();

        assertThat(report.path("lines").asInt()).as(report.toString()).isEqualTo(5);
        assertThat(report.path("recorded").asInt()).as(report.toString()).isEqualTo(2);
        assertThat(report.path("skipped").asInt()).as(report.toString()).isEqualTo(2);
        assertThat(report.path("refused").asInt()).as(report.toString()).isEqualTo(1);
        JsonNode problem = report.path("problems").path(0);
        assertThat(problem.path("line").asInt()).isEqualTo(5);
        assertThat(problem.path("field").asText()).isEqualTo("recordId");
        assertThat(problem.path("reason").asText()).isEqualTo("record third-march of " + DISPUTE
                + " is already stored with different kind; nothing was recorded. Send a new record with a new"
                + " recordId (or Idempotency-Key), or correct the stored record.");
        assertThat(entries(http).findValuesAsText("recordId").stream().filter("third-march"::equals)).hasSize(1);
    }

    @Test
    void anImportStartedInTheBackgroundReportsItsProgress() {
        Http.Response started = http.send("POST", "/api/import", MONITOR, "\n\n",
                java.util.Map.of("Content-Type", "application/x-ndjson"));

        assertThat(started.status()).isEqualTo(202);
        String location = started.headers().firstValue("Location").orElseThrow();
        await().atMost(Duration.ofSeconds(10)).until(() ->
                http.get(location, TestUsers.basic(Role.VIEWER)).json().path("done").asBoolean());
        assertThat(http.get("/api/import/no-such-job", MONITOR).status()).isEqualTo(404);
        assertThat(http.send("POST", "/api/import", TestUsers.basic(Role.VIEWER), "\n",
                java.util.Map.of("Content-Type", "application/x-ndjson")).status()).isEqualTo(403);
    }

    private static int expectedEntries() {
        return ZhanaozenCase.commands().size() + ZhanaozenCase.mistakes().size() + 1;
    }

    private static JsonNode entries(Http http) {
        return http.get("/api/disputes/" + DISPUTE + "/timeline", AUDITOR).json().path("entries");
    }
}
