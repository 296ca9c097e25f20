package org.labourtracker.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The bulk load and the rebuild. The store is topped up to the wanted size with copies of the 2011
 * case appended straight through Axon's storage engine in large transactions (no command, no hash
 * chain computed: each copy's metadata is that of the recorded original, hash included, so rows are
 * as large as recorded ones). The read models and the transparency log are stopped meanwhile and
 * then told that they have seen everything, so that no one processes the load twice (and the log,
 * which takes only events this service sealed, does not name each copy as unsealed); the rebuild then replays every event
 * of the store into every read model, asked for as an operator does ({@code POST
 * /api/admin/read-models/{name}/rebuild}, then polling until done). The read models are whatever
 * streaming processors Axon runs besides the transparency log, and their tables whatever the
 * database's catalogue lists under {@code rm_}: the benchmark names neither, so that it measures
 * the read side as it is.
 */
final class Rebuild {

    private final EventStorageEngine storage;
    private final TransactionManager transactions;
    private final Reads admin;
    private final ObjectMapper json;
    private final List<StreamingEventProcessor> processors;
    private final JdbcTemplate jdbc;

    Rebuild(EventStorageEngine storage, TransactionManager transactions, Reads admin, ObjectMapper json,
            List<StreamingEventProcessor> processors, JdbcTemplate jdbc) {
        this.storage = storage;
        this.transactions = transactions;
        this.admin = admin;
        this.json = json;
        this.processors = processors;
        this.jdbc = jdbc;
    }

    long storedEvents() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }

    /**
     * Appends copies of the case until the store holds at least {@code events}, telling {@code progress}
     * every 100,000 or so; returns events per second.
     */
    double load(Workload workload, long events, int batch, StreamingEventProcessor log, LongConsumer progress) {
        List<StreamingEventProcessor> stopped = new ArrayList<>(processors);
        stopped.add(log);
        stopped.forEach(StreamingEventProcessor::shutDown);
        long missing = events - storedEvents();
        long copies = Math.max(0, (missing + workload.eventsPerCopy() - 1) / workload.eventsPerCopy());
        long appended = 0;
        long start = System.nanoTime();
        List<DomainEventMessage<?>> pending = new ArrayList<>(batch + workload.eventsPerCopy());
        long reported = 0;
        for (long copy = 0; copy < copies; copy++) {
            pending.addAll(workload.copy("-b" + copy));
            if (pending.size() >= batch || copy == copies - 1) {
                transactions.executeInTransaction(() -> storage.appendEvents(pending));
                appended += pending.size();
                pending.clear();
                if (appended - reported >= 100_000) {
                    progress.accept(appended);
                    reported = appended;
                }
            }
        }
        double perSecond = appended / ((System.nanoTime() - start) / 1e9);
        TrackingToken head = storage.createHeadToken();
        stopped.forEach(processor -> processor.resetTokens(head));
        stopped.forEach(StreamingEventProcessor::start);
        return perSecond;
    }

    /** Rebuilds every read model at once; returns events of the store per second, start to last one done. */
    double rebuildAll() throws Exception {
        long events = storedEvents();
        long start = System.nanoTime();
        for (StreamingEventProcessor processor : processors) {
            admin.post("/api/admin/read-models/" + processor.getName() + "/rebuild");
        }
        for (StreamingEventProcessor processor : processors) {
            while (!json.readTree(admin.get("/api/admin/read-models/" + processor.getName())).path("done").asBoolean()) {
                Thread.sleep(20);
            }
        }
        return events / ((System.nanoTime() - start) / 1e9);
    }

    /**
     * The rows of every read-model table the database's catalogue lists ({@code rm_...}, both sets:
     * a rebuild fills the one readers are not served from, emptied first), by table name.
     */
    Map<String, Long> readModelRows() {
        List<String> tables = jdbc.queryForList("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = CURRENT_SCHEMA AND table_type = 'BASE TABLE'"
                + " AND LOWER(table_name) LIKE 'rm!_%' ESCAPE '!'"
                + " ORDER BY table_name", String.class);
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : tables) {
            rows.put(table.toLowerCase(Locale.ROOT),
                    jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
        }
        return rows;
    }

    /**
     * The rows a rebuild wrote, from the read-model tables' rows before and after it: a table whose
     * count changed was emptied and filled again, so each of its rows now was written; one whose
     * count did not (the read models' own bookkeeping) was left alone. Rows updated in place are
     * not seen; a view that holds one row per dispute is counted once per row.
     */
    static long rowsWritten(Map<String, Long> before, Map<String, Long> after) {
        long written = 0;
        for (Map.Entry<String, Long> table : after.entrySet()) {
            if (!table.getValue().equals(before.get(table.getKey()))) {
                written += table.getValue();
            }
        }
        return written;
    }

    /** Waits until every read model has processed every stored event. */
    void awaitProjections() throws InterruptedException {
        await(processors);
    }

    /** Waits until these processors have handled every stored event. */
    void await(List<StreamingEventProcessor> waitedFor) throws InterruptedException {
        Long head = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
        while (!waitedFor.stream().allMatch(processor -> atLeast(processor.processingStatus(), head))) {
            Thread.sleep(20);
        }
    }

    private static boolean atLeast(Map<Integer, EventTrackerStatus> status, long position) {
        return !status.isEmpty() && status.values().stream()
                .allMatch(segment -> segment.getCurrentPosition().orElse(-1) >= position);
    }
}
