package org.labourtracker.api.confidential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.labourtracker.api.Http;
import org.labourtracker.api.TestUsers;
import org.labourtracker.api.recording.Recording;
import org.labourtracker.api.security.Role;
import org.labourtracker.api.security.UserAccounts;
import org.labourtracker.dispute.DetentionKind;
import org.labourtracker.dispute.DisputeCommand.OpenDispute;
import org.labourtracker.dispute.DisputeCommand.RaiseDemand;
import org.labourtracker.dispute.DisputeCommand.RecordProtest;
import org.labourtracker.dispute.DisputeCommand.ReportDetentions;
import org.labourtracker.dispute.DisputeStatus;
import org.labourtracker.dispute.Organisation;
import org.labourtracker.dispute.ProtestKind;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Evidence;
import org.labourtracker.evidence.Person;
import org.labourtracker.evidence.PersonRole;
import org.labourtracker.evidence.Place;
import org.labourtracker.evidence.Reliability;
import org.labourtracker.evidence.Source;
import org.labourtracker.evidence.SourceKind;
import org.labourtracker.evidence.When;
import org.labourtracker.legal.CaseCommand.OpenCase;
import org.labourtracker.legal.Defendant;
import org.labourtracker.projections.history.DisputeCursor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A witness, confidential where she was arrested and recorded without the flag in a second dispute,
 * is named in a case title, a demand, a note, a claim's wording, an incident and a source's title in
 * both. Every read endpoint and page, walked as VIEWER, MONITOR and anonymously, shows a pseudonym
 * where her name was; AUDITOR sees the name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:confidential-names;DB_CLOSE_DELAY=-1",
        "tracker.security.anonymous-read=true"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConfidentialNamesEverywhereTest {

    static final String NAME = "Aigul Nurbekova";
    /** Her name's words, each of which would identify her too. */
    static final List<String> NAMING = List.of("Aigul", "Nurbekova");
    static final String WITNESS_ID = "witness-7";
    static final String FIRST = "walk-aktau";
    static final String SECOND = "walk-shetpe";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    enum Reader { ANONYMOUS, VIEWER, MONITOR }

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    CommandGateway commands;

    Http http;

    @BeforeAll
    void twoDisputesNamingTheWitness() {
        TestUsers.createAll(accounts);
        http = new Http(port);
        record(FIRST, true);
        record(SECOND, false);
        await().atMost(Duration.ofSeconds(30)).until(() -> List.of(FIRST, SECOND).stream().allMatch(dispute ->
                http.get("/api/disputes/" + dispute + "/timeline", TestUsers.basic(Role.AUDITOR)).json()
                        .path("entries").size() == 5
                        && http.get("/api/disputes/" + dispute + "/people", TestUsers.basic(Role.AUDITOR)).json()
                        .path("cases").size() == 1));
    }

    private void record(String dispute, boolean confidential) {
        Source interview = new Source("Radio Azattyq", "Interview with " + NAME, "https://rus.azattyq.org",
                null, LocalDate.of(2011, 12, 20), "ru", SourceKind.MEDIA, Reliability.FAIRLY_RELIABLE, false);
        Place place = new Place(dispute.equals(FIRST) ? "Aktau" : "Shetpe", "Mangystau Region", "KZ", null);
        Evidence evidence = new Evidence(When.day(2011, 12, 17), place, List.of(interview), NAME + " spoke to the crowd");
        Person witness = new Person(WITNESS_ID, NAME, PersonRole.ACTIVIST, confidential);
        commands.sendAndWait(new OpenDispute(dispute, "opened", "Oil workers' strike in " + place.name(),
                "oil extraction", DisputeStatus.ACTIVE, List.of(new Organisation("OzenMunaiGas", List.of())), List.of(),
                evidence));
        commands.sendAndWait(new RaiseDemand(dispute, "demand", "release", "Release " + NAME, evidence));
        commands.sendAndWait(new ReportDetentions(dispute, "arrest", "Arrest of " + NAME, DetentionKind.ARRESTED,
                List.of(new Claim(interview, 2, 2, 2, NAME + " and one other were taken")), List.of(witness), evidence));
        commands.sendAndWait(new RecordProtest(dispute, "protest", ProtestKind.DEMONSTRATION, List.of(), evidence));
        commands.sendAndWait(new OpenCase(dispute + "-case", "case-opened", dispute, "Prosecutor v. " + NAME,
                "Aktau city court", null, List.of(new Defendant(witness, true)), List.of(), 0, evidence));
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void noReadEndpointOrPageNamesTheWitness(Reader reader) throws Exception {
        Walker walker = new Walker(reader);
        List<String> paths = new ArrayList<>(List.of("/api/disputes", "/api/overview", "/", "/api/search?q=crowd",
                "/search?q=crowd", "/?q=crowd", "/api/organisations/OzenMunaiGas", "/organisations/OzenMunaiGas",
                "/api/overview/map"));
        for (String dispute : List.of(FIRST, SECOND)) {
            String api = "/api/disputes/" + dispute;
            paths.addAll(List.of(api, api + "/timeline", api + "/figures", api + "/people", api + "/timeline.csv",
                    api + "/figures.csv", api + "/export.ndjson", "/disputes/" + dispute,
                    "/disputes/" + dispute + "/timeline", "/disputes/" + dispute + "/figures",
                    "/disputes/" + dispute + "/entries/" + dispute + "/arrest",
                    "/disputes/" + dispute + "/entries/" + dispute + "-case/case-opened", "/api/cases/" + dispute + "-case",
                    "/cases/" + dispute + "-case", api + "/timeline?limit=2", api + "/map", api + "/figures/claims"));
            // every page of every paged list, one item a page
            List<String> timeline = everyPage(walker, api + "/timeline");
            List<String> people = everyPage(walker, api + "/people");
            List<String> claims = everyPage(walker, api + "/figures/claims");
            assertThat(List.of(timeline.size(), people.size(), claims.size())).as(dispute).containsExactly(5, 1, 1);
            paths.addAll(timeline);
            paths.addAll(people);
            paths.addAll(claims);
        }

        if (reader == Reader.MONITOR) {
            // the record form starts a replacement or a correction from the stored record
            for (String dispute : List.of(FIRST, SECOND)) {
                paths.addAll(List.of("/disputes/" + dispute + "/record/interventions?supersedes=arrest",
                        "/disputes/" + dispute + "/record/corrections?record=arrest"));
            }
        }
        for (String path : paths) {
            HttpResponse<String> answer = walker.get(path);
            assertThat(answer.statusCode()).as("%s as %s", path, reader).isEqualTo(200);
            assertThat(answer.body()).as("%s as %s", path, reader).doesNotContain(NAMING);
        }
        assertThat(walker.get("/api/disputes/" + FIRST + "/timeline").body()).contains("[confidential person ");
        // found by other words, but never by hers
        assertThat(walker.get("/api/search?q=crowd").body()).contains("\"recordId\":\"arrest\"");
        for (String word : List.of("nurbekova", "aigul", "witness-7")) {
            assertThat(walker.get("/api/search?q=" + word).body()).as(word).contains("\"hits\":[]");
            assertThat(walker.get("/api/disputes?q=" + word).body()).as(word).contains("\"disputes\":[]");
        }
    }

    /** The address of every page of a list, one item a page, following each next as this reader is given it. */
    private static List<String> everyPage(Walker walker, String list) throws Exception {
        List<String> pages = new ArrayList<>();
        String page = list + "?limit=1";
        while (page != null) {
            pages.add(page);
            JsonNode next = new ObjectMapper().readTree(walker.get(page).body()).path("next");
            page = next.isTextual() ? list + "?limit=1&after=" + URLEncoder.encode(next.asText(), StandardCharsets.UTF_8)
                    : null;
        }
        return pages;
    }

    @ParameterizedTest
    @EnumSource(Reader.class)
    void theWitnessIsNotFoundExactlyAsAnUnknownPersonIs(Reader reader) throws Exception {
        Walker walker = new Walker(reader);
        // the page after the first dispute holds only the second, whose records do not mark the witness
        String secondPage = "?limit=1&after=" + DisputeCursor.after(FIRST);
        for (String prefix : List.of("/api/people/", "/people/")) {
            for (String page : List.of("", secondPage)) {
                HttpResponse<String> witness = walker.get(prefix + WITNESS_ID + page);
                HttpResponse<String> unknown = walker.get(prefix + "witness-8" + page);

                assertThat(witness.statusCode()).as(prefix + page).isEqualTo(404);
                assertThat(withoutCsrf(witness.body())).as(prefix + page)
                        .isEqualTo(withoutCsrf(unknown.body()).replace("witness-8", WITNESS_ID));
            }
        }
    }

    @Test
    void anAuditorFollowsTheWitnessThroughBothDisputes() {
        Http.Response witness = http.get("/api/people/" + WITNESS_ID, TestUsers.basic(Role.AUDITOR));

        assertThat(witness.status()).isEqualTo(200);
        assertThat(witness.json().path("name").asText()).isEqualTo(NAME);
        assertThat(witness.json().path("disputes").findValuesAsText("disputeId")).containsExactly(FIRST, SECOND);
        assertThat(witness.json().has("next")).as("a next page").isFalse();

        // a dispute a page: who the witness is, as the first dispute says, on both pages
        JsonNode first = http.get("/api/people/" + WITNESS_ID + "?limit=1", TestUsers.basic(Role.AUDITOR)).json();
        assertThat(first.path("disputes").findValuesAsText("disputeId")).containsExactly(FIRST);
        JsonNode second = http.get("/api/people/" + WITNESS_ID + "?limit=1&after=" + first.path("next").asText(),
                TestUsers.basic(Role.AUDITOR)).json();
        assertThat(second.path("disputes").findValuesAsText("disputeId")).containsExactly(SECOND);
        assertThat(second.path("name").asText()).isEqualTo(NAME);
        assertThat(second.path("confidential").asBoolean()).isTrue();
        assertThat(second.has("next")).as("a next page").isFalse();
        assertThat(http.get("/api/people/" + WITNESS_ID + "?limit=51", TestUsers.basic(Role.AUDITOR)).json()
                .path("field").asText()).isEqualTo("limit");
    }

    private static String withoutCsrf(String body) {
        return CSRF.matcher(body).replaceAll("");
    }

    @Test
    void theLiveFeedMasksARecordArrivingWithTheName() throws Exception {
        HttpRequest subscribe = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/disputes/"
                + SECOND + "/live")).header("Authorization", TestUsers.basic(Role.VIEWER))
                .header("Accept", "text/event-stream").build();
        HttpResponse<InputStream> feed = HttpClient.newHttpClient().send(subscribe, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(feed.statusCode()).isEqualTo(200);
        try (BufferedReader events = new BufferedReader(new InputStreamReader(feed.body(), StandardCharsets.UTF_8))) {
            assertThat(events.readLine()).isEqualTo("event:ready");
            Source interview = new Source("Radio Azattyq", "Second interview with " + NAME, null, null, null, null,
                    SourceKind.MEDIA, Reliability.FAIRLY_RELIABLE, false);
            commands.sendAndWait(new RecordProtest(SECOND, "vigil", ProtestKind.DEMONSTRATION, List.of(),
                    new Evidence(When.day(2011, 12, 18), new Place("Shetpe", null, "KZ", null), List.of(interview),
                            "A vigil for " + NAME)));
            String data = CompletableFuture.supplyAsync(() -> {
                try {
                    for (String line = events.readLine(); line != null; line = events.readLine()) {
                        if (line.startsWith("data:") && line.contains("A vigil for")) {
                            return line;
                        }
                    }
                    return "";
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(data).contains("A vigil for [confidential person ").doesNotContain(NAMING);
        }
    }

    @Test
    void anAuditorReadsTheName() {
        for (String dispute : List.of(FIRST, SECOND)) {
            for (String path : List.of("/timeline", "/people", "/export.ndjson")) {
                Http.Response answer = http.get("/api/disputes/" + dispute + path, TestUsers.basic(Role.AUDITOR));
                assertThat(answer.status()).isEqualTo(200);
                assertThat(answer.body()).as(dispute + path).contains(NAME);
            }
        }
        Http.Response found = http.get("/api/search?q=nurbekova&kind=detentions", TestUsers.basic(Role.AUDITOR));
        assertThat(found.json().path("hits").findValuesAsText("disputeId")).containsExactly(FIRST, SECOND);
        assertThat(found.body()).contains(NAME);
    }

    @Test
    void aMonitorNamingTheWitnessIsWarnedAndOtherRecordsAreNot() {
        String named = "{\"recordId\":\"named-protest\",\"kind\":\"MARCH\",\"evidence\":{\"when\":{\"on\":\"2011-12-19\","
                + "\"precision\":\"DAY\"},\"where\":{\"name\":\"Aktau\",\"country\":\"KZ\"},\"notes\":\"" + NAME
                + " marched\",\"sources\":[{\"publisher\":\"Radio Azattyq\",\"kind\":\"MEDIA\",\"reliability\":\"FAIRLY_RELIABLE\"}]}}";

        Http.Response warned = http.send("POST", "/api/disputes/" + FIRST + "/protests", TestUsers.basic(Role.MONITOR), named);
        Http.Response plain = http.send("POST", "/api/disputes/" + FIRST + "/protests", TestUsers.basic(Role.MONITOR),
                named.replace("named-protest", "plain-protest").replace(NAME, "A crowd"));

        assertThat(warned.status()).isEqualTo(201);
        assertThat(warned.json().path("warnings").size()).isEqualTo(1);
        assertThat(warned.json().path("warnings").path(0).asText()).isEqualTo(Recording.CONFIDENTIAL_NAMED);
        assertThat(plain.status()).isEqualTo(201);
        assertThat(plain.json().path("warnings").size()).isZero();
    }

    @Test
    void onlyAuditorsChangeConfidentialityAndOthersCannotTellWhoExists() {
        String change = "{\"recordId\":\"%s\",\"personId\":\"%s\",\"confidential\":false,\"reason\":\"She asked\"}";
        String path = "/api/streams/" + FIRST + "/confidentiality";

        Http.Response existing = http.send("POST", path, TestUsers.basic(Role.MONITOR), change.formatted("lift", WITNESS_ID));
        Http.Response unknown = http.send("POST", path, TestUsers.basic(Role.MONITOR), change.formatted("lift", "nobody"));
        Http.Response byAuditor = http.send("POST", path, TestUsers.basic(Role.AUDITOR), change.formatted("lift", "nobody"));

        assertThat(existing.status()).isEqualTo(403);
        assertThat(unknown.status()).isEqualTo(403);
        assertThat(unknown.body()).isEqualTo(existing.body());
        assertThat(byAuditor.status()).isEqualTo(404);
        assertThat(byAuditor.json().path("field").asText()).isEqualTo("personId");
    }

    /** Reads as one reader: the API with Basic (or nothing), the pages signed in through the form. */
    private final class Walker {

        private final Reader reader;
        private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        Walker(Reader reader) throws IOException, InterruptedException {
            this.reader = reader;
            if (reader != Reader.ANONYMOUS) {
                Matcher token = CSRF.matcher(page("/login").body());
                assertThat(token.find()).isTrue();
                String form = "username=" + encode(TestUsers.username(role())) + "&password="
                        + encode(TestUsers.PASSWORD) + "&_csrf=" + encode(token.group(1));
                HttpResponse<String> signedIn = browser.send(request("/login")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(signedIn.statusCode()).isEqualTo(302);
            }
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            if (!path.startsWith("/api/")) {
                return page(path);
            }
            HttpRequest.Builder request = request(path);
            if (reader != Reader.ANONYMOUS) {
                request.header("Authorization", TestUsers.basic(role()));
            }
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        private HttpResponse<String> page(String path) throws IOException, InterruptedException {
            return browser.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
        }

        private Role role() {
            return Role.valueOf(reader.name());
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
