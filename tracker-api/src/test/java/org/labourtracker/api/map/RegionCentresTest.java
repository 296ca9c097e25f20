package org.labourtracker.api.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.labourtracker.api.Http;
import org.labourtracker.api.TestUsers;
import org.labourtracker.api.security.Role;
import org.labourtracker.api.security.UserAccounts;
import org.labourtracker.projections.admin.ReplayService;
import org.labourtracker.projections.history.RecordProjection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A region's centre, where records known only to their region go, is the mean of the points recorded
 * in that region by every dispute listed, not by a dispute withdrawn. The case is the United Auto
 * Workers' strike of 2023, which began on 15 September 2023 at Ford's Michigan Assembly Plant in Wayne,
 * among others (Wikipedia, "2023 United Auto Workers strike"); the dispute withdrawn is one opened in
 * error at Lansing. The towns' points are Wikipedia's, to three decimals.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:region-centres;DB_CLOSE_DELAY=-1")
class RegionCentresTest {

    private static final String VIEWER = TestUsers.basic(Role.VIEWER);
    private static final String MONITOR = TestUsers.basic(Role.MONITOR);
    private static final String UAW = "uaw-stand-up-strike-2023";
    private static final String IN_ERROR = "lansing-opened-in-error";
    private static final String WIKIPEDIA = """
            {"publisher": "Wikipedia", "title": "2023 United Auto Workers strike", \
            "url": "https://en.wikipedia.org/wiki/2023_United_Auto_Workers_strike", "language": "en", \
            "kind": "OTHER", "reliability": "FAIRLY_RELIABLE", "confidential": false}""";
    private static final String MICHIGAN = """
            {"region": "Michigan", "country": "US"}""";
    private static final String WAYNE = """
            {"name": "Wayne", "region": "Michigan", "country": "US", \
            "coordinates": {"latitude": 42.281, "longitude": -83.386, "precision": "SETTLEMENT"}}""";
    private static final String LANSING = """
            {"name": "Lansing", "region": "Michigan", "country": "US", \
            "coordinates": {"latitude": 42.733, "longitude": -84.556, "precision": "SETTLEMENT"}}""";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;
    @Autowired
    ReplayService replays;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRegionsCentreCountsThePointsOfDisputesListedAndNotOfOneWithdrawn() {
        TestUsers.createAll(accounts);
        Http http = new Http(port);
        String lines = opening(UAW, "open", "United Auto Workers' Stand Up Strike", MICHIGAN)
                + MapFollowsTheRecordsTest.line("strikes", """
                        {"disputeId": "%s", "recordId": "walkout-wayne", "kind": "STARTED", "employer": "Ford", \
                        "workersOut": [{"source": %s, "best": 3300, "wording": "about 3,300 workers"}], \
                        "evidence": {"when": {"on": "2023-09-15", "precision": "DAY"}, "where": %s, "sources": [%s]}}"""
                        .formatted(UAW, WIKIPEDIA, WAYNE, WIKIPEDIA))
                + opening(IN_ERROR, "open", "Strike at Lansing (opened in error)", LANSING)
                + MapFollowsTheRecordsTest.line("strikes", """
                        {"disputeId": "%s", "recordId": "walkout-lansing", "kind": "STARTED", "employer": "Ford", \
                        "evidence": {"when": {"on": "2023-09-15", "precision": "DAY"}, "where": %s, "sources": [%s]}}"""
                        .formatted(IN_ERROR, LANSING, WIKIPEDIA));
        JsonNode report = http.send("POST", "/api/import?wait=true", MONITOR, lines,
                Map.of("Content-Type", "application/x-ndjson")).json();
        assertThat(report.path("recorded").asInt()).as(report.toString()).isEqualTo(4);

        // both disputes listed: the opening known only to Michigan stands between Wayne and Lansing
        assertMichiganAt(http, (42.281 + 42.733) / 2, (-83.386 + -84.556) / 2);
        assertThat(points()).containsExactly("US Michigan 42.281 -83.386 1", "US Michigan 42.733 -84.556 1");

        Http.Response retracted = http.send("POST", "/api/streams/" + IN_ERROR + "/retractions", MONITOR,
                "{\"retractedRecordId\": \"open\", \"reason\": \"opened in error: the walkout was the UAW's\"}");
        assertThat(retracted.status()).as(retracted.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(10)).until(() ->
                http.get("/api/overview", VIEWER).json().path("disputes").asInt() == 1);

        // the withdrawn dispute's point no longer counts, though its strike record there still stands: the
        // opening stands at Wayne
        assertMichiganAt(http, 42.281, -83.386);
        assertThat(points()).containsExactly("US Michigan 42.281 -83.386 1");

        // counted from scratch by a rebuild, the points are those counted as the records came
        replays.rebuild(RecordProjection.PROCESSOR);
        await().atMost(Duration.ofSeconds(30)).until(() -> replays.progress(RecordProjection.PROCESSOR).done());
        assertThat(points()).containsExactly("US Michigan 42.281 -83.386 1");
        assertMichiganAt(http, 42.281, -83.386);
    }

    /** The points counted over the disputes listed, in the set of tables readers are served from. */
    private List<String> points() {
        String side = Boolean.TRUE.equals(jdbc.queryForObject("SELECT aside FROM rm_serving WHERE read_model = ?",
                Boolean.class, RecordProjection.TABLES)) ? "_aside" : "";
        return jdbc.queryForList("SELECT country || ' ' || region || ' ' || latitude || ' ' || longitude || ' ' || disputes "
                + "FROM " + RecordProjection.TABLES + "_point" + side + " ORDER BY latitude", String.class);
    }

    private static void assertMichiganAt(Http http, double latitude, double longitude) {
        Http.Response answer = http.get("/api/disputes/" + UAW + "/map", VIEWER);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode michigan = null;
        for (JsonNode marker : answer.json().path("markers")) {
            if (marker.path("place").asText().equals("Michigan")) {
                michigan = marker;
            }
        }
        assertThat(michigan).as(answer.body()).isNotNull();
        assertThat(michigan.path("approximate").asBoolean()).isTrue();
        assertThat(michigan.path("precision").asText()).isEqualTo("REGION");
        assertThat(michigan.path("latitude").asDouble()).isCloseTo(latitude, within(1e-9));
        assertThat(michigan.path("longitude").asDouble()).isCloseTo(longitude, within(1e-9));
    }

    private static String opening(String disputeId, String recordId, String title, String where) {
        return MapFollowsTheRecordsTest.line("", """
                {"disputeId": "%s", "recordId": "%s", "title": "%s", "industry": "Automobile manufacturing", \
                "status": "ACTIVE", "employers": [{"name": "Ford", "owners": []}], \
                "unions": [{"name": "United Auto Workers", "owners": []}], \
                "evidence": {"when": {"on": "2023-09-15", "precision": "DAY"}, "where": %s, "sources": [%s]}}"""
                .formatted(disputeId, recordId, title, where, WIKIPEDIA));
    }
}
