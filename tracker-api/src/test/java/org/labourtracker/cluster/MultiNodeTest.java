package org.labourtracker.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;
import org.labourtracker.TrackerApplication;
import org.labourtracker.ZhanaozenCase;
import org.labourtracker.api.audit.IntegrityCheck;
import org.labourtracker.database.TestPostgres;
import org.labourtracker.dispute.DemandOutcome;
import org.labourtracker.dispute.DisputeCommand.OpenDispute;
import org.labourtracker.dispute.DisputeCommand.RaiseDemand;
import org.labourtracker.dispute.DisputeCommand.RecordDemandOutcome;
import org.labourtracker.dispute.DisputeCommand.RecordProtest;
import org.labourtracker.dispute.DisputeStatus;
import org.labourtracker.dispute.ProtestKind;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Evidence;
import org.labourtracker.evidence.When;
import org.labourtracker.projections.admin.ReplayService;
import org.labourtracker.projections.figures.DisputeFigures;
import org.labourtracker.projections.figures.DisputeFiguresQuery;
import org.labourtracker.projections.overview.Overview;
import org.labourtracker.projections.overview.OverviewQuery;
import org.labourtracker.projections.people.DisputePeople;
import org.labourtracker.projections.people.DisputePeopleQuery;
import org.labourtracker.projections.summary.DisputeSummary;
import org.labourtracker.projections.summary.DisputeSummaryQuery;
import org.labourtracker.projections.timeline.DisputeTimeline;
import org.labourtracker.projections.timeline.DisputeTimelineQuery;
import org.labourtracker.database.SameOnEveryDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Two application nodes on one PostgreSQL database, as behind a load balancer: both take commands,
 * many of them for the same disputes at the same moment, some of them the very same record sent to
 * both. Afterwards the store holds every acknowledged record exactly once, each stream numbered
 * without a hole and hash-chained in order, and both nodes' read models agree; the processors'
 * segments are spread over both nodes, and a read model rebuilt on one node is rebuilt for both.
 * Then one node loses its database mid-processing, as in a crash, leaving its claims behind; the
 * other takes over every segment and processes every event.
 */
@SameOnEveryDatabase
class MultiNodeTest {

