package org.labourtracker.projections.history;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.labourtracker.dispute.DisputeEvent;
import org.labourtracker.editorial.EditorialEvent;
import org.labourtracker.legal.CaseEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The read side's one processor: folds every event of the disputes' and legal cases' streams into
 * the record store ({@link RecordTable}), once, and tells the live views what changed. Every view
 * (summary, timeline, figures, people, overview, search) reads that store, so a rebuild replays the
 * events once, into one set of tables.
 */
@Component
@ProcessingGroup(RecordProjection.PROCESSOR)
public class RecordProjection {

    /** The processor's name, which names the read side in the rebuild and dead-letter endpoints. */
    public static final String PROCESSOR = "dispute-records";
    /** The prefix of the record store's tables. */
    public static final String TABLES = "rm_store";

    private final RecordTable store;
    private final Announcements announcements;

    RecordProjection(RecordTable store, Announcements announcements) {
        this.store = store;
        this.announcements = announcements;
    }

    @EventHandler
    void on(DisputeEvent event, DomainEventMessage<?> message, ReplayStatus replay) {
        fold(message, replay);
    }

    @EventHandler
    void on(CaseEvent event, DomainEventMessage<?> message, ReplayStatus replay) {
        fold(message, replay);
    }

    @EventHandler
    void on(EditorialEvent event, DomainEventMessage<?> message, ReplayStatus replay) {
        fold(message, replay);
    }

    private void fold(DomainEventMessage<?> message, ReplayStatus replay) {
        StreamEvent event = StreamEvent.of(message);
        var changed = RecordFold.apply(event, store);
        store.folded(event.streamId(), event.sequence());
        if (replay.isReplay()) {
            return;
        }
        changed.ifPresent(record -> announce(ViewChange.of(record)));
        if (event.payload() instanceof EditorialEvent.ConfidentialityChanged) {
            // every record of the stream is redacted anew
            store.disputeOf(event.streamId()).ifPresent(disputeId ->
                    announce(ViewChange.wholeStream(disputeId, event.streamId())));
        }
    }

    /**
     * Announces the change with the others of its transaction (a batch of events), just before it
     * commits: a view that changed many times in a batch is computed and sent once, not per event.
     */
    private void announce(ViewChange change) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            announcements.changed(List.of(change));
            return;
        }
        @SuppressWarnings("unchecked")
        Set<ViewChange> pending = (Set<ViewChange>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Set<ViewChange> collected = new LinkedHashSet<>();
            TransactionSynchronizationManager.bindResource(this, collected);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    announcements.changed(List.copyOf(collected));
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(RecordProjection.this);
                }
            });
            pending = collected;
        }
        pending.add(change);
    }

    @ResetHandler
    void reset() {
        store.clear();
    }
}
