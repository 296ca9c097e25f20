package org.labourtracker.api.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.labourtracker.api.Http;
import org.labourtracker.api.TestUsers;
import org.labourtracker.api.map.CountryCentres.Centre;
import org.labourtracker.api.security.Role;
import org.labourtracker.api.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The maps read the standing records counted per place as they are recorded, corrected and retracted.
 * The case is the General Motors strike of 2019: the United Auto Workers struck General Motors in the
 * United States from 16 September 2019 (Wikipedia, "2019 General Motors strike"), with picket lines at
 * plants in Flint and Detroit, Michigan, and Spring Hill, Tennessee. The towns' points are Wikipedia's,
 * to three decimals.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:map-follows;DB_CLOSE_DELAY=-1")
class MapFollowsTheRecordsTest {

    private static final String VIEWER = TestUsers.basic(Role.VIEWER);
    private static final String MONITOR = TestUsers.basic(Role.MONITOR);
    private static final String GM = "general-motors-strike-2019";
    private static final String WIKIPEDIA = """
            {"publisher": "Wikipedia", "title": "2019 General Motors strike", \
            "url": "https://en.wikipedia.org/wiki/2019_General_Motors_strike", "language": "en", \
            "kind": "OTHER", "reliability": "FAIRLY_RELIABLE", "confidential": false}""";
    private static final String MICHIGAN = """
            {"region": "Michigan", "country": "US"}""";
    private static final String FLINT = """
            {"name": "Flint", "region": "Michigan", "country": "US", \
            "coordinates": {"latitude": 43.013, "longitude": -83.688, "precision": "SETTLEMENT"}}""";
    private static final String DETROIT = """
            {"name": "Detroit", "region": "Michigan", "country": "US", \
            "coordinates": {"latitude": 42.331, "longitude": -83.046, "precision": "SETTLEMENT"}}""";
    private static final String SPRING_HILL = """
            {"name": "Spring Hill", "region": "Tennessee", "country": "US", \
            "coordinates": {"latitude": 35.751, "longitude": -86.93, "precision": "SETTLEMENT"}}""";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;

    @Test
    void aRecordMovedOrRetractedMovesItsMarkerAndItsRegionsCentre() {
        TestUsers.createAll(accounts);
        Http http = new Http(port);
        String lines = line("", """
                {"disputeId": "%s", "recordId": "open", "title": "General Motors strike", \
                "industry": "Automobile manufacturing", "status": "ACTIVE", \
                "employers": [{"name": "General Motors", "owners": []}], \
                "unions": [{"name": "United Auto Workers", "owners": []}], \
                "evidence": {"when": {"on": "2019-09-16", "precision": "DAY"}, "where": %s, "sources": [%s]}}"""
                .formatted(GM, MICHIGAN, WIKIPEDIA))
                + strike("picket-flint", "STARTED", FLINT) + strike("picket-detroit", "SPREAD", DETROIT);
        JsonNode report = http.send("POST", "/api/import?wait=true", MONITOR, lines,
                Map.of("Content-Type", "application/x-ndjson")).json();
        assertThat(report.path("recorded").asInt()).as(report.toString()).isEqualTo(3);

        // the opening, known only to Michigan, stands at the mean of Flint and Detroit
        assertThat(markers(http, "/api/disputes/" + GM + "/map")).containsExactly(
                "Detroit 42.331 -83.046 SETTLEMENT 1", "Flint 43.013 -83.688 SETTLEMENT 1",
                "Michigan 42.672 -83.367 REGION approximate 1");
        assertThat(markers(http, "/api/overview/map")).containsExactly(
                "Detroit 42.331 -83.046 SETTLEMENT 1", "Flint 43.013 -83.688 SETTLEMENT 1",
                "Michigan 42.672 -83.367 REGION approximate 1");

        send(http, "corrections", """
                {"recordId": "picket-flint-place", "correctedRecordId": "picket-flint", \
                "reason": "The picket was at Spring Hill Manufacturing", "correction": {"where": %s}}"""
                .formatted(SPRING_HILL));
        await().atMost(Duration.ofSeconds(10)).until(() -> markers(http, "/api/disputes/" + GM + "/map").size() == 3
                && markers(http, "/api/disputes/" + GM + "/map").contains("Spring Hill 35.751 -86.93 SETTLEMENT 1"));
        assertThat(markers(http, "/api/disputes/" + GM + "/map")).containsExactly(
                "Detroit 42.331 -83.046 SETTLEMENT 1", "Michigan 42.331 -83.046 REGION approximate 1",
                "Spring Hill 35.751 -86.93 SETTLEMENT 1");

        send(http, "retractions", """
                {"retractedRecordId": "picket-detroit", "reason": "recorded in the wrong dispute"}""");
        Centre unitedStates = new CountryCentres().of("US").orElseThrow();
        String atTheCountrysCentre = "Michigan " + unitedStates.latitude() + " " + unitedStates.longitude()
                + " COUNTRY approximate 1";
        await().atMost(Duration.ofSeconds(10)).until(() ->
                markers(http, "/api/disputes/" + GM + "/map").contains(atTheCountrysCentre));
        assertThat(markers(http, "/api/disputes/" + GM + "/map"))
                .containsExactly(atTheCountrysCentre, "Spring Hill 35.751 -86.93 SETTLEMENT 1");
        assertThat(markers(http, "/api/overview/map"))
                .containsExactly(atTheCountrysCentre, "Spring Hill 35.751 -86.93 SETTLEMENT 1");
    }

    private static String strike(String recordId, String kind, String where) {
        return line("strikes", """
                {"disputeId": "%s", "recordId": "%s", "kind": "%s", "employer": "General Motors", \
                "workersOut": [{"source": %s, "best": 48000, "wording": "about 48,000 workers"}], \
                "evidence": {"when": {"on": "2019-09-16", "precision": "DAY"}, "where": %s, "sources": [%s]}}"""
                .formatted(GM, recordId, kind, WIKIPEDIA, where, WIKIPEDIA));
    }

    /** An import line of the disputes' stream: a record of this kind (empty: the opening). */
    static String line(String kind, String record) {
        return "{\"stream\": \"disputes\"" + (kind.isEmpty() ? "" : ", \"kind\": \"" + kind + "\"")
                + ", \"record\": " + record + "}\n";
    }

    private static void send(Http http, String edits, String body) {
        Http.Response answer = http.send("POST", "/api/streams/" + GM + "/" + edits, MONITOR, body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    }

    /** The markers by place, most records first, then by place; ties of records are in the place's order. */
    private static List<String> markers(Http http, String path) {
        Http.Response answer = http.get(path, VIEWER);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        List<String> markers = new ArrayList<>();
        answer.json().path("markers").forEach(marker -> markers.add(marker.path("place").asText() + " "
                + marker.path("latitude").asDouble() + " " + marker.path("longitude").asDouble() + " "
                + marker.path("precision").asText() + (marker.path("approximate").asBoolean() ? " approximate" : "")
                + " " + marker.path("records").asInt()));
        return markers;
    }
}
