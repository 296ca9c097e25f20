package org.labourtracker.projections.history;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.labourtracker.dispute.DisputeEvent;
import org.labourtracker.editorial.EditorialEvent;
import org.labourtracker.legal.CaseEvent;
import org.springframework.stereotype.Component;

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
        if (replay.isReplay()) {
            return;
        }
        changed.ifPresent(record -> announcements.changed(ViewChange.of(record)));
        if (event.payload() instanceof EditorialEvent.ConfidentialityChanged) {
            // every record of the stream is redacted anew
            store.disputeOf(event.streamId()).ifPresent(disputeId ->
                    announcements.changed(ViewChange.wholeStream(disputeId, event.streamId())));
        }
    }

    @ResetHandler
    void reset() {
        store.clear();
    }
}
