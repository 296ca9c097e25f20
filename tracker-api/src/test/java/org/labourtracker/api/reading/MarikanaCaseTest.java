package org.labourtracker.api.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.springframework.core.io.ClassPathResource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The second real case, recorded through the API and read back through every view: the 2012 strike
 * at Lonmin's Marikana platinum mine, South Africa ({@code marikana.ndjson}; each record cites its
 * public source, as tracker-core's {@code Marikana} does). Police, company guards, union shop
 * stewards and strikers killed are totalled apart; the perpetrator, the actors, the sum demanded,
 * the strike's legality and the commission's findings reach the summary, timeline, figures,
 * overview, people, the CSV, ACLED and NDJSON exports and the dispute page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:marikana;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarikanaCaseTest {

    private static final String MONITOR = TestUsers.basic(Role.MONITOR);
    private static final String VIEWER = TestUsers.basic(Role.VIEWER);
    private static final String DISPUTE = "/api/disputes/marikana-lonmin-2012";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;

    Http http;

    @BeforeAll
    void recordTheCase() throws IOException {
        TestUsers.createAll(accounts);
        http = new Http(port);
        importAll(http, caseFile(), 12);
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get(DISPUTE + "/timeline", VIEWER).json()
                .path("entries").size() == 12 && http.get("/api/overview", VIEWER).json().path("totals").size() == 6
                && http.get(DISPUTE + "/figures", VIEWER).json().path("groups").size() == 7);
    }

    /** The case's records, one JSON document a line, as the import takes them. */
    static String caseFile() throws IOException {
        try (InputStream lines = new ClassPathResource("marikana.ndjson").getInputStream()) {
            return new String(lines.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Imports the lines as a monitor, and checks that every one of them was recorded. */
    static void importAll(Http http, String ndjson, int records) {
        JsonNode report = http.send("POST", "/api/import?wait=true", MONITOR, ndjson,
                Map.of("Content-Type", "application/x-ndjson")).json();
        assertThat(report.path("refused").asInt()).as(report.toString()).isZero();
        assertThat(report.path("recorded").asInt()).as(report.toString()).isEqualTo(records);
    }

    @Test
    void theFiguresKeepEachCategoryOfVictimsApart() {
        JsonNode groups = http.get(DISPUTE + "/figures", VIEWER).json().path("groups");
        List<String> killed = new ArrayList<>();
        groups.forEach(g -> {
            if ("KILLED".equals(g.path("kind").asText())) {
                killed.add(g.path("victims").asText() + " " + g.at("/spread/independent/low").asInt() + "-"
                        + g.at("/spread/independent/high").asInt());
            }
        });

        assertThat(killed).containsExactly("POLICE 2-2", "COMPANY_GUARDS 2-2", "UNIONISTS 3-3", "STRIKERS 34-34",
                "UNIONISTS 1-1");
    }

    @Test
    void theOverviewNeverAddsPoliceKilledToStrikersKilled() {
        JsonNode totals = http.get("/api/overview", VIEWER).json().path("totals");
        List<String> seen = new ArrayList<>();
        totals.forEach(t -> seen.add(t.path("kind").asText() + " " + t.path("victims").asText() + " "
                + t.at("/independent/low").asInt() + "-" + t.at("/independent/high").asInt() + " official incidents "
                + t.at("/official/incidents").asInt()));

        assertThat(seen).containsExactly(
                "KILLED STRIKERS 34-34 official incidents 0",
                "KILLED UNIONISTS 4-4 official incidents 0",
                "KILLED POLICE 2-2 official incidents 0",
                "KILLED COMPANY_GUARDS 2-2 official incidents 0",
                "INJURED STRIKERS 78-0 official incidents 0",
                "WORKERS_OUT  3000-3000 official incidents 0");
    }

    @Test
    void theTimelineCarriesTheNewVocabulary() {
        Map<String, JsonNode> byRecord = new java.util.HashMap<>();
        http.get(DISPUTE + "/timeline", VIEWER).json().path("entries")
                .forEach(e -> byRecord.put(e.path("recordId").asText(), e));

        JsonNode shooting = byRecord.get("strikers-killed").path("details");
        assertThat(shooting.path("victims").asText()).isEqualTo("STRIKERS");
        assertThat(shooting.path("perpetrator").asText()).isEqualTo("STATE_FORCES");
        assertThat(shooting.at("/actors/0/name").asText()).isEqualTo("South African Police Service");
        assertThat(byRecord.get("shop-steward-shot").at("/details/perpetrator").asText()).isEqualTo("UNKNOWN");
        assertThat(byRecord.get("strike-started").at("/details/legality").asText()).isEqualTo("UNPROTECTED");
        assertThat(byRecord.get("strike-started").at("/details/unionStances/0/stance").asText()).isEqualTo("OPPOSING");
        assertThat(byRecord.get("wage-demanded").at("/details/money/currency").asText()).isEqualTo("ZAR");
        assertThat(byRecord.get("wage-demanded").at("/details/money/amount").decimalValue()).isEqualByComparingTo("12500");
        assertThat(byRecord.get("mourning-declared").path("headline").asText())
                .isEqualTo("State action: mourning by President Jacob Zuma");
        assertThat(byRecord.get("commission-findings").path("headline").asText())
                .isEqualTo("Inquiry findings by Marikana Commission of Inquiry");
        assertThat(byRecord.get("commission-findings").at("/sources/0/kind").asText()).isEqualTo("INQUIRY");
    }

    /**
     * The inquiry, the national mourning and the commission's findings are recorded for South Africa as a
     * whole: with no region, they stand at the country's centre (the centroid of South Africa's outline in
     * the basemap), marked approximate, beside Marikana's own point.
     */
    @Test
    void recordsKnownOnlyByTheirCountryStandAtItsCentreMarkedApproximate() {
        JsonNode map = http.get(DISPUTE + "/map", VIEWER).json();

        List<String> markers = new ArrayList<>();
        map.path("markers").forEach(m -> markers.add(m.path("place").asText() + " " + m.path("latitude").asDouble()
                + " " + m.path("longitude").asDouble() + " " + m.path("precision").asText() + " "
                + (m.path("approximate").asBoolean() ? "approximate" : "own coordinates") + " " + m.path("records").asInt()));
        assertThat(markers).containsExactly("Marikana -25.67778 27.50917 NEAR own coordinates 9",
                "ZA -29.01 25.16 COUNTRY approximate 3");
    }

    @Test
    void theSummaryAndPeopleViewsReadTheCase() {
        JsonNode summary = http.get(DISPUTE, VIEWER).json();
        assertThat(summary.path("title").asText()).isEqualTo("Lonmin Marikana platinum mine strike");
        assertThat(summary.at("/employers/0/name").asText()).isEqualTo("Lonmin");
        assertThat(http.get(DISPUTE + "/people", VIEWER).status()).isEqualTo(200);
    }

    @Test
    void theExportsFollowTheVocabulary() {
        String figures = http.get(DISPUTE + "/figures.csv", VIEWER).body();
        assertThat(figures.lines().findFirst().orElseThrow()).endsWith(",victims");
        assertThat(figures.lines().filter(l -> l.contains("strikers-killed"))).allMatch(l -> l.endsWith(",STRIKERS"));

        String timeline = http.get(DISPUTE + "/timeline.csv", VIEWER).body();
        assertThat(timeline).contains("South African Police Service (state forces, perpetrator)")
                .contains("Marikana Commission of Inquiry");

        String acled = http.get(DISPUTE + "/acled.csv", VIEWER).body();
        assertThat(acled.lines().filter(l -> l.contains("record=strikers-killed;")))
                .allMatch(l -> l.contains("Excessive force against protesters"));
        assertThat(acled.lines().filter(l -> l.contains("record=shop-steward-shot;")))
                .singleElement().matches(l -> l.contains("Violence against civilians,Attack"));

        String ndjson = http.get(DISPUTE + "/export.ndjson", VIEWER).body();
        assertThat(ndjson).contains("\"kind\":\"interventions\"").contains("\"currency\":\"ZAR\"")
                .contains("\"legality\":\"UNPROTECTED\"").contains("\"perpetrator\":\"UNKNOWN\"");
    }

    @Test
    void theDisputePageListsTheCommissionsFindings() throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        Matcher token = CSRF.matcher(browser.send(page("/login").build(), BodyHandlers.ofString()).body());
        assertThat(token.find()).isTrue();
        String form = "username=" + encode(TestUsers.username(Role.VIEWER)) + "&password=" + encode(TestUsers.PASSWORD)
                + "&_csrf=" + encode(token.group(1));
        browser.send(page("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), BodyHandlers.ofString());

        String page = browser.send(page("/disputes/marikana-lonmin-2012").build(), BodyHandlers.ofString()).body();

        assertThat(page).contains("Interventions").contains("Inquiry findings by Marikana Commission of Inquiry")
                .contains("Killed (strikers)");
    }

    private HttpRequest.Builder page(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void anInterventionWithAnUnknownBodyIsRefusedByItsFieldAndNothingIsStored() {
        Http.Response refused = http.send("POST", DISPUTE + "/interventions", MONITOR, """
                {"recordId": "ilo-statement", "kind": "STATEMENT", "body": "International Labour Organization",
                 "bodyType": "UNKNOWN", "evidence": {"when": {"on": "2012-08-17", "precision": "DAY"},
                 "where": {"country": "ZA"}, "sources": [{"publisher": "ILO", "kind": "OTHER",
                 "reliability": "CANNOT_BE_JUDGED"}]}}""");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("field").asText()).isEqualTo("bodyType");
        assertThat(http.get(DISPUTE + "/timeline", VIEWER).json().path("entries").size()).isEqualTo(12);
    }
}
