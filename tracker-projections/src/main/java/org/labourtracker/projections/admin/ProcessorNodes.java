package org.labourtracker.projections.admin;

import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.axonframework.eventhandling.pooled.MaxSegmentProvider;
import org.axonframework.springboot.TokenStoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The nodes that share the read models' processors. Every heartbeat, each node notes in table
 * {@code tracker_node} that it is alive; a node not seen for the token claim timeout counts as gone
 * (its row is removed). Each node claims at most its fair share of each processor's segments (the
 * segments divided by the live nodes, rounded up): Axon's pooled processors claim up to this number
 * and release what is above it, so segments spread over the nodes as they join, and a node that
 * leaves or dies leaves its share to the others once its claims time out. While another live node
 * rebuilds a read model (a row in {@code tracker_replay}), this node claims none of its segments, so
 * that the rebuilding node can reset them all ({@link ReplayService}).
 */
@Component
class ProcessorNodes implements MaxSegmentProvider, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProcessorNodes.class);

    private final JdbcTemplate jdbc;
    private final String node;
    private final Duration heartbeatInterval;
    private final Duration claimTimeout;

    private volatile int liveNodes = 1;
    private volatile Map<String, Integer> segments = Map.of();
    private volatile Set<String> rebuiltElsewhere = Set.of();
    private ScheduledExecutorService heartbeats;

    ProcessorNodes(JdbcTemplate jdbc, ClusterSettings settings, TokenStoreProperties tokenStore) {
        this.jdbc = jdbc;
        this.node = settings.node();
        this.heartbeatInterval = settings.heartbeatInterval();
        this.claimTimeout = tokenStore.getClaimTimeout();
    }

    /** How long a claim lasts without renewal; a node not seen for this long is gone. */
    Duration claimTimeout() {
        return claimTimeout;
    }

    @Override
    public int getMaxSegments(String processor) {
        if (rebuiltElsewhere.contains(processor)) {
            return 0;
        }
        Integer count = segments.get(processor);
        // before the processor's first start on any node its segments do not exist yet: claim what there is
        return count == null ? Short.MAX_VALUE : Math.max(1, (count + liveNodes - 1) / liveNodes);
    }

    /** Notes this node alive, forgets the nodes not seen within the claim timeout, and counts the rest. */
    private synchronized void beat() {
        OffsetDateTime now = now();
        if (jdbc.update("UPDATE tracker_node SET seen_at = ? WHERE node_id = ?", now, node) == 0) {
            jdbc.update("INSERT INTO tracker_node (node_id, seen_at) VALUES (?, ?)", node, now);
        }
        jdbc.update("DELETE FROM tracker_node WHERE seen_at < ?", now.minus(claimTimeout));
        // a rebuild whose node is gone will not finish: the others take their segments back
        jdbc.update("DELETE FROM tracker_replay WHERE requested_by NOT IN (SELECT node_id FROM tracker_node)");
        Long nodes = jdbc.queryForObject("SELECT COUNT(*) FROM tracker_node", Long.class);
        Map<String, Integer> counted = new HashMap<>();
        jdbc.query("SELECT processor_name, COUNT(*) FROM token_entry GROUP BY processor_name",
                (ResultSet row) -> {
                    counted.put(row.getString(1), row.getInt(2));
                });
        List<String> rebuilding = jdbc.queryForList(
                "SELECT processor_name FROM tracker_replay WHERE requested_by <> ?", String.class, node);
        liveNodes = nodes == null ? 1 : (int) Math.max(1, nodes);
        segments = Map.copyOf(counted);
        rebuiltElsewhere = Set.copyOf(rebuilding);
    }

    /**
     * Asks the other nodes to let go of the processor's segments until {@link #rebuilt} is called.
     *
     * @throws IllegalStateException if another node is rebuilding it
     */
    void rebuilding(String processor) {
        // a row of this node's own is left over from before a restart
        jdbc.update("DELETE FROM tracker_replay WHERE processor_name = ? AND requested_by = ?", processor, node);
        try {
            jdbc.update("INSERT INTO tracker_replay (processor_name, requested_by, requested_at) VALUES (?, ?, ?)",
                    processor, node, now());
        } catch (DuplicateKeyException elsewhere) {
            throw new IllegalStateException("read model " + processor + " is being rebuilt by another node");
        }
    }

    void rebuilt(String processor) {
        jdbc.update("DELETE FROM tracker_replay WHERE processor_name = ? AND requested_by = ?", processor, node);
    }

    /** The real time, as Axon's claims use it, whatever clock the application judges records by. */
    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private void beatSafely() {
        try {
            beat();
        } catch (RuntimeException e) {
            // the database may be briefly out of reach; the next heartbeat tries again
            log.warn("Heartbeat of node {} failed: {}", node, e.toString());
        }
    }

    @Override
    public synchronized void start() {
        beatSafely();
        heartbeats = Executors.newSingleThreadScheduledExecutor(task -> {
            // never what keeps a JVM alive: an application that failed to start must still exit
            Thread thread = new Thread(task, "NodeHeartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long interval = heartbeatInterval.toMillis();
        heartbeats.scheduleWithFixedDelay(this::beatSafely, interval, interval, TimeUnit.MILLISECONDS);
        log.info("Node {} shares the read models' processors with the other nodes on this database", node);
    }

    /** Leaves at once, so that the other nodes take this node's share as soon as its claims are released. */
    @Override
    public synchronized void stop() {
        heartbeats.shutdownNow();
        heartbeats = null;
        try {
            jdbc.update("DELETE FROM tracker_node WHERE node_id = ?", node);
        } catch (RuntimeException e) {
            log.warn("Node {} could not sign off: {}", node, e.toString());
        }
    }

    /**
     * Before Axon's processors start (phase {@code Phase.INBOUND_EVENT_CONNECTORS}) and after they
     * stop, so that the first claims already see the other nodes and the last release precedes leaving.
     */
    @Override
    public int getPhase() {
        return 0;
    }

    @Override
    public synchronized boolean isRunning() {
        return heartbeats != null;
    }
}
