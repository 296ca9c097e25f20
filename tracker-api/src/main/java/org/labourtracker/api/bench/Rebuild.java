package org.labourtracker.api.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.labourtracker.projections.admin.ReplayProgress;
import org.labourtracker.projections.admin.ReplayService;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bulk load and the rebuild. The store is topped up to the wanted size with copies of the 2011
 * case appended straight through Axon's storage engine in large transactions (no command, no hash
 * chain computed: each copy's metadata is that of the recorded original, hash included, so rows are
 * as large as recorded ones). The read models are stopped meanwhile and then told that they have
 * seen everything, so that no one processes the load twice; the rebuild then replays every event
 * of the store into every read model, as {@code POST /api/admin/read-models/{name}/rebuild} does.
 */
final class Rebuild {

    private final EventStorageEngine storage;
    private final TransactionManager transactions;
    private final ReplayService replays;
    private final List<StreamingEventProcessor> processors;
    private final JdbcTemplate jdbc;

    Rebuild(EventStorageEngine storage, TransactionManager transactions, ReplayService replays,
            List<StreamingEventProcessor> processors, JdbcTemplate jdbc) {
        this.storage = storage;
        this.transactions = transactions;
        this.replays = replays;
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
    double load(Workload workload, long events, int batch, LongConsumer progress) {
        processors.forEach(StreamingEventProcessor::shutDown);
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
        processors.forEach(processor -> processor.resetTokens(head));
        return perSecond;
    }

    /** Rebuilds every read model at once; returns events of the store per second, start to last one done. */
    double rebuildAll() throws InterruptedException {
        long events = storedEvents();
        long start = System.nanoTime();
        for (String name : ReplayService.READ_MODELS) {
            replays.rebuild(name);
        }
        while (!replays.progress().stream().allMatch(ReplayProgress::done)) {
            Thread.sleep(20);
        }
        return events / ((System.nanoTime() - start) / 1e9);
    }

    /** The record rows of all five read models together: what a rebuild writes. */
    long readModelRows() {
        long rows = 0;
        for (String table : List.of("rm_summary_record", "rm_timeline_record", "rm_figures_record",
                "rm_people_record", "rm_overview_record")) {
            Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
            rows += count == null ? 0 : count;
        }
        return rows;
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