    private static final int COMMANDS = 2_000;
    private static final int DISPUTES = 10;
    /** Every this-many-th record is sent through both nodes at once, as by a client retrying elsewhere. */
    private static final int SENT_TWICE_EVERY = 10;
    private static final int THREADS_PER_NODE = 4;
    private static final int AFTER_THE_CRASH = 300;
    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(3);
    // a bound on waiting, not a speed target: a busy 2-core machine took 30-75 s to send the 2,000 commands
    private static final Duration PATIENCE = Duration.ofSeconds(180);
    private static final Evidence EVIDENCE =
            ZhanaozenCase.evidence(When.day(2011, 12, 16), ZhanaozenCase.ZHANAOZEN, ZhanaozenCase.WSWS);

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void twoNodesRecordConcurrentlyLoseAndDoubleNothingAndTheSurvivorFinishesWhenOneDies() throws Exception {
        String database = TestPostgres.url("multi_node_" + Long.toHexString(System.nanoTime()));
        // One after the other: two Spring Boot applications starting at once in one JVM race over the
        // logging system's properties, and one of them can fail to start.
        try (ConfigurableApplicationContext a = node(database, "node-a");
             ConfigurableApplicationContext b = node(database, "node-b")) {
            JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
            List<String> disputes = IntStream.range(0, DISPUTES).mapToObj(i -> "dispute-" + i).toList();

            long started = System.nanoTime();
            Outcomes outcomes = new Outcomes();
            send(List.of(a, b), commandsFor(disputes), outcomes);
            System.out.printf("%d commands through two nodes in %d ms: %d acknowledged, %d conflicts that "
                            + "outlasted the retries%n", outcomes.sent(), (System.nanoTime() - started) / 1_000_000,
                    outcomes.acknowledged.size(), outcomes.conflicts.size());

            assertThat(outcomes.unexpected).as("failures other than write conflicts").isEmpty();
            assertThat(outcomes.acknowledged).as("acknowledged records")
                    .hasSizeGreaterThan(COMMANDS * 9 / 10);
            List<Stored> stored = stored(jdbc);
            assertEveryStreamNumberedWithoutHoles(stored);
            assertThat(stored).extracting(Stored::recordKey).as("every record stored once").doesNotHaveDuplicates();
            Set<String> storedKeys = new HashSet<>(stored.stream().map(Stored::recordKey).toList());
            assertThat(storedKeys).as("every acknowledged record is stored").containsAll(outcomes.acknowledged);
            assertThat(storedKeys).as("nothing but acknowledged records is stored")
                    .containsExactlyInAnyOrderElementsOf(outcomes.acknowledged);
            // an insert that lost a race for a stream position would be rolled back, leaving its global index
            // unused; the stream's lock (api/recording/StreamLocks) lets writers take turns on a stream as stored
            long lostRaces = stored.stream().mapToLong(Stored::globalIndex).max().orElseThrow() - stored.size();
            System.out.printf("%d appends lost a race for their stream position and were retried%n", lostRaces);
            assertThat(lostRaces).as("races for a stream position").isZero();
            awaitTheLogCovers(stored.size(), jdbc);
            assertOneLogWithEveryEventOnce(jdbc);
            IntegrityCheck.Report integrity = a.getBean(IntegrityCheck.class).verify(null);
            assertThat(integrity.findings()).as("hash chains and the log").isEmpty();
            assertThat(integrity.intact()).isTrue();
            assertThat(integrity.eventsChecked()).isEqualTo(stored.size());

            aNodesCachedCopyThatTheOtherMovedOnIsReadAfresh(a, b, disputes.get(0));

            awaitProcessorsAtHead(a, jdbc);
            assertThat(views(a, disputes)).as("node A's read models equal node B's").isEqualTo(views(b, disputes));
            assertThat(timeline(a, disputes.get(0)).entries()).as("the first dispute's timeline")
                    .hasSize((int) stored(jdbc).stream().filter(s -> s.stream().equals(disputes.get(0))).count());
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(owners(jdbc).values())
                    .as("each node claims its share of every processor's segments")
                    .allSatisfy(owners -> assertThat(owners).containsExactlyInAnyOrder("node-a", "node-b")));

            Map<String, Object> before = views(b, disputes);
            a.getBean(ReplayService.class).rebuild("dispute-records");
            // readers on either node are never shown less than before while it runs; each node's progress covers
            // every segment, wherever processed: done means done on both nodes
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> {
                assertThat(views(b, disputes)).as("node B's views while node A rebuilds").isEqualTo(before);
                assertThat(views(a, disputes)).as("node A's views while it rebuilds").isEqualTo(before);
                return a.getBean(ReplayService.class).progress("dispute-records").done();
            });
            for (ConfigurableApplicationContext node : List.of(a, b)) {
                await().atMost(PATIENCE).until(() -> node.getBean(ReplayService.class).progress("dispute-records")
                        .done());
                assertThat(node.getBean(ReplayService.class).progress("dispute-records").segments())
                        .as("segments in the progress").hasSize(2);
                assertThat(views(node, disputes)).as("once the rebuild is done").isEqualTo(before);
            }
            awaitProcessorsAtHead(a, jdbc);
            assertThat(views(a, disputes)).as("after a rebuild on node A, as seen on both nodes")
                    .isEqualTo(before).isEqualTo(views(b, disputes));

            // node B dies mid-processing: its connections are cut at once, its claims stay behind
            List<Object> more = IntStream.range(0, AFTER_THE_CRASH)
                    .mapToObj(i -> (Object) protest(disputes.get(i % DISPUTES), "after-" + i)).toList();
            ExecutorService client = Executors.newSingleThreadExecutor();
            Future<?> recording = client.submit(() -> more.forEach(a.getBean(CommandGateway.class)::sendAndWait));
            client.shutdown();
            await().atMost(PATIENCE).until(() -> count(jdbc) > stored.size() + AFTER_THE_CRASH / 10);
            Set<String> ownedByB = segmentsOwnedBy(jdbc, "node-b");
            b.getBean(HikariDataSource.class).close();
            long died = System.nanoTime();
            assertThat(ownedByB).as("segments node B held when it died").isNotEmpty();
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                    .until(() -> segmentsOwnedBy(jdbc, "node-a").containsAll(ownedByB));
            System.out.printf("node A took over the %d segments of node B in %d ms (claim timeout %s)%n",
                    ownedByB.size(), (System.nanoTime() - died) / 1_000_000,
                    a.getEnvironment().getProperty("axon.eventhandling.tokenstore.claim-timeout"));

