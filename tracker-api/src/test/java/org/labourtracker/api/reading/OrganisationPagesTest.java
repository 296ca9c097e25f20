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
 * An employer party to two disputes, a page at a time: Lonmin, at Marikana in 2012 ({@code
 * marikana.ndjson}) and in the platinum belt strike of 2014, when AMCU struck at Lonmin, Anglo
 * American Platinum and Impala Platinum from 23 January for five months (Wikipedia, "2014 South
 * African platinum strike").
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:organisation-pages;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationPagesTest {

    private static final String VIEWER = TestUsers.basic(Role.VIEWER);
    private static final String AMCU = "Association of Mineworkers and Construction Union";
    static final String PLATINUM_STRIKE = """
            {"stream": "disputes", "record": {"disputeId": "platinum-belt-strike-2014", "recordId": "open", \
            "title": "Platinum belt strike", "industry": "Platinum mining", "status": "ACTIVE", \
            "employers": [{"name": "Anglo American Platinum", "owners": []}, {"name": "Impala Platinum", "owners": []}, \
            {"name": "Lonmin", "owners": []}], \
            "unions": [{"name": "Association of Mineworkers and Construction Union", "owners": []}], \
            "evidence": {"when": {"on": "2014-01-23", "precision": "DAY"}, \
            "where": {"name": "Rustenburg", "region": "North West", "country": "ZA"}, \
            "sources": [{"publisher": "Wikipedia", "title": "2014 South African platinum strike", \
            "url": "https://en.wikipedia.org/wiki/2014_South_African_platinum_strike", "language": "en", \
            "kind": "OTHER", "reliability": "FAIRLY_RELIABLE", "confidential": false}]}}}
            """;

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;

    Http http;

    @BeforeAll
    void recordBothStrikes() throws IOException {
        TestUsers.createAll(accounts);
        http = new Http(port);
        MarikanaCaseTest.importAll(http, MarikanaCaseTest.caseFile() + PLATINUM_STRIKE, 13);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                http.get("/api/disputes/platinum-belt-strike-2014", VIEWER).status() == 200
                        && http.get("/api/disputes/marikana-lonmin-2012/timeline", VIEWER).json()
                        .path("entries").size() == 12);
    }

    @Test
    void anEmployerHasEachDisputeWithTheRecordsNamingItExactly() {
        JsonNode lonmin = http.get("/api/organisations/Lonmin", VIEWER).json();

        // Marikana's other records mention Lonmin in their words, but name no employer
        assertThat(parts(lonmin)).containsExactly(
                "marikana-lonmin-2012 EMPLOYER [strike-begins, strike-started] more false",
                "platinum-belt-strike-2014 EMPLOYER [open] more false");
        assertThat(lonmin.has("next")).as("a next page").isFalse();
        assertThat(parts(http.get("/api/organisations/" + AMCU.replace(" ", "%20"), VIEWER).json())).containsExactly(
                "marikana-lonmin-2012 UNION [strike-begins] more false",
                "platinum-belt-strike-2014 UNION [open] more false");
    }

    @Test
    void theDisputesComeAPageAtATimeFollowingTheCursor() {
        JsonNode first = http.get("/api/organisations/Lonmin?limit=1", VIEWER).json();
        assertThat(parts(first)).containsExactly("marikana-lonmin-2012 EMPLOYER [strike-begins, strike-started] more false");
        String next = first.path("next").asText();
        assertThat(next).isNotBlank();

        JsonNode second = http.get("/api/organisations/Lonmin?limit=1&after=" + next, VIEWER).json();
        assertThat(parts(second)).containsExactly("platinum-belt-strike-2014 EMPLOYER [open] more false");
        assertThat(second.has("next")).as("a next page").isFalse();
    }

    @Test
    void anEmployerOfOneDisputeIsNotInTheOther() {
        assertThat(parts(http.get("/api/organisations/Impala%20Platinum", VIEWER).json()))
                .containsExactly("platinum-belt-strike-2014 EMPLOYER [open] more false");
        assertThat(http.get("/api/organisations/Impala", VIEWER).status()).isEqualTo(404);
    }

    @Test
    void aWrongCursorOrPageSizeIsRefusedNamingItsParameter() {
        for (String[] wrong : new String[][] {{"?after=%25%25", "after"}, {"?limit=0", "limit"},
                {"?limit=51", "limit"}}) {
            Http.Response answer = http.get("/api/organisations/Lonmin" + wrong[0], VIEWER);
            assertThat(answer.status()).as(wrong[0]).isEqualTo(400);
            assertThat(answer.json().path("field").asText()).as(wrong[0]).isEqualTo(wrong[1]);
        }
    }

    private static List<String> parts(JsonNode organisation) {
        List<String> parts = new ArrayList<>();
        organisation.path("disputes").forEach(part -> {
            List<String> records = new ArrayList<>();
            part.path("records").forEach(record -> records.add(record.path("recordId").asText()));
            parts.add(part.path("disputeId").asText() + " " + part.path("side").asText() + " " + records
                    + " more " + part.path("moreRecords").asBoolean());
        });
        return parts;
    }
}
