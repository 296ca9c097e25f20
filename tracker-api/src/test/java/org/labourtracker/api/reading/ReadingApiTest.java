package org.labourtracker.api.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.labourtracker.ZhanaozenCase;
import org.labourtracker.api.Http;
import org.labourtracker.api.TestUsers;
import org.labourtracker.api.security.Role;
import org.labourtracker.api.security.UserAccounts;
import org.labourtracker.dispute.CasualtyKind;
import org.labourtracker.dispute.DisputeCommand.ReportCasualties;
import org.labourtracker.dispute.DisputeCommand.RecordProtest;
import org.labourtracker.dispute.ProtestKind;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Person;
import org.labourtracker.evidence.PersonRole;
import org.labourtracker.evidence.When;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Dashboards and auditors read the 2011 case over real HTTP: the views, the list with its filters
 * and cursor, redaction by role, the dispute as known on a date, live updates and rebuilds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:reading-api;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadingApiTest {

    private static final String DISPUTE = ZhanaozenCase.DISPUTE;
    private static final String VIEWER = TestUsers.basic(Role.VIEWER);
    private static final String AUDITOR = TestUsers.basic(Role.AUDITOR);
    /** Kept from the public record to protect his family, as a monitor would decide. */
    private static final Person KARABAYEV = new Person("kurdaibergen-karabayev", "Kurdaibergen Karabayev",
            PersonRole.RELATIVE, true);

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    CommandGateway commands;

    Http http;

    @BeforeAll
    void recordTheCase() {
        TestUsers.createAll(accounts);
        http = new Http(port);
        Stream.concat(ZhanaozenCase.commands().stream(), Stream.of(new ReportCasualties(DISPUTE, "karabayev-daughter",
                        "Death of an activist's 18-year-old daughter", CasualtyKind.KILLED,
                        List.of(new Claim(ZhanaozenCase.WSWS, 1, 1, 1, "the body of the 18-year-old daughter")),
                        List.of(KARABAYEV), ZhanaozenCase.evidence(When.month(2011, 8), ZhanaozenCase.ZHANAOZEN,
                                ZhanaozenCase.WSWS))))
                .forEach(commands::sendAndWait);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Http.Response timeline = http.get("/api/disputes/" + DISPUTE + "/timeline", VIEWER);
            return timeline.status() == 200
                    && timeline.json().path("entries").size() == ZhanaozenCase.commands().size() + 1;
        });
    }

    @Test
    void theSummaryShowsTheEmployersTheDemandsAndTheStatusAfterTheShooting() {
        JsonNode summary = http.get("/api/disputes/" + DISPUTE, VIEWER).json();

        assertThat(summary.path("status").asText()).isEqualTo("SUPPRESSED");
        assertThat(summary.path("employers").findValuesAsText("name")).containsExactly("KarazhanbasMunai", "UzenMunayGas");
        assertThat(summary.path("demands")).hasSize(2);
    }

    @Test
    void theFiguresKeepTheOfficialAndTheIndependentDeathTollsApart() {
        JsonNode figures = http.get("/api/disputes/" + DISPUTE + "/figures", VIEWER).json();

        JsonNode killed = group(figures, "KILLED", ZhanaozenCase.SHOOTING);
        assertThat(killed.at("/spread/official/low").asInt()).isEqualTo(13);
        assertThat(killed.at("/spread/official/high").asInt()).isEqualTo(13);
        assertThat(killed.at("/spread/independent/high").asInt()).isEqualTo(70);
        assertThat(killed.path("claims")).hasSize(3);
    }

    @Test
    void theLegalTrackShowsTheLawyersSentence() {
        JsonNode people = http.get("/api/disputes/" + DISPUTE + "/people", VIEWER).json();

        assertThat(people.toString()).contains("Natalia Sokolova").contains("72");
    }

    @Test
    void aReaderSeesNoConfidentialNameWhereAnAuditorDoes() {
        for (String view : List.of("", "/timeline", "/figures", "/people", "/timeline.csv", "/export.ndjson")) {
            Http.Response asReader = http.get("/api/disputes/" + DISPUTE + view, VIEWER);
            Http.Response asAuditor = http.get("/api/disputes/" + DISPUTE + view, AUDITOR);
            assertThat(asReader.status()).as(view).isEqualTo(200);
            assertThat(asReader.body()).as(view).doesNotContain("Karabayev", "kurdaibergen");
            if (!view.isEmpty() && !view.equals("/figures")) {
                assertThat(asAuditor.body()).as(view).contains("Kurdaibergen Karabayev");
            }
        }
    }

    @Test
    void theListFiltersAndPagesWithACursor() {
        JsonNode all = http.get("/api/disputes?country=KZ&limit=1", VIEWER).json();
        assertThat(all.path("disputes")).hasSize(1);
        assertThat(all.path("disputes").get(0).path("disputeId").asText()).isEqualTo(DISPUTE);

        assertThat(http.get("/api/disputes?country=FR", VIEWER).json().path("disputes")).isEmpty();
        assertThat(http.get("/api/disputes?employer=uzenmunay&status=SUPPRESSED&from=2011-01-01&to=2011-12-31"
                + "&kind=casualties", VIEWER).json().path("disputes")).hasSize(1);
        assertThat(http.get("/api/disputes?kind=abuses", VIEWER).json().path("disputes")).isEmpty();
        assertThat(http.get("/api/disputes?limit=0", VIEWER).status()).isEqualTo(400);
        assertThat(http.get("/api/disputes?after=not-a-cursor!", VIEWER).status()).isEqualTo(400);
    }

    @Test
    void theTimelineIsReadPageByPageInTheSameOrderAndRedactedAlike() {
        for (String reader : List.of(VIEWER, AUDITOR)) {
            JsonNode whole = http.get("/api/disputes/" + DISPUTE + "/timeline?limit=1000", reader).json();
            assertThat(whole.path("next").isTextual()).as("a next page after the last").isFalse();
            List<String> paged = new java.util.ArrayList<>();
            List<Integer> sizes = new java.util.ArrayList<>();
            String cursor = null;
            do {
                Http.Response page = http.get("/api/disputes/" + DISPUTE + "/timeline?limit=7"
                        + (cursor == null ? "" : "&after=" + cursor), reader);
                assertThat(page.status()).as(page.body()).isEqualTo(200);
                sizes.add(page.json().path("entries").size());
                page.json().path("entries").forEach(entry -> paged.add(withoutLeafIndex(entry)));
                cursor = page.json().path("next").isTextual() ? page.json().path("next").asText() : null;
            } while (cursor != null);

            List<String> all = new java.util.ArrayList<>();
            whole.path("entries").forEach(entry -> all.add(withoutLeafIndex(entry)));
            // every record of the case, and those other tests of this class may have added
            int records = all.size();
            assertThat(records).isGreaterThanOrEqualTo(ZhanaozenCase.commands().size() + 1);
            assertThat(paged).containsExactlyElementsOf(all);
            assertThat(sizes.subList(0, sizes.size() - 1)).allMatch(size -> size == 7);
            assertThat(sizes.get(sizes.size() - 1)).isEqualTo(records % 7 == 0 ? 7 : records % 7);
        }
        JsonNode firstPage = http.get("/api/disputes/" + DISPUTE + "/timeline", VIEWER).json();
        assertThat(firstPage.path("entries")).hasSize(Math.min(100,
                http.get("/api/disputes/" + DISPUTE + "/timeline?limit=1000", VIEWER).json().path("entries").size()));
        assertThat(firstPage.toString()).contains("confidential-1").doesNotContain("Karabayev");
    }

    @Test
    void aTimelinePageRefusesABadCursorOrSize() {
        for (String query : List.of("after=not-a-cursor!", "after=bm90IGEgY3Vyc29y", "limit=0", "limit=1001")) {
            Http.Response response = http.get("/api/disputes/" + DISPUTE + "/timeline?" + query, VIEWER);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.json().path("field").asText()).as(query).isEqualTo(query.substring(0, query.indexOf('=')));
        }
    }

    @Test
    void aStreamsRawEventsAreReadPageByPageFollowingTheLinkHeader() {
        Http.Response whole = http.get("/api/audit/streams/" + DISPUTE, AUDITOR);
        assertThat(whole.headers().firstValue("Link")).isEmpty();
        List<String> paged = new java.util.ArrayList<>();
        String next = "/api/audit/streams/" + DISPUTE + "?limit=5";
        int pages = 0;
        while (next != null) {
            Http.Response page = http.get(next, AUDITOR);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            assertThat(page.headers().firstValue("ETag")).isEqualTo(whole.headers().firstValue("ETag"));
            page.json().forEach(event -> paged.add(event.toString()));
            next = page.headers().firstValue("Link")
                    .map(link -> link.substring(link.indexOf("/api/"), link.indexOf('>'))).orElse(null);
            pages++;
        }
        List<String> all = new java.util.ArrayList<>();
        whole.json().forEach(event -> all.add(event.toString()));
        assertThat(paged).containsExactlyElementsOf(all);
        assertThat(pages).isEqualTo((all.size() + 4) / 5);
        assertThat(http.get("/api/audit/streams/" + DISPUTE + "?limit=0", AUDITOR).json().path("field").asText())
                .isEqualTo("limit");
        assertThat(http.get("/api/audit/streams/" + DISPUTE + "?from=-1", AUDITOR).json().path("field").asText())
                .isEqualTo("from");
    }

    @Test
    void theDisputeAsKnownComesWithItsTimelinePageByPageAndRefusesABadCursorOrSize() {
        String asKnown = "/api/audit/disputes/" + DISPUTE + "/as-known?happenedBy=2011-12-31";
        List<String> whole = recordIds(http.get(asKnown + "&limit=1000", AUDITOR).json().path("timeline"));
        List<JsonNode> pages = walk(asKnown + "&limit=7", "timeline", AUDITOR);

        List<String> paged = new java.util.ArrayList<>();
        pages.forEach(page -> paged.addAll(recordIds(page.path("timeline"))));
        assertThat(whole).hasSizeGreaterThanOrEqualTo(ZhanaozenCase.commands().size() + 1);
        assertThat(paged).containsExactlyElementsOf(whole);
        assertThat(pages).hasSize((whole.size() + 6) / 7);
        // every page carries the whole dispute's other views as known then
        assertThat(pages).allSatisfy(page -> assertThat(page.at("/summary/status").asText()).isEqualTo("SUPPRESSED"));
        assertThat(http.get("/api/audit/disputes/" + DISPUTE + "/as-known", AUDITOR).json().at("/timeline/entries"))
                .hasSize(Math.min(100, whole.size()));
        for (String query : List.of("after=not-a-cursor!", "after=bm90IGEgY3Vyc29y", "limit=0", "limit=1001")) {
            Http.Response response = http.get("/api/audit/disputes/" + DISPUTE + "/as-known?" + query, AUDITOR);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.json().path("field").asText()).as(query).isEqualTo(query.substring(0, query.indexOf('=')));
        }
    }

    @Test
    void thePeopleComePageByPageWithTheCasesOnEveryPageAndTheConfidentialRelativeHiddenOnEach() {
        JsonNode whole = http.get("/api/disputes/" + DISPUTE + "/people?limit=1000", VIEWER).json();
        List<JsonNode> pages = walk("/api/disputes/" + DISPUTE + "/people?limit=2", null, VIEWER);

        List<String> paged = new java.util.ArrayList<>();
        pages.forEach(page -> page.path("people").forEach(person -> paged.add(person.toString())));
        List<String> all = new java.util.ArrayList<>();
        whole.path("people").forEach(person -> all.add(person.toString()));
        assertThat(paged).containsExactlyElementsOf(all);
        assertThat(pages).hasSize((all.size() + 1) / 2);
        assertThat(pages).allSatisfy(page -> {
            assertThat(page.path("cases")).isEqualTo(whole.path("cases"));
            assertThat(page.toString()).doesNotContain("Karabayev", "kurdaibergen");
        });
        assertThat(paged.toString()).contains("confidential-1", "Natalia Sokolova");
        assertThat(http.get("/api/disputes/" + DISPUTE + "/people?limit=1000", AUDITOR).body())
                .contains("Kurdaibergen Karabayev");
        for (String query : List.of("after=not-a-cursor!", "after=bm9ib2R5", "limit=0", "limit=1001")) {
            Http.Response response = http.get("/api/disputes/" + DISPUTE + "/people?" + query, VIEWER);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.json().path("field").asText()).as(query).isEqualTo(query.substring(0, query.indexOf('=')));
        }
    }

    @Test
    void theFiguresClaimsComePageByPageGroupByGroupAsTheFiguresListThem() {
        JsonNode figures = http.get("/api/disputes/" + DISPUTE + "/figures", VIEWER).json();
        List<String> listed = new java.util.ArrayList<>();
        figures.path("groups").forEach(group -> group.path("claims").forEach(claim -> listed.add(
                group.path("kind").asText() + " " + group.path("incident").asText() + " " + claim)));
        List<JsonNode> pages = walk("/api/disputes/" + DISPUTE + "/figures/claims?limit=4", null, VIEWER);

        List<String> paged = new java.util.ArrayList<>();
        pages.forEach(page -> page.path("claims").forEach(claim -> paged.add(
                claim.path("kind").asText() + " " + claim.path("incident").asText() + " " + claim.path("claim"))));
        assertThat(listed).hasSizeGreaterThan(ZhanaozenCase.commands().size() / 4);
        assertThat(paged).containsExactlyElementsOf(listed);
        assertThat(pages).hasSize((listed.size() + 3) / 4);
        assertThat(http.get("/api/disputes/" + DISPUTE + "/figures/claims?limit=0", VIEWER).json().path("field")
                .asText()).isEqualTo("limit");
        assertThat(http.get("/api/disputes/" + DISPUTE + "/figures/claims?after=bm9uZQ", VIEWER).json().path("field")
                .asText()).isEqualTo("after");
        assertThat(http.get("/api/disputes/no-such-dispute/figures/claims", VIEWER).status()).isEqualTo(404);
    }

    @Test
    void eachGroupOfFiguresGivesItsFirstClaimsAndHowManyItHasInAll() {
        JsonNode whole = http.get("/api/disputes/" + DISPUTE + "/figures", VIEWER).json();
        JsonNode first = http.get("/api/disputes/" + DISPUTE + "/figures?claimsPerGroup=1", VIEWER).json();

        assertThat(first.path("groups")).hasSameSizeAs(whole.path("groups"));
        int shortened = 0;
        for (int g = 0; g < whole.path("groups").size(); g++) {
            JsonNode all = whole.path("groups").get(g);
            JsonNode one = first.path("groups").get(g);
            assertThat(all.path("claimCount").asInt()).isEqualTo(all.path("claims").size());
            assertThat(one.path("claimCount").asInt()).isEqualTo(all.path("claimCount").asInt());
            assertThat(one.path("recordCount").asInt()).isEqualTo(all.path("recordIds").size());
            assertThat(one.path("spread")).isEqualTo(all.path("spread"));
            assertThat(one.path("claims")).containsExactly(all.path("claims").get(0));
            assertThat(one.path("recordIds")).containsExactly(all.path("claims").get(0).path("recordId"));
            shortened += all.path("claims").size() > 1 ? 1 : 0;
        }
        // some group had more than one claim to leave out (the shooting's deaths: official and independent counts)
        assertThat(shortened).isPositive();
        assertThat(http.get("/api/disputes/" + DISPUTE + "/figures?claimsPerGroup=-1", VIEWER).json().path("field")
                .asText()).isEqualTo("claimsPerGroup");
        assertThat(http.get("/api/audit/disputes/" + DISPUTE + "/as-known?claimsPerGroup=1", AUDITOR).json()
                .path("figures").path("groups").findValues("claims")).allSatisfy(claims ->
                assertThat(claims.size()).isLessThanOrEqualTo(1));
        assertThat(http.get("/api/audit/disputes/" + DISPUTE + "/as-known?claimsPerGroup=1001", AUDITOR).json()
                .path("field").asText()).isEqualTo("claimsPerGroup");
    }

    @Test
    void theGroupsOfFiguresComePageByPageInTheOrderOfTheWholeList() {
        List<String> whole = groups(http.get("/api/disputes/" + DISPUTE + "/figures", VIEWER).json());
        List<JsonNode> pages = walk("/api/disputes/" + DISPUTE + "/figures?limit=3", null, VIEWER);

        List<String> paged = new java.util.ArrayList<>();
        pages.forEach(page -> paged.addAll(groups(page)));
        assertThat(whole).hasSizeGreaterThan(6);
        assertThat(paged).containsExactlyElementsOf(whole);
        assertThat(pages).hasSize((whole.size() + 2) / 3);
        assertThat(http.get("/api/disputes/" + DISPUTE + "/figures?after=bm9uZQ", VIEWER).json().path("field")
                .asText()).isEqualTo("after");

        // what was known: its figures are paged by figuresAfter, with the timeline's limit
        List<String> audited = groups(http.get("/api/disputes/" + DISPUTE + "/figures", AUDITOR).json());
        String asKnown = "/api/audit/disputes/" + DISPUTE + "/as-known?limit=3";
        JsonNode first = http.get(asKnown, AUDITOR).json().path("figures");
        JsonNode second = http.get(asKnown + "&figuresAfter=" + first.path("next").asText(), AUDITOR).json()
                .path("figures");
        assertThat(groups(first)).containsExactlyElementsOf(audited.subList(0, 3));
        assertThat(groups(second)).containsExactlyElementsOf(audited.subList(3, 6));
        assertThat(http.get(asKnown + "&figuresAfter=bm9uZQ", AUDITOR).json().path("field").asText())
                .isEqualTo("figuresAfter");
    }

    private static List<String> groups(JsonNode figures) {
        List<String> groups = new java.util.ArrayList<>();
        figures.path("groups").forEach(group -> groups.add(group.toString()));
        return groups;
    }

    @Test
    void whatChangedInADisputeIsReadPageByPageFollowingTheLinkHeader() {
        Http.Response whole = http.get("/api/audit/disputes/" + DISPUTE + "/changes?limit=1000", AUDITOR);
        assertThat(whole.headers().firstValue("Link")).isEmpty();
        List<String> paged = new java.util.ArrayList<>();
        String next = "/api/audit/disputes/" + DISPUTE + "/changes?limit=5";
        int pages = 0;
        while (next != null) {
            Http.Response page = http.get(next, AUDITOR);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            page.json().forEach(change -> paged.add(change.toString()));
            next = page.headers().firstValue("Link")
                    .map(link -> link.substring(link.indexOf("/api/"), link.indexOf('>'))).orElse(null);
            pages++;
        }
        List<String> all = new java.util.ArrayList<>();
        whole.json().forEach(change -> all.add(change.toString()));
        assertThat(all).hasSizeGreaterThan(ZhanaozenCase.commands().size());
        assertThat(paged).containsExactlyElementsOf(all);
        assertThat(pages).isEqualTo((all.size() + 4) / 5);
        assertThat(http.get("/api/audit/disputes/" + DISPUTE + "/changes?after=bm9uZQ", AUDITOR).json().path("field")
                .asText()).isEqualTo("after");
    }

    /** Every page of a list, following each next (in the body, or inside {@code field} when given). */
    private List<JsonNode> walk(String first, String field, String reader) {
        List<JsonNode> pages = new java.util.ArrayList<>();
        String cursor = null;
        do {
            Http.Response page = http.get(first + (cursor == null ? "" : "&after=" + cursor), reader);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            pages.add(page.json());
            JsonNode next = (field == null ? page.json() : page.json().path(field)).path("next");
            cursor = next.isTextual() ? next.asText() : null;
        } while (cursor != null);
        return pages;
    }

    private static List<String> recordIds(JsonNode timeline) {
        List<String> ids = new java.util.ArrayList<>();
        timeline.path("entries").forEach(entry -> ids.add(entry.path("streamId").asText() + "/"
                + entry.path("recordId").asText()));
        return ids;
    }

    private static String withoutLeafIndex(JsonNode entry) {
        return ((com.fasterxml.jackson.databind.node.ObjectNode) entry.deepCopy()).without("leafIndex").toString();
    }

    @Test
    void anUnknownDisputeIsNotFound() {
        Http.Response response = http.get("/api/disputes/no-such-dispute/timeline", VIEWER);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anAuditorSeesTheDisputeAsItWasKnownBeforeTheShootingHappened() {
        JsonNode before = http.get("/api/audit/disputes/" + DISPUTE + "/as-known?happenedBy=2011-12-15", AUDITOR).json();
        JsonNode after = http.get("/api/audit/disputes/" + DISPUTE + "/as-known?happenedBy=2011-12-31", AUDITOR).json();

        assertThat(before.at("/summary/status").asText()).isEqualTo("ACTIVE");
        assertThat(after.at("/summary/status").asText()).isEqualTo("SUPPRESSED");
        assertThat(http.get("/api/audit/disputes/" + DISPUTE + "/as-known?knownAt=yesterday", AUDITOR).status())
                .isEqualTo(400);
        assertThat(http.get("/api/audit/disputes/" + DISPUTE + "/as-known", TestUsers.basic(Role.MONITOR)).status())
                .isEqualTo(403);
    }

    @Test
    void anAuditorSeesWhatChangedBetweenTwoTimesInTheOrderRecorded() {
        JsonNode timeline = http.get("/api/disputes/" + DISPUTE + "/timeline", AUDITOR).json().path("entries");
        int edits = 0;
        for (JsonNode entry : timeline) {
            edits += entry.path("edits").size();
        }

        JsonNode everything = http.get("/api/audit/disputes/" + DISPUTE + "/changes", AUDITOR).json();
        assertThat(everything).hasSize(timeline.size() + edits);
        for (int i = 1; i < everything.size(); i++) {
            assertThat(Instant.parse(everything.get(i).path("recordedAt").asText()))
                    .isAfterOrEqualTo(Instant.parse(everything.get(i - 1).path("recordedAt").asText()));
        }
        String firstRecorded = everything.get(0).path("recordedAt").asText();
        assertThat(http.get("/api/audit/disputes/" + DISPUTE + "/changes?from=" + firstRecorded, AUDITOR).json())
                .hasSize(everything.size() - 1);
        assertThat(http.get("/api/audit/disputes/" + DISPUTE + "/changes?to=2011-12-20", AUDITOR).json()).isEmpty();

        Http.Response backwards = http.get("/api/audit/disputes/" + DISPUTE + "/changes?from=2030-01-01&to=2029-01-01",
                AUDITOR);
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().path("field").asText()).isEqualTo("from");
        Http.Response unreadable = http.get("/api/audit/disputes/" + DISPUTE + "/changes?to=yesterday", AUDITOR);
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.json().path("field").asText()).isEqualTo("to");
        assertThat(http.get("/api/audit/disputes/" + DISPUTE + "/changes", TestUsers.basic(Role.MONITOR)).status())
                .isEqualTo(403);
    }

    @Test
    void aLiveReaderIsSentANewRecordWithoutAsking() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        HttpRequest subscribe = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/disputes/"
                        + DISPUTE + "/live"))
                .header("Authorization", VIEWER).header("Accept", "text/event-stream").build();
        CompletableFuture<HttpResponse<Stream<String>>> stream = HttpClient.newHttpClient()
                .sendAsync(subscribe, HttpResponse.BodyHandlers.ofLines());
        stream.thenAccept(response -> response.body().forEach(received::add));
        await().atMost(Duration.ofSeconds(10)).until(() -> received.contains("event:ready"));

        commands.sendAndWait(new RecordProtest(DISPUTE, "white-flags", ProtestKind.DEMONSTRATION, List.of(),
                ZhanaozenCase.evidence(When.day(2011, 12, 17), ZhanaozenCase.ZHANAOZEN, ZhanaozenCase.WSWS)));

        // each view sends its update once the record store has the record, in no set order
        await().atMost(Duration.ofSeconds(10)).until(() -> received.contains("event:timeline")
                && received.stream().anyMatch(line -> line.startsWith("data:") && line.contains("white-flags")));
        stream.cancel(true);
    }

    @Test
    void anAdministratorRebuildsAReadModelAndWatchesItFinish() {
        String admin = TestUsers.basic(Role.ADMIN);

        Http.Response started = http.send("POST", "/api/admin/read-models/dispute-records/rebuild", admin, null);

        assertThat(started.status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                http.get("/api/admin/read-models/dispute-records", admin).json().path("done").asBoolean());
        assertThat(group(http.get("/api/disputes/" + DISPUTE + "/figures", VIEWER).json(), "KILLED",
                ZhanaozenCase.SHOOTING).at("/spread/official/low").asInt()).isEqualTo(13);
        assertThat(http.get("/api/admin/dead-letters", admin).json()).isEmpty();
        Http.Response tooMany = http.get("/api/admin/dead-letters?limit=1001", admin);
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().path("field").asText()).isEqualTo("limit");
        assertThat(http.get("/api/admin/read-models", admin).json().findValuesAsText("processor"))
                .containsExactly("dispute-records");
        JsonNode retried = http.send("POST", "/api/admin/dead-letters/dispute-records/retry", admin, null).json();
        assertThat(retried.path("retried").asInt()).isZero();
        assertThat(retried.path("remaining").asInt()).isZero();
        assertThat(http.send("POST", "/api/admin/read-models/no-such-model/rebuild", admin, null).status())
                .isEqualTo(404);
        assertThat(http.send("POST", "/api/admin/read-models/dispute-records/rebuild",
                TestUsers.basic(Role.MONITOR), null).status()).isEqualTo(403);
    }

    private static JsonNode group(JsonNode figures, String kind, String incident) {
        for (JsonNode group : figures.path("groups")) {
            if (kind.equals(group.path("kind").asText()) && incident.equals(group.path("incident").asText())) {
                return group;
            }
        }
        throw new AssertionError("no " + kind + " figures for " + incident + " in " + figures);
    }
}
