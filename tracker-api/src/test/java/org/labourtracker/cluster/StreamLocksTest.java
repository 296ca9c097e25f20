package org.labourtracker.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.axonframework.commandhandling.gateway.CommandGateway;
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
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Two nodes on one PostgreSQL database write the same dispute at once, from several threads each:
 * the stream's advisory lock (api/recording/StreamLocks) makes them take turns, so every command is
 * acknowledged, and the stream holds each record exactly once, numbered without a hole. Then a node
 * started afresh (nothing cached) records on the long stream while the other node keeps writing it.
 */
@SameOnEveryDatabase
class StreamLocksTest {

    private static final String DISPUTE = "one-stream-two-nodes";
    private static final int PROTESTS = 600;
    private static final int THREADS_PER_NODE = 4;
    private static final Evidence EVIDENCE =
            ZhanaozenCase.evidence(When.day(2011, 12, 16), ZhanaozenCase.ZHANAOZEN, ZhanaozenCase.WSWS);

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void twoNodesWritingOneStreamAtOnceHaveEveryRecordAcknowledgedAndStoredOnce() throws Exception {
        String database = TestPostgres.url("stream_locks_" + Long.toHexString(System.nanoTime()));
        try (ConfigurableApplicationContext a = node(database, "node-a");
             ConfigurableApplicationContext b = node(database, "node-b")) {
            a.getBean(CommandGateway.class).sendAndWait(new OpenDispute(DISPUTE, "open", "One stream, two nodes",
                    "Oil and gas", DisputeStatus.ACTIVE, List.of(), List.of(), EVIDENCE));
            List<CommandGateway> nodes = List.of(a.getBean(CommandGateway.class), b.getBean(CommandGateway.class));
            Map<String, Throwable> failures = new ConcurrentHashMap<>();
            Set<String> acknowledged = ConcurrentHashMap.newKeySet();

            long started = System.nanoTime();
            ExecutorService clients = Executors.newFixedThreadPool(THREADS_PER_NODE * nodes.size());
            for (int i = 0; i < PROTESTS; i++) {
                CommandGateway node = nodes.get(i % nodes.size());
                String recordId = "protest-" + i;
                clients.submit(() -> {
                    try {
                        node.sendAndWait(protest(recordId));
                        acknowledged.add(recordId);
                    } catch (RuntimeException failure) {
                        failures.put(recordId, failure);
                    }
                });
            }
            clients.shutdown();
            assertThat(clients.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
            JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
            System.out.printf("%d commands on one stream through two nodes in %d ms; %d appends lost a race "
                    + "for their position%n", PROTESTS, (System.nanoTime() - started) / 1_000_000, lostRaces(jdbc));

            assertThat(failures).as("commands not acknowledged").isEmpty();
            assertThat(lostRaces(jdbc)).as("appends that lost a race for their position").isZero();
            List<String> expected = new ArrayList<>(List.of("open"));
            IntStream.range(0, PROTESTS).forEach(i -> expected.add("protest-" + i));
            assertThat(acknowledged).hasSize(PROTESTS);
            assertThat(stored(jdbc)).extracting(Stored::sequence).as("positions")
                    .containsExactlyElementsOf(LongStream.rangeClosed(0, PROTESTS).boxed().toList());
            assertThat(stored(jdbc)).extracting(Stored::recordId).as("each record once")
                    .containsExactlyInAnyOrderElementsOf(expected);

            // node B restarts: nothing cached, and node A writes the stream all the while
            b.close();
            try (ConfigurableApplicationContext restarted = node(database, "node-b")) {
                ExecutorService warm = Executors.newSingleThreadExecutor();
                warm.submit(() -> IntStream.range(0, 200).forEach(i ->
                        a.getBean(CommandGateway.class).sendAndWait(protest("warm-" + i))));
                warm.shutdown();
                long sent = System.nanoTime();
                restarted.getBean(CommandGateway.class).sendAndWait(protest("after-restart"));
                System.out.printf("a restarted node acknowledged its first command on a stream of %d+ events, "
                        + "written meanwhile by the other node, in %d ms%n", PROTESTS + 1,
                        (System.nanoTime() - sent) / 1_000_000);
                assertThat(warm.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
                assertThat(stored(jdbc)).extracting(Stored::sequence).as("positions")
                        .containsExactlyElementsOf(LongStream.rangeClosed(0, PROTESTS + 201).boxed().toList());
                assertThat(stored(jdbc)).extracting(Stored::recordId).as("every record once")
                        .contains("after-restart", "warm-0", "warm-199").doesNotHaveDuplicates();
            }
        }
    }

    private static RecordProtest protest(String recordId) {
        return new RecordProtest(DISPUTE, recordId, ProtestKind.DEMONSTRATION,
                List.of(new Claim(ZhanaozenCase.WSWS, 100, 200, 300, "hundreds")), EVIDENCE);
    }

    record Stored(long sequence, String recordId) {
    }

    private List<Stored> stored(JdbcTemplate jdbc) {
        return jdbc.query("SELECT sequence_number, payload FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "ORDER BY sequence_number", (row, i) -> new Stored(row.getLong(1), recordId(row.getBytes(2))), DISPUTE);
    }

    /** Inserts rolled back, each leaving its global index unused. */
    private static long lostRaces(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT MAX(global_index) - COUNT(*) FROM domain_event_entry", Long.class);
    }

    private String recordId(byte[] payload) {
        try {
            return json.readTree(new String(payload, StandardCharsets.UTF_8)).path("recordId").asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ConfigurableApplicationContext node(String database, String name) {
        return new SpringApplicationBuilder(TrackerApplication.class).run(
                "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + TestPostgres.USER,
                "--spring.datasource.password=",
                "--server.port=0",
                "--tracker.cluster.node-id=" + name);
    }
}
