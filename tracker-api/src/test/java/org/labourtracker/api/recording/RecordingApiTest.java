package org.labourtracker.api.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.labourtracker.ZhanaozenCase;
import org.labourtracker.api.Http;
import org.labourtracker.api.TestUsers;
import org.labourtracker.api.security.Role;
import org.labourtracker.api.security.UserAccounts;
import org.labourtracker.dispute.DisputeCommand;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Monitors record the 2011 case over real HTTP; every kind of bad request is answered with a
 * problem document naming the field, and leaves the event store as it was.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:recording-api;DB_CLOSE_DELAY=-1")
class RecordingApiTest {

    private static final String MONITOR = TestUsers.basic(Role.MONITOR);

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    Http http;

    @BeforeEach
    void setUp() {
        TestUsers.createAll(accounts);
        http = new Http(port);
    }

    @Test
    void aMonitorRecordsTheWholeCaseAndIsNamedAsItsRecorder() throws Exception {
        String dispute = "case-" + System.nanoTime();
        for (Object command : ZhanaozenCase.commands()) {
            Http.Response response = http.send("POST", path(command, dispute), MONITOR, body(command, dispute));
            assertThat(response.status()).as(response.body()).isEqualTo(201);
            assertThat(response.headers().firstValue("ETag")).isPresent();
        }

        Http.Response stream = http.get("/api/audit/streams/" + dispute, TestUsers.basic(Role.AUDITOR));
        assertThat(stream.status()).isEqualTo(200);
        assertThat(stream.json()).hasSize((int) ZhanaozenCase.commands().stream()
                .filter(command -> !(command instanceof org.labourtracker.legal.CaseCommand)).count());
        assertThat(stream.json()).allSatisfy(event -> {
            assertThat(event.at("/metaData/recordedBy").asText()).isEqualTo(TestUsers.username(Role.MONITOR));
            assertThat(event.at("/metaData/hash").asText()).hasSize(64);
        });
        JsonNode killed = find(stream.json(), "shooting-killed");
        assertThat(killed.at("/record/claims/0/source/kind").asText()).isEqualTo("OFFICIAL");
        assertThat(killed.at("/record/claims/0/best").asInt()).isEqualTo(13);
        assertThat(killed.at("/record/claims/1/best").asInt()).isEqualTo(70);
    }

