package org.labourtracker.api.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.labourtracker.api.Http;
import org.labourtracker.api.TestUsers;
import org.labourtracker.api.security.Role;
import org.labourtracker.api.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The dispute list and the overview read from the tables kept beside the records: the list filtered
 * in the store, and the overview's counts following corrections and retractions as they are recorded.
 * The disputes are Marikana, 2012 ({@code marikana.ndjson}), the platinum belt strike of 2014 (see
 * {@link OrganisationPagesTest}), and the General Motors strike of 2019: the United Auto Workers
 * struck General Motors in the United States from 16 September to 25 October 2019, about 48,000
 * workers (Wikipedia, "2019 General Motors strike").
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:dispute-list;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DisputeListAndOverviewTest {

    private static final String VIEWER = TestUsers.basic(Role.VIEWER);
    private static final String MONITOR = TestUsers.basic(Role.MONITOR);
    private static final String MARIKANA = "marikana-lonmin-2012";
    private static final String PLATINUM = "platinum-belt-strike-2014";
    private static final String GM = "general-motors-strike-2019";
    private static final String WIKIPEDIA = """
            {"publisher": "Wikipedia", "title": "2019 General Motors strike", \
            "url": "https://en.wikipedia.org/wiki/2019_General_Motors_strike", "language": "en", \
            "kind": "OTHER", "reliability": "FAIRLY_RELIABLE", "confidential": false}""";
    private static final String DETROIT = """
            "where": {"name": "Detroit", "region": "Michigan", "country": "US"}""";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;

    Http http;

    @BeforeAll
    void recordTheStrikes() throws IOException {
        TestUsers.createAll(accounts);
        http = new Http(port);
        MarikanaCaseTest.importAll(http, MarikanaCaseTest.caseFile() + OrganisationPagesTest.PLATINUM_STRIKE, 13);
        await().atMost(Duration.ofSeconds(30)).until(() -> disputes("").size() == 2);
    }

    @Test
    void theListKeepsTheDisputesWhoseOwnFiltersTheyPass() {
        // names match any part, case aside: Anglo American Platinum and Impala Platinum, not Lonmin
        assertThat(disputes("&employer=PLATINUM")).containsExactly(PLATINUM);
        assertThat(disputes("&employer=lonmin")).containsExactly(MARIKANA, PLATINUM);
        assertThat(disputes("&union=construction%20union")).containsExactly(MARIKANA, PLATINUM);
        assertThat(disputes("&union=National%20Union")).containsExactly(MARIKANA);
        assertThat(disputes("&industry=platinum&country=za&region=NORTH%20WEST")).containsExactly(MARIKANA, PLATINUM);
        assertThat(disputes("&region=North")).as("a region matches whole").isEmpty();
        // Marikana began on 9 August 2012, the platinum belt strike on 23 January 2014
        assertThat(disputes("&to=2013-12-31")).containsExactly(MARIKANA);
        assertThat(disputes("&from=2012-08-10&to=2014-01-23")).containsExactly(PLATINUM);
        // a name's own characters are taken as they are, never as wildcards
        assertThat(disputes("&employer=%25")).isEmpty();
        assertThat(disputes("&employer=_")).isEmpty();
    }

    @Test
    void theFilteredListComesAPageAtATime() {
        JsonNode first = http.get("/api/disputes?country=ZA&limit=1", VIEWER).json();
        assertThat(ids(first)).containsExactly(MARIKANA);
        JsonNode second = http.get("/api/disputes?country=ZA&limit=1&after=" + first.path("next").asText(), VIEWER).json();
        assertThat(ids(second)).containsExactly(PLATINUM);
        assertThat(second.has("next")).as("a next page").isFalse();
    }

    @Test
    void theOverviewFollowsACorrectedDateAndAWithdrawnDispute() {
        int before = http.get("/api/overview", VIEWER).json().path("disputes").asInt();
        record("disputes", "", """
                {"disputeId": "%s", "recordId": "open", "title": "General Motors strike", \
                "industry": "Automobile manufacturing", "status": "ACTIVE", \
                "employers": [{"name": "General Motors", "owners": []}], \
                "unions": [{"name": "United Auto Workers", "owners": []}], \
                "evidence": {"when": {"on": "2019-09-16", "precision": "DAY"}, %s, "sources": [%s]}}"""
                .formatted(GM, DETROIT, WIKIPEDIA));
        // entered a month early by mistake
        record("disputes", "strikes", """
                {"disputeId": "%s", "recordId": "strike-started", "kind": "STARTED", "employer": "General Motors", \
                "workersOut": [{"source": %s, "best": 48000, "wording": "about 48,000 workers"}], \
                "evidence": {"when": {"on": "2019-08-16", "precision": "DAY"}, %s, "sources": [%s]}}"""
                .formatted(GM, WIKIPEDIA, DETROIT, WIKIPEDIA));
        await().atMost(Duration.ofSeconds(10)).until(() -> months().contains("2019-08 1"));
        JsonNode overview = http.get("/api/overview", VIEWER).json();
        assertThat(overview.path("disputes").asInt()).isEqualTo(before + 1);
        assertThat(months()).contains("2019-08 1", "2019-09 1");
        assertThat(workersOut()).contains(GM + " 48000");

        Http.Response corrected = http.send("POST", "/api/streams/" + GM + "/corrections", MONITOR, """
                {"recordId": "strike-started-date", "correctedRecordId": "strike-started", \
                "reason": "The strike began on 16 September", \
                "correction": {"when": {"on": "2019-09-16", "precision": "DAY"}}}""");
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(10)).until(() -> months().contains("2019-09 2"));
        assertThat(months()).noneMatch(month -> month.startsWith("2019-08"));

        // withdrawn: its opening retracted, the dispute is neither listed nor counted, nor its records
        Http.Response retracted = http.send("POST", "/api/streams/" + GM + "/retractions", MONITOR,
                "{\"retractedRecordId\": \"open\", \"reason\": \"recorded in the wrong tracker\"}");
        assertThat(retracted.status()).as(retracted.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(10)).until(() ->
                http.get("/api/overview", VIEWER).json().path("disputes").asInt() == before);
        assertThat(months()).noneMatch(month -> month.startsWith("2019"));
        assertThat(workersOut()).noneMatch(part -> part.startsWith(GM));
        assertThat(disputes("&country=US")).isEmpty();
    }

    private void record(String stream, String kind, String record) {
        String line = "{\"stream\": \"" + stream + "\"" + (kind.isEmpty() ? "" : ", \"kind\": \"" + kind + "\"")
                + ", \"record\": " + record + "}\n";
        MarikanaCaseTest.importAll(http, line, 1);
    }

    private List<String> months() {
        List<String> months = new ArrayList<>();
        http.get("/api/overview", VIEWER).json().path("eventsPerMonth").forEach(period ->
                months.add(period.path("period").asText() + " " + period.path("records").asLong()));
        return months;
    }

    private List<String> workersOut() {
        List<String> parts = new ArrayList<>();
        http.get("/api/overview", VIEWER).json().path("totals").forEach(total -> {
            if ("WORKERS_OUT".equals(total.path("kind").asText())) {
                total.path("parts").forEach(part -> parts.add(part.path("disputeId").asText() + " "
                        + part.path("spread").path("independent").path("high").asText()));
            }
        });
        return parts;
    }

    private List<String> disputes(String filters) {
        return ids(http.get("/api/disputes?limit=200" + filters, VIEWER).json());
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("disputes").forEach(brief -> ids.add(brief.path("disputeId").asText()));
        return ids;
    }
}
