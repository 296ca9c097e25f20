package org.labourtracker.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourtracker.ZhanaozenCase;
import org.labourtracker.api.Http;
import org.labourtracker.api.TestUsers;
import org.labourtracker.api.security.Role;
import org.labourtracker.dispute.DisputeCommand;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The tracker, run as its own process on a file database, is killed with SIGKILL while monitors
 * are recording the 2011 case into several disputes at once, and started again on the same files.
 * Every record it acknowledged (201) is in the store exactly once, in gap-free streams with an
 * intact hash chain; what was cut off can be sent again and is then recorded once; and every read
 * model catches up with the head of the store, each dispute's timeline showing every stored record.
 */
class CrashRecoveryTest {

    private static final int DISPUTES = 3;
    private static final int CLIENTS = 6;
    /** Acknowledged records before the kill: enough for every client to be well into its work. */
    private static final int ACKNOWLEDGED_BEFORE_KILL = 120;
    private static final Duration STARTUP = Duration.ofSeconds(90);
    /**
     * The restarted read side waits for the dead process's claims on its processors' segments to
     * time out (Axon's token claims last 10 seconds) before it catches up.
     */
    private static final Duration CATCH_UP = Duration.ofSeconds(60);
    /** What a process killed by SIGKILL exits with. */
    private static final int KILLED = 128 + 9;

    /** Records of the case that can be entered any number of times under new record ids. */
    private static final List<Object> REPEATABLE = ZhanaozenCase.commands().stream()
            .filter(command -> command instanceof DisputeCommand.RecordStrike
                    || command instanceof DisputeCommand.RecordProtest
                    || command instanceof DisputeCommand.RecordEmployerResponse
                    || command instanceof DisputeCommand.RecordStateAction
                    || command instanceof DisputeCommand.ReportCasualties
                    || command instanceof DisputeCommand.ReportDetentions)
            .toList();

    @TempDir
    Path directory;

    private final List<TrackerProcess> runs = new ArrayList<>();
    /** Bearer tokens, as automated clients sign in: a password check on every request would dominate the load. */
    private String monitor;
    private String auditor;

    /** A record a client sent: where, and its body, to send again if it was cut off. */
    record Sent(String dispute, String path, String recordId, String body) {
    }

    /** What the clients saw while the tracker was under load. */
    static final class Load {
        final Map<String, Sent> acknowledged = new ConcurrentHashMap<>();
        final Map<String, Sent> cutOff = new ConcurrentHashMap<>();
        final Queue<String> unexpected = new ConcurrentLinkedQueue<>();
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicBoolean killed = new AtomicBoolean();
        final CountDownLatch enough = new CountDownLatch(ACKNOWLEDGED_BEFORE_KILL);
    }

    @AfterEach
    void noTrackerIsLeftRunning() throws InterruptedException {
        for (TrackerProcess run : runs) {
            run.close();
        }
    }

