package org.labourtracker.api.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.labourtracker.api.Http;
import org.labourtracker.api.TestUsers;
import org.labourtracker.api.security.Role;
import org.labourtracker.api.security.UserAccounts;
import org.labourtracker.dispute.CasualtyKind;
import org.labourtracker.dispute.DisputeCommand.ReportCasualties;
import org.labourtracker.editorial.EditorialCommand.ChangeConfidentiality;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Evidence;
import org.labourtracker.evidence.Person;
import org.labourtracker.evidence.PersonRole;
import org.labourtracker.evidence.Place;
import org.labourtracker.evidence.Reliability;
import org.labourtracker.evidence.Source;
import org.labourtracker.evidence.SourceKind;
import org.labourtracker.evidence.When;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Search and the dispute list's filters over the Zhanaozen demo data, as loaded at start: the 2011
 * Mangystau strike (48 records and 3 of its legal cases) and the 2021 Zhanaozen strikes (21 records).
 * A reader below AUDITOR never finds a record by a confidential name, also one made confidential
 * after the record was stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:search-api;DB_CLOSE_DELAY=-1", "tracker.demo=true"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchApiTest {

    static final String STRIKE_2011 = "mangystau-oil-strike-2011";
    static final String STRIKES_2021 = "zhanaozen-strikes-2021";
    static final String VIEWER = TestUsers.basic(Role.VIEWER);
    static final String AUDITOR = TestUsers.basic(Role.AUDITOR);
    /**
     * WSWS, 19 December 2011: "the body of the 18-year-old daughter of Kurdaibergen Karabayev, another
     * activist, was found dead outside the city". Kept from the public record to protect his family, as
     * a monitor would decide.
     */
    static final Person KARABAYEV = new Person("kurdaibergen-karabayev", "Kurdaibergen Karabayev",
            PersonRole.RELATIVE, true);
    static final Source WSWS = new Source("World Socialist Web Site", "Police massacre striking oil workers in Kazakhstan",
            "https://www.wsws.org", "David Firestone", java.time.LocalDate.of(2011, 12, 19), "en", SourceKind.MEDIA,
            Reliability.FAIRLY_RELIABLE, false);

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    CommandGateway commands;

    Http http;

    @BeforeAll
    void theDemoAndAConfidentialRelative() {
        TestUsers.createAll(accounts);
        http = new Http(port);
        await().atMost(Duration.ofSeconds(60)).until(() -> entries(STRIKE_2011) == 51 && entries(STRIKES_2021) == 21);
        commands.sendAndWait(new ReportCasualties(STRIKE_2011, "karabayev-daughter", "Death of an activist's daughter",
                CasualtyKind.KILLED, List.of(new Claim(WSWS, 1, 1, 1, "the body of the 18-year-old daughter")),
                List.of(KARABAYEV), new Evidence(When.month(2011, 8), new Place(null, "Mangystau Region", "KZ", null),
                        List.of(WSWS), "Friends and family blame the company.")));
        await().atMost(Duration.ofSeconds(30)).until(() -> entries(STRIKE_2011) == 52
                && found("daughter", AUDITOR).size() == 2);
    }

    private int entries(String dispute) {
        Http.Response timeline = http.get("/api/disputes/" + dispute + "/timeline?limit=1000", AUDITOR);
        return timeline.status() == 200 ? timeline.json().path("entries").size() : -1;
    }

    @Test
    void theUnionAndIndustryFiltersKeepTheDisputesNamingThem() {
        assertThat(disputes("union=" + encode("karazhanbasmunai workers"), VIEWER)).containsExactly(STRIKE_2011);
        assertThat(disputes("union=" + encode("Confederation of Independent Trade Unions"), VIEWER)).isEmpty();
        assertThat(disputes("industry=oil", VIEWER)).containsExactly(STRIKE_2011, STRIKES_2021);
        assertThat(disputes("industry=" + encode("security services"), VIEWER)).isEmpty();
        assertThat(disputes("industry=oil&employer=kezbi", VIEWER)).containsExactly(STRIKES_2021);
    }

    @Test
    void theWordsFilterKeepsTheDisputesWithARecordHoldingThemAll() {
        assertThat(disputes("q=kezbi", VIEWER)).containsExactly(STRIKES_2021);
        assertThat(disputes("q=sokolova", VIEWER)).containsExactly(STRIKE_2011);
        assertThat(disputes("q=" + encode("Blog of Emancipation"), VIEWER)).containsExactly(STRIKE_2011, STRIKES_2021);
        assertThat(disputes("q=" + encode("kezbi sokolova"), VIEWER)).isEmpty();
    }

    @Test
    void theKindFilterTakesTheKindsAsTheyArePosted() {
        assertThat(disputes("kind=casualties", VIEWER)).containsExactly(STRIKE_2011);
        assertThat(disputes("kind=strikes", VIEWER)).containsExactly(STRIKE_2011, STRIKES_2021);
        assertThat(disputes("kind=cases", VIEWER)).containsExactly(STRIKE_2011);
        Http.Response className = http.get("/api/disputes?kind=CasualtiesReported", VIEWER);
        assertThat(className.status()).isEqualTo(400);
        assertThat(className.json().path("field").asText()).isEqualTo("kind");
        assertThat(className.json().path("reason").asText()).startsWith("must be one of abuses, appeal-decisions, ")
                .contains(", casualties, ", ", strikes, ");
    }

    @Test
    void aRecordIsFoundByItsText() {
        assertThat(found("thugs", VIEWER)).containsExactly(STRIKE_2011 + "/thugs-beat-workers",
                STRIKE_2011 + "/turbayev-killed");
        assertThat(found("murdered+thugs", VIEWER)).containsExactly(STRIKE_2011 + "/turbayev-killed");
        JsonNode hit = http.get("/api/search?q=murdered+thugs", VIEWER).json().path("hits").get(0);
        assertThat(hit.path("disputeId").asText()).isEqualTo(STRIKE_2011);
        assertThat(hit.path("disputeTitle").asText()).isEqualTo("Mangystau oil workers' strike");
        assertThat(hit.path("kind").asText()).isEqualTo("casualties");
        assertThat(hit.path("headline").asText()).isEqualTo("Killed: Murder of Zhaksylyk Turbayev");
        assertThat(hit.path("when").path("on").asText()).isEqualTo("2011-08-01");
    }

    /** The demo's KMG-Security outcome (Blog of Emancipation, 21 July 2021) names its demand only by id. */
    @Test
    void aDemandsOutcomeIsFoundByTheDemandsWords() {
        assertThat(found("security+strikers+met", VIEWER)).containsExactly(STRIKES_2021 + "/kmg-security-won");
        JsonNode hit = http.get("/api/search?q=security+strikers+met", VIEWER).json().path("hits").get(0);
        assertThat(hit.path("headline").asText())
                .isEqualTo("Demand met: The KMG-Security strikers' demands (the article does not list them)");
    }

    @Test
    void aRecordIsFoundByItsSourcesPublisher() {
        // the record that cites Echo of Moscow was retracted: it is found, marked so
        Http.Response echo = http.get("/api/search?q=" + encode("Echo of Moscow"), VIEWER);
        assertThat(ids(echo)).containsExactly(STRIKE_2011 + "/martial-law");
        assertThat(echo.json().path("hits").get(0).path("standing").asText()).isEqualTo("RETRACTED");
        // a confidential source: the human rights activist quoted on the riot in Yntymak Square
        assertThat(found("mukha", VIEWER)).isEmpty();
        assertThat(found("mukha", AUDITOR)).containsExactly(STRIKE_2011 + "/square-16-december");
    }

    @Test
    void aRecordIsFoundByThePeopleItNames() {
        assertThat(found("nataliya", VIEWER)).containsExactly("sokolova-2011/case-opened", "sokolova-2011/charges",
                "sokolova-2011/verdict", STRIKE_2011 + "/demand-free-lawyer");
        // named only in the list of people: found by AUDITOR, whose answer shows him
        assertThat(found("kurdaibergen", AUDITOR)).contains(STRIKE_2011 + "/karabayev-daughter");
    }

    @Test
    void aConfidentialNameFindsNothingBelowAuditor() {
        assertThat(found("karabayev", VIEWER)).isEmpty();
        assertThat(found("kurdaibergen", VIEWER)).isEmpty();
        assertThat(disputes("q=karabayev", VIEWER)).isEmpty();
        assertThat(found("karabayev", AUDITOR)).containsExactly(STRIKE_2011 + "/karabayev-daughter",
                STRIKE_2011 + "/karabayev-daughter-killed");
        assertThat(disputes("q=karabayev", AUDITOR)).containsExactly(STRIKE_2011);
        // found by other words, the record shows no name: not in its snippet, nor anywhere in the answer
        Http.Response daughter = http.get("/api/search?q=daughter", VIEWER);
        assertThat(ids(daughter)).containsExactly(STRIKE_2011 + "/karabayev-daughter",
                STRIKE_2011 + "/karabayev-daughter-killed");
        assertThat(daughter.body()).doesNotContain("Karabayev").doesNotContain("Kurdaibergen");
        assertThat(http.get("/api/search?q=daughter", AUDITOR).body()).contains("Kurdaibergen Karabayev");
    }

    @Test
    void aNameMadeConfidentialAfterItWasRecordedFindsNothingBelowAuditor() {
        assertThat(found("turbayev", VIEWER)).containsExactly(STRIKE_2011 + "/turbayev-killed",
                STRIKE_2011 + "/karabayev-daughter-killed");

        commands.sendAndWait(new ChangeConfidentiality(STRIKE_2011, "turbayev-confidential", "zhaksylyk-turbayev", true,
                "his family asked that he not be named"));

        await().atMost(Duration.ofSeconds(30)).until(() -> found("turbayev", VIEWER).isEmpty());
        assertThat(found("zhaksylyk", VIEWER)).isEmpty();
        assertThat(found("turbayev", AUDITOR)).containsExactly(STRIKE_2011 + "/turbayev-killed",
                STRIKE_2011 + "/karabayev-daughter-killed");
        assertThat(found("murdered", VIEWER)).containsExactly(STRIKE_2011 + "/turbayev-killed");
    }

    @Test
    void theSearchTakesTheFiltersAndPagesByCursor() {
        List<String> all = found("kezbi", VIEWER);
        assertThat(all).containsExactly(STRIKES_2021 + "/open", STRIKES_2021 + "/strike-kezbi",
                STRIKES_2021 + "/demand-kezbi", STRIKES_2021 + "/strike-kmg-security");
        assertThat(found("kezbi&kind=strikes", VIEWER)).containsExactly(STRIKES_2021 + "/strike-kezbi",
                STRIKES_2021 + "/strike-kmg-security");
        assertThat(found("kezbi&country=KZ&union=karazhanbasmunai", VIEWER)).isEmpty();
        assertThat(found("wages", VIEWER)).containsExactly(STRIKE_2011 + "/open", STRIKE_2011 + "/demand-wages",
                STRIKES_2021 + "/kmg-security-layoffs");
        assertThat(found("wages&from=2021-01-01", VIEWER)).containsExactly(STRIKES_2021 + "/kmg-security-layoffs");
        assertThat(found("wages&to=2011-12-31", VIEWER)).containsExactly(STRIKE_2011 + "/open",
                STRIKE_2011 + "/demand-wages");

        Http.Response first = http.get("/api/search?q=kezbi&limit=3", VIEWER);
        assertThat(ids(first)).isEqualTo(all.subList(0, 3));
        Http.Response second = http.get("/api/search?q=kezbi&limit=3&after=" + first.json().path("next").asText(), VIEWER);
        assertThat(ids(second)).isEqualTo(all.subList(3, 4));
        assertThat(second.json().path("next").isTextual()).as("a next page after the last").isFalse();
    }

    @Test
    void badParametersAnswerAProblemNamingThem() {
        assertProblem("/api/search", "q");
        assertProblem("/api/search?q=%21%3F", "q");
        assertProblem("/api/search?q=a+b+c+d+e+f+g+h+i+j+k", "q");
        assertProblem("/api/search?q=strike&limit=501", "limit");
        assertProblem("/api/search?q=strike&after=not-a-cursor", "after");
        assertProblem("/api/search?q=strike&kind=StrikeRecorded", "kind");
        assertProblem("/api/disputes?country=Kazakhstan", "country");
        assertProblem("/api/disputes?status=LOST", "status");
        assertProblem("/api/disputes?from=2011-13-01", "from");
        assertProblem("/api/search?q=strike&from=2012-01-01&to=2011-01-01", "to");
    }

    private void assertProblem(String path, String field) {
        Http.Response response = http.get(path, VIEWER);
        assertThat(response.status()).as(path).isEqualTo(400);
        assertThat(response.json().path("field").asText()).as(path).isEqualTo(field);
    }

    private List<String> disputes(String query, String reader) {
        List<String> ids = new ArrayList<>();
        http.get("/api/disputes?" + query, reader).json().path("disputes")
                .forEach(brief -> ids.add(brief.path("disputeId").asText()));
        return ids;
    }

    private List<String> found(String q, String reader) {
        return ids(http.get("/api/search?q=" + q + "&limit=500", reader));
    }

    private static List<String> ids(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        response.json().path("hits").forEach(hit -> ids.add(hit.path("streamId").asText() + "/"
                + hit.path("recordId").asText()));
        return ids;
    }

    private static String encode(String words) {
        return URLEncoder.encode(words, StandardCharsets.UTF_8);
    }
}