            recording.get();
            awaitProcessorsAtHead(a, jdbc);
            assertThat(owners(jdbc).values()).as("node A took over every segment")
                    .allSatisfy(owners -> assertThat(owners).containsOnly("node-a"));
            assertThat(timeline(a, disputes.get(0)).entries()).as("node A processed the events after the crash")
                    .hasSize((int) stored(jdbc).stream().filter(s -> s.stream().equals(disputes.get(0))).count());

            long events = count(jdbc);
            awaitTheLogCovers(events, jdbc);
            assertOneLogWithEveryEventOnce(jdbc);
            theSharedDatabaseTamperedWithIsNamed(a, jdbc, disputes);
        }
    }

    /** Every stored event is one leaf, leaves numbered without a hole, whichever node appended them. */
    private static void assertOneLogWithEveryEventOnce(JdbcTemplate jdbc) {
        long events = count(jdbc);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT global_index) FROM tracker_log_leaf", Long.class))
                .as("events in the log").isEqualTo(events);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tracker_log_leaf", Long.class)).as("leaves").isEqualTo(events);
        assertThat(jdbc.queryForObject("SELECT MAX(leaf_index) FROM tracker_log_leaf", Long.class))
                .as("the last leaf's index").isEqualTo(events - 1);
    }

    /** The log takes every event and a checkpoint covers it within a few seconds of the last record. */
    private static void awaitTheLogCovers(long events, JdbcTemplate jdbc) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT COALESCE(MAX(tree_size), 0) FROM tracker_log_checkpoint", Long.class))
                .as("the latest checkpoint's size; the log: %s, its processor: %s",
                        jdbc.queryForMap("SELECT tree_size FROM tracker_log_state"),
                        jdbc.queryForList("SELECT owner, token FROM token_entry WHERE processor_name = 'transparency-log'"))
                .isEqualTo(events));
    }

    /** Rows changed and removed on the shared database are named by either node's integrity check. */
    private void theSharedDatabaseTamperedWithIsNamed(ConfigurableApplicationContext a, JdbcTemplate jdbc,
                                                      List<String> disputes) {
        String kept = a.getBean(org.labourtracker.api.transparency.Checkpoints.class).latest().orElseThrow().note();
        Map<String, Object> altered = jdbc.queryForMap("SELECT global_index, aggregate_identifier, sequence_number,"
                + " payload FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 3", disputes.get(1));
        jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?",
                new String((byte[]) altered.get("payload"), StandardCharsets.UTF_8).replace("DEMONSTRATION", "STRIKE")
                        .replace("\"recordId\":\"", "\"recordId\":\"x").getBytes(StandardCharsets.UTF_8),
                altered.get("global_index"));
        jdbc.update("DELETE FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 4",
                disputes.get(2));

        IntegrityCheck.Report report = a.getBean(IntegrityCheck.class).verify(null, kept);

        assertThat(report.findings()).extracting(f -> f.problem().name(), f -> f.streamId(), f -> f.sequenceNumber())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("ALTERED", disputes.get(1), 3L),
                        org.assertj.core.groups.Tuple.tuple("MISSING", disputes.get(2), 4L));
        assertThat(report.suppliedCheckpoint().matchesLog()).as("the checkpoint kept proves it").isFalse();
    }

    /**
     * Each node keeps the aggregates it handled in its cache. After node B records on a dispute that
     * node A has cached, A's copy is behind: appending to it fails on the stream position and a rule
     * checked against it can refuse what the stored stream allows. Either way A drops the copy and
     * judges the command again against the stream as stored, so both commands succeed.
     */
    private void aNodesCachedCopyThatTheOtherMovedOnIsReadAfresh(ConfigurableApplicationContext a,
                                                                ConfigurableApplicationContext b, String dispute) {
        CommandGateway nodeA = a.getBean(CommandGateway.class);
        CommandGateway nodeB = b.getBean(CommandGateway.class);
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        long before = count(jdbc);
        nodeA.sendAndWait(protest(dispute, "cached-on-a"));
        nodeB.sendAndWait(protest(dispute, "moved-on-by-b"));
        nodeA.sendAndWait(protest(dispute, "appended-to-a-stale-copy"));
        nodeB.sendAndWait(new RaiseDemand(dispute, "demand-on-b", "stale-demand", "A demand raised on node B",
                EVIDENCE));
        nodeA.sendAndWait(new RecordDemandOutcome(dispute, "outcome-on-a", "stale-demand", DemandOutcome.MET,
                EVIDENCE));
        assertThat(count(jdbc)).isEqualTo(before + 5);
        assertEveryStreamNumberedWithoutHoles(stored(jdbc));
    }

    /** A node as its own application, on the shared database, with short claim times so a test need not wait. */
    private static ConfigurableApplicationContext node(String database, String name) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + TestPostgres.USER,
                "--spring.datasource.password=",
                "--server.port=0",
                "--tracker.cluster.node-id=" + name,
                "--tracker.cluster.heartbeat-interval=500ms",
                "--axon.eventhandling.tokenstore.claim-timeout=" + CLAIM_TIMEOUT.toMillis() + "ms"));
        ReplayService.READ_MODELS.forEach(processor ->
                arguments.add("--axon.eventhandling.processors." + processor + ".token-claim-interval=500"));
        arguments.add("--axon.eventhandling.processors.transparency-log.token-claim-interval=500");
        return new SpringApplicationBuilder(TrackerApplication.class).run(arguments.toArray(String[]::new));
    }

    /** Who did what: record keys ({@code dispute/record}) acknowledged, refused by a lasting conflict, or failing. */
    private static final class Outcomes {
        final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        final Set<String> conflicts = ConcurrentHashMap.newKeySet();
        final Map<String, Throwable> unexpected = new ConcurrentHashMap<>();

        int sent() {
            return acknowledged.size() + conflicts.size() + unexpected.size();
        }
    }

    /** Every dispute opened through both nodes at once, then the protests, many on each dispute. */
    private static List<List<Object>> commandsFor(List<String> disputes) {
        List<List<Object>> sends = new ArrayList<>();
        for (String dispute : disputes) {
            OpenDispute open = new OpenDispute(dispute, "open", "Dispute " + dispute, "Oil and gas",
                    DisputeStatus.ACTIVE, List.of(), List.of(), EVIDENCE);
            sends.add(List.of(open, open));
        }
        for (int i = 0; i < COMMANDS - DISPUTES; i++) {
            RecordProtest protest = protest(disputes.get(i % DISPUTES), "protest-" + i);
            sends.add(i % SENT_TWICE_EVERY == 0 ? List.of(protest, protest) : List.of(protest));
        }
        return sends;
    }

    private static RecordProtest protest(String dispute, String recordId) {
        return new RecordProtest(dispute, recordId, ProtestKind.DEMONSTRATION,
                List.of(new Claim(ZhanaozenCase.WSWS, 100, 200, 300, "hundreds")), EVIDENCE);
    }

    /**
     * Sends each entry's commands from several threads per node; an entry with two commands goes to
     * both nodes at the same moment. A record counts as acknowledged when any of its sends succeeded.
     */
    private static void send(List<ConfigurableApplicationContext> nodes, List<List<Object>> sends, Outcomes outcomes)
            throws InterruptedException {
        ExecutorService clients = Executors.newFixedThreadPool(THREADS_PER_NODE * nodes.size());
        List<CommandGateway> gateways = nodes.stream().map(node -> node.getBean(CommandGateway.class)).toList();
        for (int i = 0; i < sends.size(); i++) {
            List<Object> commands = sends.get(i);
            int first = i % gateways.size();
            String key = key(commands.get(0));
            for (int copy = 0; copy < commands.size(); copy++) {
                CommandGateway gateway = gateways.get((first + copy) % gateways.size());
                Object command = commands.get(copy);
                clients.submit(() -> {
                    try {
                        gateway.sendAndWait(command);
                        outcomes.acknowledged.add(key);
                    } catch (ConcurrencyException | AggregateStreamCreationException conflict) {
                        outcomes.conflicts.add(key);
                    } catch (RuntimeException failure) {
                        outcomes.unexpected.put(key, failure);
                    }
                });
            }
        }
        clients.shutdown();
        assertThat(clients.awaitTermination(PATIENCE.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        // a record both of whose sends lost their conflicts is not acknowledged; one of two that won is
        outcomes.conflicts.removeAll(outcomes.acknowledged);
    }

    private static String key(Object command) {
        if (command instanceof OpenDispute open) {
            return open.disputeId() + "/" + open.recordId();
        }
        RecordProtest protest = (RecordProtest) command;
        return protest.disputeId() + "/" + protest.recordId();
    }

    record Stored(long globalIndex, String stream, long sequence, String recordId) {
        String recordKey() {
            return stream + "/" + recordId;
        }
    }

    private List<Stored> stored(JdbcTemplate jdbc) {
        return jdbc.query("SELECT global_index, aggregate_identifier, sequence_number, payload FROM domain_event_entry"
                        + " ORDER BY aggregate_identifier, sequence_number",
                (row, i) -> new Stored(row.getLong(1), row.getString(2), row.getLong(3),
                        recordId(row.getBytes(4))));
    }

    private String recordId(byte[] payload) {
        try {
            return json.readTree(new String(payload, StandardCharsets.UTF_8)).path("recordId").asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each stream numbered 0, 1, 2 ... and stored in that order (its global positions ascending). */
    private static void assertEveryStreamNumberedWithoutHoles(List<Stored> stored) {
        Map<String, List<Stored>> byStream = new HashMap<>();
        stored.forEach(s -> byStream.computeIfAbsent(s.stream(), k -> new ArrayList<>()).add(s));
        assertThat(byStream).hasSize(DISPUTES);
        byStream.forEach((stream, events) -> {
            assertThat(events).extracting(Stored::sequence).as(stream)
                    .containsExactlyElementsOf(zeroTo(events.size()));
            assertThat(events).extracting(Stored::globalIndex).as(stream).isSorted();
        });
    }

    private static List<Long> zeroTo(int size) {
        return Stream.iterate(0L, n -> n + 1).limit(size).toList();
    }

    private static long count(JdbcTemplate jdbc) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }

    /** Waits until every segment of every read model has handled the last stored event. */
    private static void awaitProcessorsAtHead(ConfigurableApplicationContext node, JdbcTemplate jdbc) {
        Serializer serializer = node.getBean("serializer", Serializer.class);
        await().atMost(PATIENCE).until(() -> {
            Long head = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
            List<Long> positions = jdbc.query("SELECT token, token_type FROM token_entry", (row, i) -> {
                byte[] token = row.getBytes(1);
                if (token == null) {
                    return -1L;
                }
                TrackingToken tracking = serializer.deserialize(
                        new SimpleSerializedObject<>(token, byte[].class, row.getString(2), null));
                return tracking.position().orElse(-1L);
            });
            return positions.size() == ReplayService.READ_MODELS.size() * 2 + 1
                    && positions.stream().allMatch(position -> position >= head);
        });
    }

    /** Each read model processor's segment owners. */
    private static Map<String, List<String>> owners(JdbcTemplate jdbc) {
        Map<String, List<String>> owners = new HashMap<>();
        jdbc.query("SELECT processor_name, owner FROM token_entry WHERE processor_name <> 'transparency-log'",
                (java.sql.ResultSet row) -> {
            owners.computeIfAbsent(row.getString(1), k -> new ArrayList<>()).add(row.getString(2));
        });
        return owners;
    }

    private static Set<String> segmentsOwnedBy(JdbcTemplate jdbc, String node) {
        return new HashSet<>(jdbc.queryForList("SELECT processor_name || '/' || segment FROM token_entry WHERE owner = ?",
                String.class, node));
    }

    /** Every view of every dispute, as readers who may see confidential names and as those who may not. */
    private static Map<String, Object> views(ConfigurableApplicationContext node, List<String> disputes) {
        QueryGateway queries = node.getBean(QueryGateway.class);
        Map<String, Object> views = new HashMap<>();
        for (String dispute : disputes) {
            for (boolean confidential : new boolean[] {false, true}) {
                String key = dispute + "/" + confidential + "/";
                views.put(key + "timeline", queries.query(new DisputeTimelineQuery(dispute, confidential),
                        DisputeTimeline.class).join());
                views.put(key + "summary", queries.query(new DisputeSummaryQuery(dispute, confidential),
                        DisputeSummary.class).join());
                views.put(key + "figures", queries.query(new DisputeFiguresQuery(dispute, confidential),
                        DisputeFigures.class).join());
                views.put(key + "people", queries.query(new DisputePeopleQuery(dispute, confidential),
                        DisputePeople.class).join());
            }
        }
        views.put("overview", queries.query(new OverviewQuery(), Overview.class).join());
        return views;
    }

    private static DisputeTimeline timeline(ConfigurableApplicationContext node, String dispute) {
        return node.getBean(QueryGateway.class).query(new DisputeTimelineQuery(dispute, true), DisputeTimeline.class)
                .join();
    }
}
