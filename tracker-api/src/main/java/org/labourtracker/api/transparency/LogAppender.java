package org.labourtracker.api.transparency;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adds every stored event to the log as a leaf, in the order the store delivers them, through one
 * tracking processor with one segment: on several nodes one of them holds it, and the leaves, the
 * tree's edge and the processor's position are written in one transaction, so no leaf is doubled or
 * skipped whichever node writes. Each leaf is built from the event's row as stored; an event without
 * a valid seal ({@link EventSeal}) is not taken, and the integrity check names it.
 */
@Component
@ConditionalOnProperty(name = "tracker.log.enabled", havingValue = "true", matchIfMissing = true)
@ProcessingGroup(LogAppender.PROCESSOR)
class LogAppender {

    static final String PROCESSOR = "transparency-log";
    private static final Logger log = LoggerFactory.getLogger(LogAppender.class);
    private static final String BATCH = LogAppender.class.getName() + ".batch";

    /** How far below the newest logged event the sweep looks for events passed over. */
    private static final long SWEEP_WINDOW = 10_000;

    private final LogTables tables;
    private final StoredEvents events;
    private final LogKey key;
    private final TransactionTemplate transactions;

    LogAppender(LogTables tables, StoredEvents events, LogKey key, PlatformTransactionManager transactions) {
        this.tables = tables;
        this.events = events;
        this.key = key;
        this.transactions = new TransactionTemplate(transactions);
    }

    /**
     * Takes in the events the processor passed over: stored and sealed, below the newest event
     * already logged, yet no leaf. With several writers the store's global order has holes that are
     * filled late, and Axon's shared event stream can step past such an event (AxonFramework issue
     * #1037). Every node sweeps before signing, one at a time under the log's lock.
     */
    void sweep() {
        transactions.executeWithoutResult(status -> {
            long adoptedThrough = tables.state(true).adoptedThrough();
            // an event without a valid seal stays out, named by the integrity check, not logged each second
            List<Long> passedOver = events.byGlobalIndex(tables.unlogged(SWEEP_WINDOW)).values().stream()
                    .filter(event -> EventSeal.holds(event, event.leafHash(), key, adoptedThrough))
                    .map(StoredEvents.Stored::globalIndex).sorted().toList();
            if (!passedOver.isEmpty()) {
                log.debug("The log takes in {} event(s) its processor passed over", passedOver.size());
                append(passedOver);
            }
        });
    }

    /** Notes the event's place; the batch is appended as its transaction commits. */
    @EventHandler(payloadType = Object.class)
    void on(EventMessage<?> event, TrackingToken token) {
        long globalIndex = token.position().orElseThrow(() ->
                new IllegalStateException("the log needs the event store's global index"));
        CurrentUnitOfWork.get().root().<List<Long>>getOrComputeResource(BATCH, name -> {
            List<Long> batch = new ArrayList<>();
            CurrentUnitOfWork.get().root().onPrepareCommit(unit -> append(batch));
            return batch;
        }).add(globalIndex);
    }

    private void append(List<Long> globalIndexes) {
        LogTables.State state = tables.state(true);
        Set<Long> alreadyLogged = new HashSet<>(tables.logged(globalIndexes));
        Map<Long, StoredEvents.Stored> stored = events.byGlobalIndex(globalIndexes);
        TreeEdge edge = state.treeEdge();
        List<LogTables.LeafRow> leaves = new ArrayList<>();
        for (long globalIndex : globalIndexes) {
            StoredEvents.Stored event = stored.get(globalIndex);
            if (event == null || !alreadyLogged.add(globalIndex)) {
                continue;
            }
            byte[] leafHash = event.leafHash();
            if (!EventSeal.holds(event, leafHash, key, state.adoptedThrough())) {
                log.error("Event {} ({} #{}) carries no valid seal: it was not stored by this application, and the log "
                        + "does not take it", globalIndex, event.streamId(), event.sequenceNumber());
                continue;
            }
            long leafIndex = edge.size();
            edge.append(leafHash, tables::insertNode);
            leaves.add(new LogTables.LeafRow(leafIndex, globalIndex, event.streamId(), event.sequenceNumber(),
                    event.recordId(), leafHash, key.sealLeaf(leafIndex, leafHash)));
        }
        if (!leaves.isEmpty()) {
            tables.insertLeaves(leaves);
            tables.saveState(edge);
        }
    }
}