    @Test
    void everyAcknowledgedRecordSurvivesAKillMidLoadExactlyOnceAndTheReadSideCatchesUp() throws Exception {
        Path database = directory.resolve("tracker");
        Path log = directory.resolve("tracker.log");
        try {
            TrackerProcess first = started(database, log);
            monitor = signedIn(first.http, Role.MONITOR);
            auditor = signedIn(first.http, Role.AUDITOR);
            List<String> disputes = IntStream.range(0, DISPUTES).mapToObj(n -> "mangystau-crash-" + n).toList();
            for (String dispute : disputes) {
                Object open = ZhanaozenCase.commands().get(0);
                Http.Response opened = first.http.send("POST", Posting.path(open, dispute), monitor,
                        Posting.body(open, dispute).toString());
                assertThat(opened.status()).as(opened.body()).isEqualTo(201);
            }

            Load load = killedUnderLoad(first, disputes);

            TrackerProcess second = started(database, log);
            Map<String, List<JsonNode>> streams = streams(second.http);
            assertThat(streams.keySet()).containsExactlyInAnyOrderElementsOf(disputes);
            assertThat(load.acknowledged.values()).as("acknowledged, yet not stored after the restart")
                    .filteredOn(sent -> !recordIds(streams.get(sent.dispute())).contains(sent.recordId()))
                    .extracting(Sent::recordId).isEmpty();
            streams.forEach((dispute, events) -> assertThat(recordIds(events)).as("records of " + dispute)
                    .allMatch(recordId -> recordId.equals("open") || load.acknowledged.containsKey(recordId)
                            || load.cutOff.containsKey(recordId)));
            assertWholeAndIntact(second.http, streams);

            for (Sent sent : load.cutOff.values()) {
                Http.Response retry = second.http.send("POST", sent.path(), monitor, sent.body());
                assertThat(retry.status()).as("retry of %s: %s", sent.recordId(), retry.body()).isEqualTo(201);
            }
            Map<String, List<JsonNode>> afterRetries = streams(second.http);
            assertThat(load.cutOff.values()).as("cut off, sent again, and not stored")
                    .filteredOn(sent -> !recordIds(afterRetries.get(sent.dispute())).contains(sent.recordId()))
                    .extracting(Sent::recordId).isEmpty();
            assertWholeAndIntact(second.http, afterRetries);

            long head = afterRetries.values().stream().flatMap(List::stream)
                    .mapToLong(event -> event.path("globalIndex").asLong()).max().orElseThrow();
            await().atMost(CATCH_UP).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                    assertThat(readModels(second.http)).allSatisfy(readModel -> {
                        assertThat(readModel.path("done").asBoolean()).as(readModel.toString()).isTrue();
                        assertThat(readModel.path("segments")).as(readModel.toString()).isNotEmpty()
                                .allSatisfy(segment -> assertThat(segment.path("position").asLong()).isGreaterThanOrEqualTo(head));
                    }));
            for (String dispute : disputes) {
                Set<String> stored = Set.copyOf(recordIds(afterRetries.get(dispute)));
                await().atMost(CATCH_UP).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                        assertThat(timeline(second.http, dispute)).as("timeline of " + dispute)
                                .containsExactlyInAnyOrderElementsOf(stored));
            }
        } catch (Throwable failure) {
            System.err.println("--- end of the tracker's log, " + log + " ---");
            System.err.println(runs.isEmpty() ? "" : runs.get(0).logTail(200));
            throw failure;
        }
    }

    private TrackerProcess started(Path database, Path log) throws Exception {
        TrackerProcess run = TrackerProcess.start(database, log);
        runs.add(run);
        run.awaitReady(STARTUP);
        return run;
    }

    /** Creates the test user of this role and signs it in with a bearer token, good across restarts. */
    private static String signedIn(Http http, Role role) {
        String user = Posting.JSON.createObjectNode().put("username", TestUsers.username(role))
                .put("password", TestUsers.PASSWORD).put("role", role.name()).toString();
        assertThat(http.send("POST", "/api/admin/users", TrackerProcess.admin(), user).status()).isEqualTo(201);
        Http.Response token = http.send("POST", "/api/tokens", TestUsers.basic(role), null);
        assertThat(token.status()).as(token.body()).isEqualTo(200);
        return Http.bearer(token.json().path("token").asText());
    }

    /**
     * Clients record concurrently, two to a dispute, until enough is acknowledged; then the tracker
     * is killed while requests are in flight, and each client stops at the request that was cut off.
     */
    private Load killedUnderLoad(TrackerProcess tracker, List<String> disputes) throws Exception {
        Load load = new Load();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int client = 0; client < CLIENTS; client++) {
            int id = client;
            clients.submit(() -> record(new Http(tracker.port), id, disputes.get(id % DISPUTES), load));
        }
        assertThat(load.enough.await(60, TimeUnit.SECONDS)).as("records acknowledged before the kill").isTrue();
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(1)).until(() -> load.inFlight.get() >= 2);
        load.killed.set(true);
        int exit = tracker.kill();
        clients.shutdown();
        assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        System.out.printf("Killed the tracker with %d records acknowledged and %d cut off in flight%n",
                load.acknowledged.size(), load.cutOff.size());
        assertThat(exit).as("exit code").isEqualTo(KILLED);
        assertThat(load.unexpected).isEmpty();
        assertThat(load.cutOff).as("requests in flight when the tracker was killed").isNotEmpty();
        return load;
    }

    /** One monitor's client: records until the tracker is killed under it. */
    private void record(Http http, int client, String dispute, Load load) {
        for (int n = 0; ; n++) {
            Object command = REPEATABLE.get(n % REPEATABLE.size());
            String recordId = "c" + client + "-" + n;
            Sent sent = new Sent(dispute, Posting.path(command, dispute), recordId,
                    Posting.body(command, dispute, recordId).toString());
            Http.Response response;
            load.inFlight.incrementAndGet();
            try {
                response = http.send("POST", sent.path(), monitor, sent.body());
            } catch (UncheckedIOException connectionLost) {
                load.cutOff.put(recordId, sent);
                return;
            } finally {
                load.inFlight.decrementAndGet();
            }
            if (response.status() == 201) {
                load.acknowledged.put(recordId, sent);
                load.enough.countDown();
            } else if (!load.killed.get()) {
                load.unexpected.add(recordId + " answered " + response.status() + ": " + response.body());
                return;
            }
        }
    }

    /** Every stored event by stream, read through the auditors' change feed, page by page. */
    private Map<String, List<JsonNode>> streams(Http http) {
        Map<String, List<JsonNode>> streams = new HashMap<>();
        String cursor = null;
        while (true) {
            Http.Response page = http.get("/api/audit/changes?limit=200" + (cursor == null ? "" : "&after=" + cursor),
                    auditor);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            JsonNode events = page.json().path("events");
            if (events.isEmpty()) {
                return streams;
            }
            events.forEach(event -> streams.computeIfAbsent(event.path("streamId").asText(), id -> new ArrayList<>())
                    .add(event));
            cursor = page.json().path("next").asText();
        }
    }

    private static List<String> recordIds(List<JsonNode> events) {
        return events.stream().map(event -> event.at("/record/recordId").asText()).toList();
    }

    /** Each stream numbered 0, 1, 2 ... with no record twice, and every hash chain intact. */
    private void assertWholeAndIntact(Http http, Map<String, List<JsonNode>> streams) {
        streams.forEach((stream, events) -> {
            assertThat(events).extracting(event -> event.path("sequenceNumber").asLong()).as("sequence of " + stream)
                    .containsExactlyElementsOf(IntStream.range(0, events.size()).mapToObj(Long::valueOf).toList());
            assertThat(recordIds(events)).as("records of " + stream).doesNotHaveDuplicates();
        });
        JsonNode report = http.get("/api/audit/integrity", auditor).json();
        assertThat(report.path("intact").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.path("eventsChecked").asLong())
                .isEqualTo(streams.values().stream().mapToLong(List::size).sum());
    }

    /** How far each read model's processor has come, as administrators see it. */
    private static JsonNode readModels(Http http) {
        Http.Response response = http.get("/api/admin/read-models", TrackerProcess.admin());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json()).isNotEmpty();
        return response.json();
    }

    /** The record ids that the dispute's timeline, a read model, shows, page after page. */
    private List<String> timeline(Http http, String dispute) {
        List<String> recordIds = new ArrayList<>();
        String cursor = null;
        do {
            Http.Response response = http.get("/api/disputes/" + dispute + "/timeline"
                    + (cursor == null ? "" : "?after=" + cursor), auditor);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            response.json().path("entries").forEach(entry -> recordIds.add(entry.path("recordId").asText()));
            cursor = response.json().path("next").isTextual() ? response.json().path("next").asText() : null;
        } while (cursor != null);
        return recordIds;
    }
}