    @Test
    void openingADisputeAnswersWithItsAddressAndVersion() throws Exception {
        String dispute = "open-" + System.nanoTime();
        Object open = ZhanaozenCase.commands().get(0);

        Http.Response response = http.send("POST", "/api/disputes", MONITOR, body(open, dispute));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).hasValue("/api/disputes/" + dispute);
        assertThat(response.headers().firstValue("ETag")).hasValue("\"0\"");
        assertThat(response.json().path("recordId").asText()).isEqualTo("open");
    }

    /**
     * A dispute opened by mistake is withdrawn by retracting its opening record: it is no longer
     * summarised or listed, and its records stay in its timeline, the opening marked retracted.
     */
    @Test
    void retractingItsOpeningWithdrawsADisputeAndKeepsItsTimeline() throws Exception {
        String dispute = "withdrawn-" + System.nanoTime();
        String reader = TestUsers.basic(Role.VIEWER);
        assertThat(http.send("POST", "/api/disputes", MONITOR, body(ZhanaozenCase.commands().get(0), dispute))
                .status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get("/api/disputes/" + dispute, reader).status() == 200);
        assertThat(http.get("/api/disputes?limit=200", reader).json().path("disputes").findValuesAsText("disputeId"))
                .contains(dispute);

        Http.Response retracted = http.send("POST", "/api/streams/" + dispute + "/retractions", MONITOR,
                "{\"retractedRecordId\": \"open\", \"reason\": \"opened twice by mistake\"}");
        assertThat(retracted.status()).as(retracted.body()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(30)).until(() -> http.get("/api/disputes/" + dispute, reader).status() == 404);
        assertThat(http.get("/api/disputes/" + dispute, reader).json().path("detail").asText()).isEqualTo("disputeId"
                + " names a withdrawn dispute, " + dispute + ": its opening record no longer stands; its timeline and"
                + " audit trail remain");
        assertThat(http.get("/api/disputes/no-such-" + dispute, reader).json().path("reason").asText())
                .isEqualTo("no dispute no-such-" + dispute + " is known");
        assertThat(http.get("/api/disputes?limit=200", reader).json().path("disputes").findValuesAsText("disputeId"))
                .doesNotContain(dispute);
        Http.Response timeline = http.get("/api/disputes/" + dispute + "/timeline", reader);
        assertThat(timeline.status()).isEqualTo(200);
        assertThat(timeline.json().path("entries").get(0).path("recordId").asText()).isEqualTo("open");
        assertThat(timeline.json().path("entries").get(0).path("standing").asText()).isEqualTo("RETRACTED");
    }

    @Test
    void aRetriedRequestWithTheSameIdempotencyKeyRecordsOnce() throws Exception {
        String dispute = opened();
        ObjectNode strike = (ObjectNode) json.readTree(body(ZhanaozenCase.commands().get(2), dispute));
        strike.remove("recordId");
        long before = events();

        Map<String, String> key = Map.of("Idempotency-Key", "retry-" + dispute);
        Http.Response first = http.send("POST", "/api/disputes/" + dispute + "/strikes", MONITOR, strike.toString(), key);
        Http.Response retry = http.send("POST", "/api/disputes/" + dispute + "/strikes", MONITOR, strike.toString(), key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().path("recordId").asText()).isEqualTo("retry-" + dispute);
        assertThat(events()).isEqualTo(before + 1);
    }

    @Test
    void anIdempotencyKeyReusedWithOtherContentIsAConflictNamingTheStoredRecordAndRecordsNothing() throws Exception {
        String dispute = opened();
        ObjectNode strike = (ObjectNode) json.readTree(body(ZhanaozenCase.commands().get(2), dispute));
        strike.remove("recordId");
        Map<String, String> key = Map.of("Idempotency-Key", "reused-" + dispute);
        String strikes = "/api/disputes/" + dispute + "/strikes";
        assertThat(http.send("POST", strikes, MONITOR, strike.toString(), key).status()).isEqualTo(201);
        long before = events();

        strike.put("employer", "Ersai Caspian Contractor");
        Http.Response changed = http.send("POST", strikes, MONITOR, strike.toString(), key);

        assertThat(changed.status()).isEqualTo(409);
        assertThat(changed.contentType()).startsWith("application/problem+json");
        assertThat(changed.json().path("type").asText()).isEqualTo("https://labour-tracker.org/problems/record-id-reused");
        assertThat(changed.json().path("recordId").asText()).isEqualTo("reused-" + dispute);
        assertThat(changed.json().path("streamId").asText()).isEqualTo(dispute);
        assertThat(changed.json().path("storedKind").asText()).isEqualTo("StrikeRecorded");
        assertThat(changed.json().path("differingFields").toString()).isEqualTo("[\"employer\"]");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aRecordIdReusedForAnotherKindOfRecordIsAConflict() throws Exception {
        String dispute = opened();
        ObjectNode strike = (ObjectNode) json.readTree(body(ZhanaozenCase.commands().get(2), dispute));
        long before = events();

        String opening = json.readTree(body(ZhanaozenCase.commands().get(0), dispute)).path("recordId").asText();
        strike.put("recordId", opening);
        Http.Response taken = http.send("POST", "/api/disputes/" + dispute + "/strikes", MONITOR, strike.toString());

        assertThat(taken.status()).as(taken.body()).isEqualTo(409);
        assertThat(taken.json().path("storedKind").asText()).isEqualTo("DisputeOpened");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aStaleVersionIsAConflictThatNamesTheCurrentVersionAndRecordsNothing() throws Exception {
        String dispute = opened();
        Http.Response demand = http.send("POST", "/api/disputes/" + dispute + "/demands", MONITOR,
                body(ZhanaozenCase.commands().get(1), dispute), Map.of("If-Match", "\"0\""));
        assertThat(demand.status()).isEqualTo(201);
        long before = events();

        Http.Response stale = http.send("POST", "/api/disputes/" + dispute + "/strikes", MONITOR,
                body(ZhanaozenCase.commands().get(2), dispute), Map.of("If-Match", "\"0\""));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.json().path("currentVersion").asLong()).isEqualTo(1);
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void everyKindOfBadRequestIsAProblemNamingTheFieldAndStoresNothing() throws Exception {
        String dispute = opened();
        String strikes = "/api/disputes/" + dispute + "/strikes";
        ObjectNode strike = (ObjectNode) json.readTree(body(ZhanaozenCase.commands().get(4), dispute));
        long before = events();

        List<Bad> requests = List.of(
                new Bad(strikes, "{\"kind\": \"STARTED\", ", 400, "body"),
                new Bad(strikes, "[1, 2]", 400, "body"),
                new Bad(strikes, with(strike, "/", "colour", "red"), 400, "colour"),
                new Bad(strikes, with(strike, "/", "kind", "WALKOUT"), 400, "kind"),
                new Bad(strikes, with(strike, "/workersOut/0", "high", "18000"), 400, "workersOut[0].high"),
                new Bad(strikes, with(strike, "/evidence/when", "on", "16 December 2011"), 400, "evidence.when.on"),
                new Bad(strikes, with(strike, "/workersOut/0", "low", 20_000), 422, "workersOut[0].low"),
                new Bad(strikes, with(strike, "/workersOut/0", "high", -1), 422, "workersOut[0].high"),
                new Bad(strikes, with(strike, "/evidence", "when", Map.of("on", "2099-01-01", "precision", "DAY")), 422,
                        "evidence.when.on"),
                new Bad(strikes, without(strike, "/evidence", "sources"), 422, "evidence.sources"),
                new Bad(strikes, with(strike, "/", "disputeId", "another-dispute"), 400, "disputeId"),
                new Bad("/api/disputes/no-such-dispute/strikes", with(strike, "/", "disputeId", "no-such-dispute"),
                        404, null),
                new Bad("/api/disputes/" + dispute + "/picnics", strike.toString(), 404, "kind"),
                new Bad("/api/streams/" + dispute + "/retractions",
                        "{\"retractedRecordId\": \"never-recorded\", \"reason\": \"duplicate\"}", 404, "retractedRecordId"));

        for (Bad bad : requests) {
            Http.Response response = http.send("POST", bad.path(), MONITOR, bad.body());
            assertThat(response.status()).as(bad + " answered " + response.body()).isEqualTo(bad.status());
            assertThat(response.contentType()).as(bad.toString()).startsWith("application/problem+json");
            if (bad.field() != null) {
                assertThat(response.json().path("field").asText()).as(bad.toString()).isEqualTo(bad.field());
            }
        }
        assertThat(events()).isEqualTo(before);
    }

    /**
     * The shooting of 16 December 2011 as WSWS told it, sent with three mistakes: the second claim (the
     * campaigners' 70 killed) without its source, the publisher left blank, and the day typed as 2021.
     */
    @Test
    void everyBrokenRuleOfARecordIsNamedAtOnceAndNothingIsRecorded() throws Exception {
        String dispute = opened();
        Object shooting = ZhanaozenCase.commands().stream()
                .filter(command -> command instanceof DisputeCommand.ReportCasualties casualties
                        && casualties.recordId().equals("shooting-killed"))
                .findFirst().orElseThrow();
        ObjectNode casualties = (ObjectNode) json.readTree(body(shooting, dispute));
        ((ObjectNode) casualties.at("/claims/1")).remove("source");
        ((ObjectNode) casualties.at("/evidence/sources/0")).put("publisher", " ");
        ((ObjectNode) casualties.at("/evidence/when")).put("on", "2031-12-16");
        long before = events();

        Http.Response refused = http.send("POST", "/api/disputes/" + dispute + "/casualties", MONITOR,
                casualties.toString());

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().path("type").asText()).isEqualTo("https://labour-tracker.org/problems/rule-broken");
        assertThat(refused.json().path("errors").toString()).isEqualTo("["
                + "{\"field\":\"claims[1].source\",\"reason\":\"is required\"},"
                + "{\"field\":\"evidence.sources[0].publisher\",\"reason\":\"must not be blank\"},"
                + "{\"field\":\"evidence.when.on\",\"reason\":\"must not be in the future\"}]");
        assertThat(refused.json().path("field").asText()).isEqualTo("claims[1].source");
        assertThat(refused.json().path("reason").asText()).isEqualTo("is required");
        assertThat(refused.json().path("detail").asText())
                .isEqualTo("3 rules broken, the first: claims[1].source is required");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() throws Exception {
        String dispute = opened();
        long before = events();
        String huge = "{\"kind\":\"STARTED\",\"employer\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";

        Http.Response response = http.send("POST", "/api/disputes/" + dispute + "/strikes", MONITOR, huge);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void readersCannotRecordAndStrangersAreAskedWhoTheyAre() throws Exception {
        String body = body(ZhanaozenCase.commands().get(0), "viewer-" + System.nanoTime());
        long before = events();

        assertThat(http.send("POST", "/api/disputes", TestUsers.basic(Role.VIEWER), body).status()).isEqualTo(403);
        assertThat(http.send("POST", "/api/disputes", null, body).status()).isEqualTo(401);
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void theChangeFeedPagesThroughEveryEventOnceInStoreOrder() throws Exception {
        opened();
        opened();
        String auditor = TestUsers.basic(Role.AUDITOR);
        List<Long> seen = new java.util.ArrayList<>();
        String cursor = null;
        do {
            Http.Response page = http.get("/api/audit/changes?limit=2" + (cursor == null ? "" : "&after=" + cursor), auditor);
            assertThat(page.status()).isEqualTo(200);
            page.json().path("events").forEach(event -> seen.add(event.path("globalIndex").asLong()));
            cursor = page.json().path("events").isEmpty() ? null : page.json().path("next").asText();
        } while (cursor != null);

        assertThat(seen).hasSize((int) events()).isSorted().doesNotHaveDuplicates();
        assertThat(http.get("/api/audit/changes", MONITOR).status()).isEqualTo(403);
    }

    @Test
    void theIntegrityCheckIsAnAuditorsToRun() {
        Http.Response report = http.get("/api/audit/integrity", TestUsers.basic(Role.AUDITOR));

        assertThat(report.status()).isEqualTo(200);
        assertThat(report.json().path("intact").asBoolean()).isTrue();
    }

    private record Bad(String path, String body, int status, String field) {
    }

    private String opened() throws JsonProcessingException {
        String dispute = "d-" + System.nanoTime();
        Http.Response response = http.send("POST", "/api/disputes", MONITOR, body(ZhanaozenCase.commands().get(0), dispute));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return dispute;
    }

    private long events() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
    }

    /** The command as a client would post it, moved to another dispute (and its cases with it). */
    private String body(Object command, String dispute) throws JsonProcessingException {
        ObjectNode node = json.valueToTree(command);
        if (node.has("disputeId")) {
            node.put("disputeId", dispute);
        }
        if (node.has("caseId")) {
            node.put("caseId", dispute + "-case");
        }
        return node.toString();
    }

    private static String path(Object command, String dispute) {
        String kind = RecordKinds.DISPUTES.kinds.entrySet().stream()
                .filter(entry -> entry.getValue() == command.getClass()).map(Map.Entry::getKey).findFirst()
                .or(() -> RecordKinds.CASES.kinds.entrySet().stream()
                        .filter(entry -> entry.getValue() == command.getClass()).map(Map.Entry::getKey).findFirst()
                        .map(caseKind -> "cases/" + caseKind))
                .orElse(null);
        if (command instanceof DisputeCommand.OpenDispute) {
            return "/api/disputes";
        }
        if (command.getClass() == RecordKinds.CASES.opening) {
            return "/api/cases";
        }
        return kind.startsWith("cases/") ? "/api/cases/" + dispute + "-case/" + kind.substring(6)
                : "/api/disputes/" + dispute + "/" + kind;
    }

    private static JsonNode find(JsonNode events, String recordId) {
        for (JsonNode event : events) {
            if (recordId.equals(event.at("/record/recordId").asText())) {
                return event;
            }
        }
        throw new AssertionError("no record " + recordId);
    }

    private String with(ObjectNode original, String at, String field, Object value) {
        ObjectNode copy = original.deepCopy();
        ObjectNode target = (ObjectNode) copy.at(at.equals("/") ? "" : at);
        target.set(field, json.valueToTree(value));
        return copy.toString();
    }

    private static String without(ObjectNode original, String at, String field) {
        ObjectNode copy = original.deepCopy();
        ((ObjectNode) copy.at(at)).remove(field);
        return copy.toString();
    }
}
