package org.labourtracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.labourtracker.api.Http;
import org.labourtracker.api.TestUsers;
import org.labourtracker.api.security.Role;
import org.labourtracker.api.security.UserAccounts;
import org.labourtracker.projections.admin.ReplayService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue #15: a person, a legal case and an employer or union, over the API and as pages, and the
 * dispute page linking to them with its timeline paged, as the Zhanaozen demo data has them
 * (tracker-api/src/main/resources/demo/zhanaozen.ndjson).
 */
@DemoApplication
class PeopleCasesOrganisationsTest {

    static final String DISPUTE = "mangystau-oil-strike-2011";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    EventStore eventStore;
    @Autowired
    ReplayService replays;

    Http http;

    @BeforeEach
    void caughtUp() {
        TestUsers.createAll(accounts);
        ReadModels.awaitCaughtUp(eventStore, replays);
        http = new Http(port);
    }

    @Test
    void theUnionsLawyerIsFollowedThroughHerCase() {
        JsonNode sokolova = read("/api/people/nataliya-sokolova");

        assertThat(List.of(sokolova.path("name").asText(), sokolova.path("role").asText()))
                .containsExactly("Nataliya Sokolova", "LAWYER");
        assertThat(sokolova.path("disputes").size()).isEqualTo(1);
        JsonNode inDispute = sokolova.path("disputes").path(0);
        assertThat(inDispute.path("disputeId").asText()).isEqualTo(DISPUTE);
        JsonNode person = inDispute.path("person");
        assertThat(List.of(person.path("standing").asText(), person.path("inCustody").asText(),
                person.path("sentence").path("terms").asText())).containsExactly("SENTENCED", "true", "six years");
        assertThat(texts(person.path("caseIds"), null)).containsExactly("sokolova-2011");
        assertThat(texts(person.path("facts"), "what")).containsExactly(
                "defendant in Prosecution of the union's lawyer Nataliya Sokolova, held in custody",
                "charged: Inciting a social conflict",
                "sentenced: prison, 72 months (six years)");
    }

    @Test
    void aPersonKilledHasThatHarm() {
        JsonNode person = read("/api/people/zhaksylyk-turbayev").path("disputes").path(0).path("person");

        assertThat(texts(person.path("harms"), null)).containsExactly("KILLED");
        assertThat(person.path("standing").asText()).isEqualTo("NONE");
    }

    @Test
    void theCaseHasItsDefendantChargesProceedingsAndDispute() {
        JsonNode trial = read("/api/cases/sokolova-2011");

        assertThat(trial.path("disputeId").asText()).isEqualTo(DISPUTE);
        JsonNode legalCase = trial.path("legalCase");
        assertThat(List.of(legalCase.path("title").asText(), legalCase.path("stage").asText()))
                .containsExactly("Prosecution of the union's lawyer Nataliya Sokolova", "DECIDED");
        assertThat(texts(legalCase.path("charges"), null)).containsExactly("Inciting a social conflict");
        assertThat(texts(legalCase.path("defendants"), "personId")).containsExactly("nataliya-sokolova");
        assertThat(texts(legalCase.path("defendants"), "finding")).containsExactly("CONVICTED");
        assertThat(texts(trial.path("proceedings"), "type"))
                .containsExactly("CaseOpened", "ChargesFiled", "VerdictDelivered");
    }

    @Test
    void anEmployerThatJoinedHasItsDisputeAndTheRecordsNamingIt() {
        JsonNode uzen = read("/api/organisations/UzenMunayGas");

        assertThat(uzen.path("disputes").size()).isEqualTo(1);
        JsonNode part = uzen.path("disputes").path(0);
        assertThat(List.of(part.path("disputeId").asText(), part.path("title").asText(), part.path("side").asText()))
                .containsExactly(DISPUTE, "Mangystau oil workers' strike", "EMPLOYER");
        assertThat(texts(part.path("owners"), null)).containsExactly("KazMunayGas");
        assertThat(texts(part.path("records"), "recordId")).containsExactly("party-uzen", "strike-uzen");
    }

    @Test
    void aUnionHasTheDisputeThatNamedIt() {
        JsonNode union = read("/api/organisations/KarazhanbasMunai workers' trade union".replace(" ", "%20"));

        assertThat(texts(union.path("disputes"), "side")).containsExactly("UNION");
        assertThat(texts(union.path("disputes").path(0).path("records"), "recordId")).containsExactly("open");
    }

    @Test
    void unknownOnesAnswerNotFoundNamingTheField() {
        for (String[] unknown : new String[][] {{"/api/people/nobody", "personId"}, {"/api/cases/no-case", "caseId"},
                {"/api/organisations/KazMunayGas", "name"}, {"/api/cases/" + DISPUTE, "caseId"}}) {
            Http.Response answer = http.get(unknown[0], TestUsers.basic(Role.VIEWER));
            assertThat(answer.status()).as(unknown[0]).isEqualTo(404);
            assertThat(answer.json().path("field").asText()).as(unknown[0]).isEqualTo(unknown[1]);
        }
    }

