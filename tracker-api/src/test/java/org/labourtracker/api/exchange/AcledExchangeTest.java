package org.labourtracker.api.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.labourtracker.TrackerApplication;
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
import org.springframework.core.io.ClassPathResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * ACLED's event format both ways: rows written from ACLED's codebook become sourced records in the
 * dispute of their country, region and year, a bad row is reported by its line; and the demo data,
 * exported as ACLED rows and imported into an empty tracker, comes back record for record in the
 * columns ACLED has, except the kinds of record ACLED cannot carry, which are refused by line.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:acled-a;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AcledExchangeTest {

    private static final String MONITOR = TestUsers.basic(Role.MONITOR);
    private static final String AUDITOR = TestUsers.basic(Role.AUDITOR);
    private static final List<String> DISPUTES = List.of("mangystau-oil-strike-2011", "zhanaozen-strikes-2021");
    /** The columns our export fills from what a record says, compared after the round trip. */
    private static final List<String> COMPARED = List.of("event_date", "year", "time_precision", "disorder_type",
            "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "inter2", "interaction",
            "iso", "country", "admin1", "location", "latitude", "longitude", "geo_precision", "source", "fatalities", "tags");
    private static final String HEADER = String.join(",", AcledFormat.COLUMNS);

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;

    Http http;
    int otherPort;

    @BeforeAll
    void loadTheDemo() throws IOException {
        TestUsers.createAll(accounts);
        http = new Http(port);
        try (InputStream demo = new ClassPathResource("demo/zhanaozen.ndjson").getInputStream()) {
            JsonNode report = http.send("POST", "/api/import?wait=true", MONITOR,
                    new String(demo.readAllBytes(), StandardCharsets.UTF_8), Map.of("Content-Type", "application/x-ndjson")).json();
            assertThat(report.path("refused").asInt()).as(report.toString()).isZero();
        }
    }

    @Test
    void rowsFromTheCodebookBecomeSourcedRecordsAndABadRowIsReportedByLine() {
        String csv = HEADER + "\r\n"
                + row("KAZ9001", "2011-05-26", 1, "Protests", "Peaceful protest", "Protesters (Kazakhstan)", "398",
                "Kazakhstan", "Mangystau", "Zhanaozen", "Radio Azattyq; Reuters", 0)
                + row("KAZ9002", "2011-12-16", 1, "Protests", "Excessive force against protesters", "Police Forces of Kazakhstan",
                "398", "Kazakhstan", "Mangystau", "Zhanaozen", "Reuters", 14)
                + row("KAZ9003", "2011-12-17", 2, "Strategic developments", "Arrests", "Police Forces of Kazakhstan", "",
                "Kazakhstan", "Mangystau", "Zhanaozen", "Radio Azattyq", 0)
                + row("KAZ9004", "2011-12-01", 3, "Strategic developments", "Agreement", "KarazhanbasMunai", "398",
                "Kazakhstan", "Mangystau", "Aktau", "Interfax-Kazakhstan", 0)
                + row("ATL9005", "2011-12-18", 1, "Protests", "Peaceful protest", "Protesters", "", "Atlantis", "", "Poseidonia",
                "Reuters", 0)
                + row("KAZ9006", "16/12/2011", 1, "Protests", "Peaceful protest", "Protesters", "398", "Kazakhstan",
                "Mangystau", "Aktau", "Reuters", 0);

        JsonNode report = importAcled(http, csv);

        assertThat(report.path("recorded").asInt()).as(report.toString()).isEqualTo(4);
        assertThat(report.path("refused").asInt()).isEqualTo(2);
        assertThat(report.path("problems").toString()).isEqualTo("[{\"line\":6,\"field\":\"country\",\"reason\":"
                + "\"is not a country of ISO 3166 (by iso, or by name)\"},{\"line\":7,\"field\":\"event_date\","
                + "\"reason\":\"must be a date such as 2011-12-16\"}]");

        JsonNode stream = http.get("/api/audit/streams/acled-kz-mangystau-2011", AUDITOR).json();
        assertThat(stream).extracting(event -> event.path("recordType").asText()).containsExactly(
                "DisputeOpened", "ProtestRecorded", "CasualtiesReported", "DetentionsReported", "EmployerResponseRecorded");
        JsonNode opened = stream.get(0).path("record");
        assertThat(opened.path("title").asText()).isEqualTo("Labour unrest in Mangystau, Kazakhstan, 2011 (from ACLED)");
        JsonNode killed = stream.get(2).path("record");
        assertThat(killed.path("recordId").asText()).isEqualTo("acled-KAZ9002");
        assertThat(killed.path("kind").asText()).isEqualTo("KILLED");
        assertThat(killed.at("/claims/0/best").asInt()).isEqualTo(14);
        assertThat(killed.at("/claims/0/source/publisher").asText()).isEqualTo("Reuters");
        assertThat(stream.get(1).at("/record/evidence/sources").size()).isEqualTo(2);
        assertThat(stream.get(3).at("/record/evidence/when/until").asText()).isEqualTo("2011-12-23");
        assertThat(stream.get(4).at("/record/evidence/when/precision").asText()).isEqualTo("MONTH");
        assertThat(stream.get(4).at("/record/employer").asText()).isEqualTo("KarazhanbasMunai");

        JsonNode again = importAcled(http, csv);
        assertThat(again.path("recorded").asInt()).isEqualTo(4);
        assertThat(http.get("/api/audit/streams/acled-kz-mangystau-2011", AUDITOR).json().size()).isEqualTo(5);
    }

    @Test
    void theDemoRoundTripsThroughAcledIntoAnEmptyTracker() {
        Map<String, String> exports = new HashMap<>();
        for (String dispute : DISPUTES) {
            Http.Response export = http.get("/api/disputes/" + dispute + "/acled.csv", AUDITOR);
            assertThat(export.status()).isEqualTo(200);
            assertThat(export.contentType()).startsWith("text/csv");
            assertThat(export.body().lines().findFirst()).contains(HEADER);
            exports.put(dispute, export.body());
        }
        try (ConfigurableApplicationContext other = new SpringApplicationBuilder(TrackerApplication.class).run(
                "--spring.datasource.url=jdbc:h2:mem:acled-b;DB_CLOSE_DELAY=-1", "--server.port=0")) {
            TestUsers.createAll(other.getBean(UserAccounts.class));
            otherPort = ((WebServerApplicationContext) other).getWebServer().getPort();
            Http empty = new Http(otherPort);
            for (String dispute : DISPUTES) {
                List<Map<String, String>> original = rows(exports.get(dispute));
                JsonNode report = importAcled(empty, exports.get(dispute));

                List<Integer> notCarried = new ArrayList<>();
                for (int line = 2; line <= original.size() + 1; line++) {
                    String kind = original.get(line - 2).get("tags").replaceAll(".*tracker=([a-z-]+|[A-Za-z]+).*", "$1");
                    boolean carried = List.of("open", "strikes", "protests", "detentions", "employer-responses",
                            "state-actions").contains(kind) || kind.equals("casualties")
                            && !original.get(line - 2).get("fatalities").equals("0");
                    if (!carried) {
                        notCarried.add(line);
                    }
                }
                assertThat(report.path("problems").findValuesAsText("line")).as(report.toString())
                        .isEqualTo(notCarried.stream().map(String::valueOf).toList());
                assertThat(report.path("recorded").asInt()).isEqualTo(original.size() - notCarried.size())
                        .as("most of the demo is carried").isGreaterThan(notCarried.size());

                await().atMost(Duration.ofSeconds(30)).until(() ->
                        rows(empty.get("/api/disputes/" + dispute + "/acled.csv", AUDITOR).body()).size() == report.path("recorded").asInt());
                List<Map<String, String>> back = rows(empty.get("/api/disputes/" + dispute + "/acled.csv", AUDITOR).body());
                List<Map<String, String>> expected = new ArrayList<>();
                for (int line = 2; line <= original.size() + 1; line++) {
                    if (!notCarried.contains(line)) {
                        expected.add(compared(original.get(line - 2)));
                    }
                }
                assertThat(back.stream().map(AcledExchangeTest::compared).toList()).containsExactlyInAnyOrderElementsOf(expected);
            }
        }
    }

    private static Map<String, String> compared(Map<String, String> row) {
        Map<String, String> kept = new HashMap<>();
        COMPARED.forEach(column -> kept.put(column, row.get(column)));
        return kept;
    }

    private static List<Map<String, String>> rows(String csv) {
        List<List<String>> cells = AcledFormat.parse(csv);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> row : cells.subList(1, cells.size())) {
            Map<String, String> named = new HashMap<>();
            for (int i = 0; i < AcledFormat.COLUMNS.size(); i++) {
                named.put(AcledFormat.COLUMNS.get(i), row.get(i));
            }
            rows.add(named);
        }
        return rows;
    }

    private JsonNode importAcled(Http http, String csv) {
        return importAcled(http == this.http ? port : otherPort, csv);
    }

    private static JsonNode importAcled(int port, String csv) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/import/acled"))
                    .header("Authorization", MONITOR).header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString(csv)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return new ObjectMapper().readTree(response.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A row in ACLED's 31 columns, as the codebook describes them. */
    private static String row(String id, String date, int precision, String eventType, String subEventType, String actor1,
                              String iso, String country, String admin1, String location, String source, int fatalities) {
        Map<String, Object> cells = new HashMap<>(Map.of("event_id_cnty", id, "event_date", date, "year", date.substring(Math.max(0, date.length() - 4)),
                "time_precision", precision, "event_type", eventType, "sub_event_type", subEventType, "actor1", actor1,
                "iso", iso, "country", country, "admin1", admin1));
        cells.putAll(Map.of("location", location, "source", source, "fatalities", fatalities,
                "notes", "On " + date + ", " + subEventType.toLowerCase() + " in " + location + ".", "source_scale", "National"));
        List<String> row = new ArrayList<>();
        for (String column : AcledFormat.COLUMNS) {
            String cell = String.valueOf(cells.getOrDefault(column, ""));
            row.add(cell.contains(",") || cell.contains(";") ? "\"" + cell + "\"" : cell);
        }
        return String.join(",", row) + "\r\n";
    }
}
