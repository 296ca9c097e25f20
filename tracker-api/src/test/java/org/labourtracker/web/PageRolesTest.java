package org.labourtracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.labourtracker.api.TestUsers;
import org.labourtracker.api.security.Role;
import org.labourtracker.api.security.UserAccounts;
import org.labourtracker.projections.admin.ReplayService;
import org.labourtracker.database.SameOnEveryDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The pages' roles over plain HTTP, signed in through the sign-in form as a browser is: which role
 * reaches which page, that the page session does not open the API, and that the live feed of a
 * page answers a signed-in reader.
 */
@SameOnEveryDatabase
@DemoApplication
class PageRolesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern NEEDED_ROLE = Pattern.compile("<p id=\"needed-role\">(.*?)</p>", Pattern.DOTALL);
    /** What Chromium sends for a page. */
    private static final String BROWSER_ACCEPT =
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    EventStore eventStore;
    @Autowired
    ReplayService replays;

    HttpClient browser;

    @BeforeEach
    void users() {
        TestUsers.createAll(accounts);
        ReadModels.awaitCaughtUp(eventStore, replays);
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    @ParameterizedTest
    @CsvSource({
            "VIEWER, /, 200", "VIEWER, /disputes/mangystau-oil-strike-2011, 200", "VIEWER, /search?q=strike, 200",
            "VIEWER, /disputes/mangystau-oil-strike-2011/record, 403", "VIEWER, /audit, 403",
            "VIEWER, /import, 403", "VIEWER, /admin, 403",
            "MONITOR, /disputes/mangystau-oil-strike-2011/record, 200", "MONITOR, /import, 200",
            "VIEWER, /disputes/new, 403", "MONITOR, /disputes/new, 200",
            "VIEWER, /cases/sokolova-2011/record/hearings, 403", "MONITOR, /cases/sokolova-2011/record/hearings, 200",
            "MONITOR, /disputes/mangystau-oil-strike-2011/record/corrections?record=police-fire, 200",
            "MONITOR, /disputes/mangystau-oil-strike-2011/record/no-such-kind, 404",
            "MONITOR, /audit/disputes/mangystau-oil-strike-2011, 403",
            "AUDITOR, /audit/disputes/mangystau-oil-strike-2011, 200", "AUDITOR, /admin, 403",
            "ADMIN, /admin, 200", "ADMIN, /disputes/no-such-dispute, 404",
            "VIEWER, /people/nataliya-sokolova, 200", "VIEWER, /cases/sokolova-2011, 200",
            "VIEWER, /organisations/UzenMunayGas, 200", "ADMIN, /people/no-such-person, 404",
            "ADMIN, /cases/no-such-case, 404", "ADMIN, /organisations/no-such-employer, 404"})
    void eachRoleReachesItsPages(Role role, String path, int status) throws Exception {
        signIn(role);

        assertThat(get(path).statusCode()).isEqualTo(status);
    }

    @Test
    void theSearchPageListsTheHitsLinkedToTheTimelineWithTheExportsOfTheirDispute() throws Exception {
        signIn(Role.VIEWER);

        String page = get("/search?q=kezbi&kind=strikes").body();

        assertThat(page).contains("<span id=\"hit-count\">2</span>")
                .contains("href=\"/disputes/zhanaozen-strikes-2021#entry-zhanaozen-strikes-2021--strike-kezbi\"")
                .contains("href=\"/disputes/zhanaozen-strikes-2021#entry-zhanaozen-strikes-2021--strike-kmg-security\"")
                .contains("href=\"/api/disputes/zhanaozen-strikes-2021/timeline.csv\"")
                .contains("href=\"/api/disputes/zhanaozen-strikes-2021/export.ndjson\"")
                .contains("href=\"/api/disputes/zhanaozen-strikes-2021/acled.csv\"")
                .doesNotContain("/api/disputes/mangystau-oil-strike-2011/");
        assertThat(get("/?union=karazhanbasmunai").body()).contains("data-dispute=\"mangystau-oil-strike-2011\"")
                .doesNotContain("data-dispute=\"zhanaozen-strikes-2021\"").contains("1 of 2 disputes pass the filters.");
        assertThat(get("/search?q=strike&country=Kazakhstan").body())
                .contains("The country filter must be an ISO 3166 alpha-2 code such as KZ.");
    }

    @Test
    void theAuditPageReadsTheDisputeAsKnownFromTheCursorOfItsLaterRecordsLink() throws Exception {
        String asKnown = "/api/audit/disputes/mangystau-oil-strike-2011/as-known?happenedBy=2011-12-31";
        HttpResponse<String> whole = browser.send(request(asKnown + "&limit=1000")
                .header("Authorization", TestUsers.basic(Role.AUDITOR)).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> firstSeven = browser.send(request(asKnown + "&limit=7")
                .header("Authorization", TestUsers.basic(Role.AUDITOR)).build(), HttpResponse.BodyHandlers.ofString());
        int records = new ObjectMapper().readTree(whole.body()).at("/timeline/entries").size();
        String next = new ObjectMapper().readTree(firstSeven.body()).at("/timeline/next").asText();
        signIn(Role.AUDITOR);

        String later = get("/audit/disputes/mangystau-oil-strike-2011?happenedBy=2011-12-31&after=" + next).body();
        String broken = get("/audit/disputes/mangystau-oil-strike-2011?happenedBy=2011-12-31&after=nowhere").body();

        assertThat(records).isGreaterThan(7);
        assertThat(later).contains("<strong id=\"snapshot-records\">" + (records - 7) + "</strong>")
                .doesNotContain("id=\"snapshot-next\"");
        assertThat(broken).contains("This link to later records is broken: start again from the first.")
                .doesNotContain("id=\"snapshot\"");
    }

    @Test
    void aPageSessionDoesNotOpenTheApi() throws Exception {
        signIn(Role.ADMIN);

        assertThat(get("/api/disputes").statusCode()).isEqualTo(401);
    }

    @Test
    void theLiveFeedOfAPageAnswersASignedInReader() throws Exception {
        signIn(Role.VIEWER);

        HttpResponse<InputStream> feed = browser.send(request("/disputes/mangystau-oil-strike-2011/live")
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());

        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        try (BufferedReader events = new BufferedReader(new InputStreamReader(feed.body(), StandardCharsets.UTF_8))) {
            assertThat(events.readLine()).isEqualTo("event:ready");
        }
    }

    @Test
    void aPageTheRoleDoesNotOpenNamesTheRoleItNeeds() throws Exception {
        signIn(Role.MONITOR);

        HttpResponse<String> refused = get("/audit");

        assertThat(refused.statusCode()).isEqualTo(403);
        Matcher needed = NEEDED_ROLE.matcher(refused.body());
        assertThat(needed.find()).isTrue();
        assertThat(needed.group(1).replaceAll("<[^>]+>", "").replaceAll("\\s+", " "))
                .isEqualTo("This page needs the AUDITOR role or one above it; you hold MONITOR.");
        assertThat(refused.body()).contains("<a href=\"/import\">Import</a>");
    }

    @Test
    void anUnknownAddressAnswersABrowserWithThePageAndItsNavigation() throws Exception {
        signIn(Role.MONITOR);

        HttpResponse<String> missing = browser.send(request("/no-such-page").header("Accept", BROWSER_ACCEPT).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(missing.body()).contains("<h1>Not found</h1>", "Nothing is at /no-such-page.",
                "<a href=\"/import\">Import</a>");
    }

    @Test
    void anUnknownApiAddressStaysAProblemDocumentEvenForABrowser() throws Exception {
        HttpResponse<String> missing = browser.send(request("/api/no-such-thing").header("Accept", BROWSER_ACCEPT)
                .header("Authorization", TestUsers.basic(Role.VIEWER)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(missing.body()).contains("\"status\":404", "\"instance\":\"/api/no-such-thing\"");
    }

    @ParameterizedTest
    @CsvSource({"/favicon.svg, image/svg+xml", "/favicon.ico, image/x-icon"})
    void theIconIsThereWithoutSigningIn(String path, String type) throws Exception {
        HttpResponse<String> icon = get(path);

        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type")).hasValue(type);
    }

    private void signIn(Role role) throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(get("/login").body());
        assertThat(token.find()).isTrue();
        String form = "username=" + encode(TestUsers.username(role)) + "&password=" + encode(TestUsers.PASSWORD)
                + "&_csrf=" + encode(token.group(1));
        HttpResponse<String> signedIn = browser.send(request("/login")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