    @Test
    void theDisputePageLinksEveryoneItNamesAndShowsItsTimelineAPageAtATime() throws Exception {
        signIn(Role.VIEWER);
        int records = http.get("/api/disputes/" + DISPUTE + "/timeline?limit=1000", TestUsers.basic(Role.VIEWER))
                .json().path("entries").size();

        String first = page("/disputes/" + DISPUTE);
        assertThat(first).contains("<nav class=\"jump\"", "href=\"#cases\"", "href=\"/people/nataliya-sokolova\"",
                "href=\"/people/zhaksylyk-turbayev\"", "href=\"/cases/sokolova-2011\"",
                "href=\"/organisations/UzenMunayGas\"",
                "href=\"/organisations/KarazhanbasMunai%20workers&#39;%20trade%20union\"");
        assertThat(first).contains("<a href=\"/cases/sokolova-2011\">The court case</a>",
                "Employer:\n            <a class=\"organisation\" href=\"/organisations/Ersai\">Ersai</a>");
        assertThat(first).doesNotContain(" / open<", "(Lawyer, nataliya-sokolova)", "id=\"timeline-first\"");
        assertThat(count(first, ENTRY)).isEqualTo(50);

        Matcher next = NEXT.matcher(first);
        assertThat(next.find()).isTrue();
        String second = page(next.group(1).replace("&amp;", "&"));
        assertThat(count(second, ENTRY)).isEqualTo(records - 50);
        assertThat(second).contains("id=\"timeline-first\"").doesNotContain("id=\"timeline-next\"");
    }

    @Test
    void theFiguresOfOneKindShareOneScale() throws Exception {
        signIn(Role.VIEWER);
        Matcher killed = KILLED_AXIS.matcher(page("/disputes/" + DISPUTE));
        List<String> scaleEnds = new ArrayList<>();
        while (killed.find()) {
            Matcher ticks = TICK.matcher(killed.group(1));
            String last = null;
            while (ticks.find()) {
                last = ticks.group(1);
            }
            scaleEnds.add(last);
        }

        assertThat(scaleEnds).hasSizeGreaterThan(2).containsOnly("100");
    }

    @Test
    void thePagesOfAPersonACaseAndAnEmployerLinkToEachOther() throws Exception {
        signIn(Role.VIEWER);

        assertThat(page("/people/nataliya-sokolova")).contains("<h1>Nataliya Sokolova</h1>",
                "href=\"/cases/sokolova-2011\"", "href=\"/disputes/" + DISPUTE + "\"",
                "href=\"/disputes/" + DISPUTE + "#entry-sokolova-2011--verdict\"",
                "sentenced: prison, 72 months (six years)",
                ">Prosecution of the union&#39;s lawyer Nataliya Sokolova</a>",
                ">Mangystau oil workers&#39; strike</a>");
        String trial = page("/cases/sokolova-2011");
        assertThat(trial).contains("href=\"/people/nataliya-sokolova\"", "href=\"/disputes/" + DISPUTE + "\"",
                "Charges: Inciting a social conflict");
        assertThat(count(trial, ENTRY)).isEqualTo(3);
        String uzen = page("/organisations/UzenMunayGas");
        assertThat(uzen).contains("<h1>UzenMunayGas</h1>", "id=\"entry-" + DISPUTE + "--party-uzen\"",
                "id=\"entry-" + DISPUTE + "--strike-uzen\"", "owned by KazMunayGas");
        assertThat(count(uzen, ENTRY)).isEqualTo(2);
    }

    private static final Pattern ENTRY = Pattern.compile("<li class=\"entry");
    private static final Pattern NEXT = Pattern.compile("id=\"timeline-next\" rel=\"next\"\\s+href=\"([^\"]+)\"");
    private static final Pattern KILLED_AXIS = Pattern.compile(
            "data-kind=\"Killed\"[^>]*>.*?<g class=\"axis\">(.*?)</g>", Pattern.DOTALL);
    private static final Pattern TICK = Pattern.compile("<text[^>]*>([0-9,]+)</text>");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    private void signIn(Role role) throws Exception {
        Matcher token = CSRF.matcher(page("/login"));
        assertThat(token.find()).isTrue();
        String form = "username=" + encode(TestUsers.username(role)) + "&password=" + encode(TestUsers.PASSWORD)
                + "&_csrf=" + encode(token.group(1));
        browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
    }

    private String page(String path) throws Exception {
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        return page.body();
    }

    private static long count(String page, Pattern pattern) {
        return pattern.matcher(page).results().count();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private JsonNode read(String path) {
        Http.Response answer = http.get(path, TestUsers.basic(Role.VIEWER));
        assertThat(answer.status()).as(path).isEqualTo(200);
        return answer.json();
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(field == null ? node.asText() : node.path(field).asText()));
        return texts;
    }
}
