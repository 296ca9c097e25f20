package org.labourtracker.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.junit.jupiter.api.Test;
import org.labourtracker.TrackerApplication;
import org.labourtracker.ZhanaozenCase;
import org.labourtracker.database.SameOnEveryDatabase;
import org.labourtracker.database.TestPostgres;
import org.labourtracker.dispute.DisputeCommand.OpenDispute;
import org.labourtracker.dispute.DisputeCommand.RecordProtest;
import org.labourtracker.dispute.DisputeStatus;
import org.labourtracker.dispute.ProtestKind;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Evidence;
import org.labourtracker.evidence.When;
import org.labourtracker.projections.admin.ReplayService;
import org.labourtracker.projections.summary.DisputeSummary;
import org.labourtracker.projections.summary.DisputeSummaryQuery;
import org.labourtracker.projections.timeline.DisputeTimeline;
import org.labourtracker.projections.timeline.DisputeTimelineQuery;
import org.labourtracker.projections.timeline.TimelineEntry;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes on one PostgreSQL database, each processing only the segments it holds: a reader
 * subscribed on either node hears of every record, whichever node processed it, and whichever node
 * took the command. (An outside check found 0 of 5 updates reaching a reader on the other node.)
 */
@SameOnEveryDatabase
class LiveAcrossNodesTest {

    private static final int DISPUTES = 10;
    private static final int PROTESTS = 3;
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final Evidence EVIDENCE =
            ZhanaozenCase.evidence(When.day(2011, 12, 16), ZhanaozenCase.ZHANAOZEN, ZhanaozenCase.WSWS);

    @Test
    void aReaderOnEitherNodeHearsOfEveryRecordWhicheverNodeProcessedIt() {
        String database = TestPostgres.url("live_across_" + Long.toHexString(System.nanoTime()));
        // one after the other: two Spring Boot applications starting at once in one JVM race over logging
        try (ConfigurableApplicationContext a = node(database, "node-a");
             ConfigurableApplicationContext b = node(database, "node-b")) {
            JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(owners(jdbc, "dispute-records"))
                    .as("the record store's segments spread over both nodes").containsExactlyInAnyOrder("node-a", "node-b"));

            List<String> disputes = IntStream.range(0, DISPUTES).mapToObj(i -> "live-" + i).toList();
            CommandGateway commandsToA = a.getBean(CommandGateway.class);
            disputes.forEach(dispute -> commandsToA.sendAndWait(new OpenDispute(dispute, "open", "Dispute " + dispute,
                    "Oil and gas", DisputeStatus.ACTIVE, List.of(), List.of(), EVIDENCE)));
            await().atMost(PATIENCE).until(() -> disputes.stream().allMatch(dispute ->
                    timeline(a, dispute) != null && timeline(b, dispute) != null
                            && summary(a, dispute) != null && summary(b, dispute) != null));

            Heard onA = new Heard(a, disputes);
            Heard onB = new Heard(b, disputes);
            try {
                // the protests of even disputes through node A, of odd ones through node B
                for (int protest = 0; protest < PROTESTS; protest++) {
                    for (int i = 0; i < DISPUTES; i++) {
                        (i % 2 == 0 ? a : b).getBean(CommandGateway.class).sendAndWait(new RecordProtest(
                                disputes.get(i), "protest-" + protest, ProtestKind.DEMONSTRATION,
                                List.of(new Claim(ZhanaozenCase.WSWS, 100, 200, 300, "hundreds")), EVIDENCE));
                    }
                }
                Set<String> expected = new HashSet<>();
                disputes.forEach(dispute -> IntStream.range(0, PROTESTS).forEach(p -> expected.add(dispute + "/protest-" + p)));
                await().atMost(PATIENCE).untilAsserted(() -> {
                    assertThat(onA.entries).as("records heard on node A").containsExactlyInAnyOrderElementsOf(expected);
                    assertThat(onB.entries).as("records heard on node B").containsExactlyInAnyOrderElementsOf(expected);
                    for (String dispute : disputes) {
                        assertThat(onA.latestRecords(dispute)).as("node A's latest summary of " + dispute)
                                .isEqualTo(PROTESTS + 1L);
                        assertThat(onB.latestRecords(dispute)).as("node B's latest summary of " + dispute)
                                .isEqualTo(PROTESTS + 1L);
                    }
                });
            } finally {
                onA.close();
                onB.close();
            }
        }
    }

    /** What a reader subscribed to every dispute's timeline and summary on one node has heard. */
    private static final class Heard {
        final Set<String> entries = ConcurrentHashMap.newKeySet();
        final Map<String, Long> records = new ConcurrentHashMap<>();
        private final List<SubscriptionQueryResult<?, ?>> subscriptions = new ArrayList<>();

        Heard(ConfigurableApplicationContext node, List<String> disputes) {
            QueryGateway queries = node.getBean(QueryGateway.class);
            for (String dispute : disputes) {
                SubscriptionQueryResult<DisputeTimeline, TimelineEntry> timeline = queries.subscriptionQuery(
                        new DisputeTimelineQuery(dispute, false), ResponseTypes.instanceOf(DisputeTimeline.class),
                        ResponseTypes.instanceOf(TimelineEntry.class));
                timeline.updates().subscribe(entry -> {
                    if (!entry.recordId().equals("open")) {
                        entries.add(dispute + "/" + entry.recordId());
                    }
                });
                SubscriptionQueryResult<DisputeSummary, DisputeSummary> summary = queries.subscriptionQuery(
                        new DisputeSummaryQuery(dispute, false), ResponseTypes.instanceOf(DisputeSummary.class),
                        ResponseTypes.instanceOf(DisputeSummary.class));
                summary.updates().subscribe(update -> records.merge(dispute, update.records(), Math::max));
                subscriptions.add(timeline);
                subscriptions.add(summary);
            }
        }

        long latestRecords(String dispute) {
            return records.getOrDefault(dispute, 0L);
        }

        void close() {
            subscriptions.forEach(SubscriptionQueryResult::close);
        }
    }

    private static DisputeTimeline timeline(ConfigurableApplicationContext node, String dispute) {
        return node.getBean(QueryGateway.class).query(new DisputeTimelineQuery(dispute, false),
                ResponseTypes.instanceOf(DisputeTimeline.class)).join();
    }

    private static DisputeSummary summary(ConfigurableApplicationContext node, String dispute) {
        return node.getBean(QueryGateway.class).query(new DisputeSummaryQuery(dispute, false),
                ResponseTypes.instanceOf(DisputeSummary.class)).join();
    }

    private static Set<String> owners(JdbcTemplate jdbc, String processor) {
        return new HashSet<>(jdbc.queryForList("SELECT owner FROM token_entry WHERE processor_name = ? AND owner IS NOT NULL",
                String.class, processor));
    }

    /** A node as its own application on the shared database, with short claim times so the test need not wait. */
    private static ConfigurableApplicationContext node(String database, String name) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + TestPostgres.USER,
                "--spring.datasource.password=",
                "--server.port=0",
                "--tracker.cluster.node-id=" + name,
                "--tracker.cluster.heartbeat-interval=500ms",
                "--axon.eventhandling.tokenstore.claim-timeout=3000ms"));
        ReplayService.READ_MODELS.forEach(processor ->
                arguments.add("--axon.eventhandling.processors." + processor + ".token-claim-interval=500"));
        return new SpringApplicationBuilder(TrackerApplication.class).run(arguments.toArray(String[]::new));
    }
}
