package org.labourtracker.api.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.labourtracker.api.Http;
import org.labourtracker.api.TestUsers;
import org.labourtracker.api.security.Role;
import org.labourtracker.api.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A dispute's summary is read from the row kept for it while its records stand as they were when the
 * row was computed, and from its records as soon as they change, before the row is computed again: a
 * reader never waits for the row, nor is shown it out of date. The case is the Verizon strike of 2016:
 * about 39,000 workers of the Communications Workers of America and the International Brotherhood of
 * Electrical Workers struck Verizon from 13 April 2016 and went back on 1 June under a new contract
 * (Wikipedia, "2016 Verizon strike"). The rows are computed only when a test asks, never on a timer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:kept-summary;DB_CLOSE_DELAY=-1",
        "tracker.read-models.overview-refresh-interval=1h"})
class KeptSummaryTest {

    private static final String VIEWER = TestUsers.basic(Role.VIEWER);
    private static final String MONITOR = TestUsers.basic(Role.MONITOR);
    private static final String VERIZON = "verizon-strike-2016";
    private static final String SOURCE = """
            {"publisher": "Wikipedia", "title": "2016 Verizon strike", \
            "url": "https://en.wikipedia.org/wiki/2016_Verizon_strike", "language": "en", \
            "kind": "OTHER", "reliability": "FAIRLY_RELIABLE", "confidential": false}""";
    private static final String UNITED_STATES = """
            {"country": "US"}""";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSummaryIsReadFromItsRowUntilTheRecordsChangeAndFromTheRecordsUntilTheRowIsComputedAgain() {
        TestUsers.createAll(accounts);
        Http http = new Http(port);
        record(http, line("", """
                {"disputeId": "%s", "recordId": "open", "title": "Verizon strike", \
                "industry": "Telecommunications", "status": "ACTIVE", \
                "employers": [{"name": "Verizon Communications", "owners": []}], \
                "unions": [{"name": "Communications Workers of America", "owners": []}, \
                {"name": "International Brotherhood of Electrical Workers", "owners": []}], \
                "evidence": {"when": {"on": "2016-04-13", "precision": "DAY"}, "where": %s, "sources": [%s]}}"""
                .formatted(VERIZON, UNITED_STATES, SOURCE)) + line("strikes", """
                {"disputeId": "%s", "recordId": "walkout", "kind": "STARTED", "employer": "Verizon Communications", \
                "workersOut": [{"source": %s, "best": 39000, "wording": "nearly 40,000 workers"}], \
                "evidence": {"when": {"on": "2016-04-13", "precision": "DAY"}, "where": %s, "sources": [%s]}}"""
                .formatted(VERIZON, SOURCE, UNITED_STATES, SOURCE)));
        computeTheRows(http);
        assertThat(jdbc.queryForList("SELECT dispute_id FROM rm_store_stale", String.class)).isEmpty();

        // the row holds the summary: what is written in it is what readers are answered
        jdbc.update("UPDATE rm_store_brief SET summary = REPLACE(summary, '\"Verizon strike\"', "
                + "'\"Verizon strike, as kept\"') WHERE dispute_id = ?", VERIZON);
        JsonNode kept = summary(http);
        assertThat(kept.path("title").asText()).isEqualTo("Verizon strike, as kept");
        assertThat(kept.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(kept.at("/workersOut/claims/0/best").asInt()).isEqualTo(39_000);
        assertThat(kept.path("records").asInt()).isEqualTo(2);
        assertThat(kept.at("/latestDevelopment/recordId").asText()).isEqualTo("walkout");

        // the workers went back under a new contract: the records changed, so they are read, not the row
        record(http, line("status", """
                {"disputeId": "%s", "recordId": "back-to-work", "status": "SETTLED", \
                "evidence": {"when": {"on": "2016-06-01", "precision": "DAY"}, "where": %s, "sources": [%s]}}"""
                .formatted(VERIZON, UNITED_STATES, SOURCE)));
        JsonNode settled = summary(http);
        assertThat(List.of(settled.path("title").asText(), settled.path("status").asText(),
                settled.path("daysSinceStart").asText(), settled.path("records").asText(),
                settled.at("/latestDevelopment/recordId").asText()))
                .containsExactly("Verizon strike", "SETTLED", "49", "3", "back-to-work");
        assertThat(settled.has("workersOut")).as("workers out once settled").isFalse();

        computeTheRows(http);
        assertThat(jdbc.queryForObject("SELECT summary FROM rm_store_brief WHERE dispute_id = ?", String.class,
                VERIZON)).contains("\"status\":\"SETTLED\"").doesNotContain("as kept");
        assertThat(summary(http)).isEqualTo(settled);
    }

    /** The overview computes the rows of the disputes marked stale before it answers. */
    private static void computeTheRows(Http http) {
        assertThat(http.get("/api/overview", VIEWER).status()).isEqualTo(200);
    }

    private static JsonNode summary(Http http) {
        Http.Response answer = http.get("/api/disputes/" + VERIZON, VIEWER);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static void record(Http http, String lines) {
        JsonNode report = http.send("POST", "/api/import?wait=true", MONITOR, lines,
                Map.of("Content-Type", "application/x-ndjson")).json();
        assertThat(report.path("failed").asInt()).as(report.toString()).isZero();
    }

    private static String line(String kind, String record) {
        return "{\"stream\": \"disputes\"" + (kind.isEmpty() ? "" : ", \"kind\": \"" + kind + "\"")
                + ", \"record\": " + record + "}\n";
    }
}
