package org.labourtracker.api.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.labourtracker.ZhanaozenInWords;
import org.labourtracker.api.Http;
import org.labourtracker.api.TestUsers;
import org.labourtracker.api.security.Role;
import org.labourtracker.api.security.UserAccounts;
import org.labourtracker.dispute.DisputeCommand.RecordStateAction;
import org.labourtracker.evidence.Person;
import org.labourtracker.evidence.PersonRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * What the vocabulary could not say before, recorded through the API as a monitor would and read
 * back through every view (tracker-core's {@code ZhanaozenInWords} cites the reports): vague figures
 * ("fired hundreds", "scores of people gunned down") kept in their words with the convention's range,
 * a strike's employers counted apart from its workers, a beating first entered as casualties and
 * replaced by the employer's response it was, and officials named on state actions, one of them
 * confidential (a local official who spoke to the monitor, supposed here to try redaction).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:vague-replaced;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VagueFiguresReplacementsAndPeopleTest {

    private static final String MONITOR = TestUsers.basic(Role.MONITOR);
    private static final String VIEWER = TestUsers.basic(Role.VIEWER);
    private static final String AUDITOR = TestUsers.basic(Role.AUDITOR);
    private static final String DISPUTE = "/api/disputes/mangystau-oil-strike-2011";
    private static final String SOURCE_NAME = "Bolat Serikbayev";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Person LOCAL_OFFICIAL = new Person("local-official-1", SOURCE_NAME, PersonRole.OFFICIAL, true);

    /** As the application writes JSON: absent values are left out. */
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;

    Http http;
    Instant beforeTheReplacement;

    @BeforeAll
    void recordTheReports() throws Exception {
        TestUsers.createAll(accounts);
        http = new Http(port);
        post("/api/disputes", ZhanaozenInWords.OPEN_DISPUTE);
        post(DISPUTE + "/employer-responses", ZhanaozenInWords.HUNDREDS_FIRED);
        post(DISPUTE + "/casualties", ZhanaozenInWords.SCORES_KILLED);
        post(DISPUTE + "/strikes", ZhanaozenInWords.OUT_AT_TWO_EMPLOYERS);
        post(DISPUTE + "/casualties", ZhanaozenInWords.BEATING_AS_CASUALTIES);
        awaitEntries(5);
        Thread.sleep(20);
        beforeTheReplacement = Instant.now();
        Thread.sleep(20);
        post(DISPUTE + "/employer-responses", ZhanaozenInWords.THUGS_SENT);
        post(DISPUTE + "/state-actions", ZhanaozenInWords.HOOLIGANS_BLAMED);
        RecordStateAction emergency = ZhanaozenInWords.EMERGENCY_DECLARED;
        post(DISPUTE + "/state-actions", new RecordStateAction(emergency.disputeId(), emergency.recordId(),
                emergency.kind(), emergency.authority(), emergency.evidence().naming(List.of(
                ZhanaozenInWords.NAZARBAYEV, LOCAL_OFFICIAL))));
        awaitEntries(8);
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get("/api/overview", VIEWER).json().path("totals")
                .findValuesAsText("kind").contains("EMPLOYERS_OUT")
                && http.get(DISPUTE + "/people", VIEWER).json().path("people").size() == 3);
    }

    @Test
    void aVagueFigureIsShownAsTheConventionsRangeMarkedVagueWithNoBest() {
        JsonNode fired = group(http.get(DISPUTE + "/figures", VIEWER).json(), "DISMISSED");
        assertThat(fired.at("/claims/0/vague").asText()).isEqualTo("HUNDREDS");
        assertThat(fired.at("/claims/0/low").asInt()).isEqualTo(100);
        assertThat(fired.at("/claims/0/high").asInt()).isEqualTo(999);
        assertThat(fired.at("/claims/0/best").isMissingNode()).isTrue();
        assertThat(fired.at("/claims/0/wording").asText()).isEqualTo("fired hundreds of striking workers");
        assertThat(fired.at("/spread/independent/vague").asBoolean()).isTrue();

        JsonNode total = total(http.get("/api/overview", VIEWER).json(), "DISMISSED");
        assertThat(total.at("/independent/low").asInt()).isEqualTo(100);
        assertThat(total.at("/independent/high").asInt()).isEqualTo(999);
        assertThat(total.at("/independent/vague").asBoolean()).isTrue();
    }

    @Test
    void aStrikesEmployersAreTotalledApartFromItsWorkers() {
        JsonNode overview = http.get("/api/overview", VIEWER).json();

        assertThat(total(overview, "EMPLOYERS_OUT").at("/independent/low").asInt()).isEqualTo(2);
        assertThat(total(overview, "EMPLOYERS_OUT").at("/independent/high").asInt()).isEqualTo(2);
        assertThat(total(overview, "WORKERS_OUT").at("/independent/high").asInt()).isEqualTo(18_000);
        JsonNode summary = http.get(DISPUTE, VIEWER).json();
        assertThat(summary.at("/workersOut/claims").size()).isEqualTo(1);
        assertThat(summary.at("/workersOut/claims/0/high").asInt()).isEqualTo(18_000);
    }

    @Test
    void theExportsCarryTheVagueWordAndWhatIsCounted() {
        List<String> figures = http.get(DISPUTE + "/figures.csv", VIEWER).body().lines().toList();
        assertThat(figures).filteredOn(row -> row.contains(",hundreds-fired,")).singleElement().asString()
                .contains(",100,,999,fired hundreds of striking workers,HUNDREDS,,STANDING,");
        assertThat(figures).filteredOn(row -> row.startsWith("EMPLOYERS_OUT,")).singleElement().asString()
                .contains(",2,2,2,").contains(",EMPLOYERS,STANDING,");

        List<String> acled = http.get(DISPUTE + "/acled.csv", VIEWER).body().lines().toList();
        String[] killed = acled.stream().filter(row -> row.contains("record=scores-killed;")).findFirst()
                .orElseThrow().split(",");
        assertThat(killed[killed.length - 3]).as("fatalities: the convention's low, ACLED's own figure")
                .isEqualTo("20");

        String ndjson = http.get(DISPUTE + "/export.ndjson", VIEWER).body();
        assertThat(ndjson).contains("\"vague\":\"HUNDREDS\"").contains("\"counted\":\"EMPLOYERS\"")
                .contains("\"supersedes\":{\"recordId\":\"workers-beaten\"")
                .doesNotContain("RecordSuperseded");
    }

    @Test
    void aVagueFigureWithABestEstimateIsRefusedByItsFieldAndNothingIsStored() {
        Http.Response refused = http.send("POST", DISPUTE + "/employer-responses", MONITOR, """
                {"recordId": "hundreds-fired-300", "kind": "DISMISSALS", "affected": [{"source": {"publisher":
                 "World Socialist Web Site", "kind": "MEDIA", "reliability": "USUALLY_RELIABLE"}, "best": 300,
                 "vague": "HUNDREDS", "wording": "fired hundreds of striking workers"}],
                 "evidence": {"when": {"on": "2011-12-16", "precision": "DAY"}, "where": {"country": "KZ"},
                 "sources": [{"publisher": "World Socialist Web Site", "kind": "MEDIA",
                 "reliability": "USUALLY_RELIABLE"}]}}""");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("field").asText()).isEqualTo("affected[0].best");
        assertThat(http.get(DISPUTE + "/timeline", VIEWER).json().path("entries").size()).isEqualTo(8);
    }

    @Test
    void theBeatingEnteredAsCasualtiesIsShownSupersededByTheResponseThatReplacedIt() {
        Map<String, JsonNode> entries = entries(http.get(DISPUTE + "/timeline", VIEWER).json());
        JsonNode beaten = entries.get("workers-beaten");
        JsonNode sent = entries.get("thugs-sent");

        assertThat(beaten.path("standing").asText()).isEqualTo("SUPERSEDED");
        assertThat(beaten.at("/edits/0/kind").asText()).isEqualTo("SUPERSEDED");
        assertThat(beaten.at("/edits/0/keptRecordId").asText()).isEqualTo("thugs-sent");
        assertThat(beaten.at("/edits/0/reason").asText()).isEqualTo(ZhanaozenInWords.WRONG_KIND);
        assertThat(sent.path("standing").asText()).isEqualTo("STANDING");
        assertThat(sent.at("/details/supersedes/recordId").asText()).isEqualTo("workers-beaten");

        assertThat(http.get("/api/overview", VIEWER).json().path("totals").findValuesAsText("kind"))
                .doesNotContain("INJURED").contains("OTHER_EMPLOYER_ACTION");
        // eight records, of which the beating entered as casualties no longer stands
        assertThat(http.get(DISPUTE, VIEWER).json().path("records").asInt()).isEqualTo(7);
    }

    @Test
    void asKnownBeforeTheReplacementTheBeatingStillStandsAsCasualties() {
        String asKnown = "/api/audit/disputes/" + ZhanaozenInWords.DISPUTE_ID + "/as-known?knownAt=";
        JsonNode before = http.get(asKnown + beforeTheReplacement, AUDITOR).json();
        JsonNode now = http.get(asKnown + Instant.now(), AUDITOR).json();

        assertThat(entries(before.path("timeline")).get("workers-beaten").path("standing").asText())
                .isEqualTo("STANDING");
        assertThat(entries(before.path("timeline"))).doesNotContainKey("thugs-sent");
        assertThat(before.at("/summary/records").asInt()).isEqualTo(5);
        assertThat(entries(now.path("timeline")).get("workers-beaten").path("standing").asText())
                .isEqualTo("SUPERSEDED");
    }

    @Test
    void theSupersededRecordMustBeInTheStreamAndStillStand() throws JsonProcessingException {
        Http.Response missing = http.send("POST", DISPUTE + "/employer-responses", MONITOR,
                json.writeValueAsString(replacing("no-such-record")));
        Http.Response again = http.send("POST", DISPUTE + "/employer-responses", MONITOR,
                json.writeValueAsString(replacing("workers-beaten")));

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().path("field").asText()).isEqualTo("evidence.supersedes.recordId");
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().path("field").asText()).isEqualTo("evidence.supersedes.recordId");
        assertThat(http.get(DISPUTE + "/timeline", VIEWER).json().path("entries").size()).isEqualTo(8);
    }

    @Test
    void officialsNamedOnStateActionsAreTheDisputesPeople() {
        JsonNode people = http.get(DISPUTE + "/people", AUDITOR).json().path("people");
        List<String> named = new ArrayList<>();
        people.forEach(p -> named.add(p.path("name").asText() + " " + p.path("role").asText()));

        assertThat(named).containsExactlyInAnyOrder("Askhat Daulbayev OFFICIAL", "Nursultan Nazarbayev POLITICIAN",
                SOURCE_NAME + " OFFICIAL");
    }

    @Test
    void aConfidentialOfficialsNameReachesNoReaderBelowAuditor() {
        for (String path : List.of(DISPUTE + "/timeline", DISPUTE + "/people", DISPUTE + "/figures", DISPUTE,
                "/api/search?q=Serikbayev", "/api/search?q=emergency", DISPUTE + "/timeline.csv",
                DISPUTE + "/export.ndjson", DISPUTE + "/acled.csv", "/api/people/local-official-1")) {
            String body = http.get(path, VIEWER).body();
            assertThat(body).as(path).doesNotContain("Serikbayev").doesNotContain("Bolat");
        }
        assertThat(http.get("/api/search?q=Serikbayev", VIEWER).json().path("hits").size()).isZero();
        JsonNode emergency = entries(http.get(DISPUTE + "/timeline", VIEWER).json()).get("emergency-declared");
        assertThat(emergency.path("people").findValuesAsText("name"))
                .containsExactly("Nursultan Nazarbayev", "[confidential]");

        assertThat(http.get(DISPUTE + "/timeline", AUDITOR).body()).contains(SOURCE_NAME);
        assertThat(http.get("/api/search?q=Serikbayev", AUDITOR).json().path("hits").size()).isEqualTo(1);
    }

    @Test
    void theDisputePageShowsTheVagueRangeAndTheReplacement() throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        Matcher token = CSRF.matcher(browser.send(page("/login").build(), BodyHandlers.ofString()).body());
        assertThat(token.find()).isTrue();
        String form = "username=" + encode(TestUsers.username(Role.VIEWER)) + "&password=" + encode(TestUsers.PASSWORD)
                + "&_csrf=" + encode(token.group(1));
        browser.send(page("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), BodyHandlers.ofString());

        String page = browser.send(page("/disputes/" + ZhanaozenInWords.DISPUTE_ID).build(), BodyHandlers.ofString())
                .body();

        assertThat(page).contains("≈ 100–999").contains("fired hundreds of striking workers")
                .contains("superseded by thugs-sent").contains("href=\"#entry-" + ZhanaozenInWords.DISPUTE_ID
                        + "--thugs-sent\"")
                .doesNotContain(SOURCE_NAME);
    }

    private HttpRequest.Builder page(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private org.labourtracker.dispute.DisputeCommand.RecordEmployerResponse replacing(String recordId) {
        var sent = ZhanaozenInWords.THUGS_SENT;
        return new org.labourtracker.dispute.DisputeCommand.RecordEmployerResponse(sent.disputeId(),
                "thugs-sent-" + recordId, sent.kind(), sent.employer(), sent.affected(),
                sent.evidence().superseding(recordId, ZhanaozenInWords.WRONG_KIND));
    }

    private void post(String path, Object command) throws JsonProcessingException {
        Http.Response response = http.send("POST", path, MONITOR, json.writeValueAsString(command));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    private void awaitEntries(int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get(DISPUTE + "/timeline", VIEWER).json()
                .path("entries").size() == count);
    }

    private static Map<String, JsonNode> entries(JsonNode timeline) {
        Map<String, JsonNode> byRecord = new HashMap<>();
        timeline.path("entries").forEach(e -> byRecord.put(e.path("recordId").asText(), e));
        return byRecord;
    }

    private static JsonNode group(JsonNode figures, String kind) {
        for (JsonNode group : figures.path("groups")) {
            if (kind.equals(group.path("kind").asText())) {
                return group;
            }
        }
        throw new AssertionError("no group of kind " + kind);
    }

    private static JsonNode total(JsonNode overview, String kind) {
        for (JsonNode total : overview.path("totals")) {
            if (kind.equals(total.path("kind").asText())) {
                return total;
            }
        }
        throw new AssertionError("no total of kind " + kind);
    }
}
