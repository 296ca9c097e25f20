package org.labourtracker.projections.figures;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.labourtracker.dispute.DisputeEvent;
import org.labourtracker.editorial.EditorialEvent;
import org.labourtracker.projections.history.Announcements;
import org.labourtracker.projections.history.LiveView;
import org.labourtracker.projections.history.RecordFold;
import org.labourtracker.projections.history.StreamEvent;
import org.labourtracker.projections.history.Subscriptions;
import org.labourtracker.projections.history.ViewChange;
import org.springframework.stereotype.Component;

/** Keeps the figures read model: every claim of every record that carries figures, and its edits. */
@Component
@ProcessingGroup(FiguresProjection.PROCESSOR)
class FiguresProjection implements LiveView {

    static final String PROCESSOR = "dispute-figures";

    private final FiguresStore store;
    private final QueryUpdateEmitter emitter;
    private final Announcements announcements;

    FiguresProjection(FiguresStore store, QueryUpdateEmitter emitter, Announcements announcements) {
        this.store = store;
        this.emitter = emitter;
        this.announcements = announcements;
    }

    @Override
    public String processor() {
        return PROCESSOR;
    }

    @EventHandler
    void on(DisputeEvent event, DomainEventMessage<?> message, ReplayStatus replay) {
        fold(message, replay);
    }

    @EventHandler
    void on(EditorialEvent event, DomainEventMessage<?> message, ReplayStatus replay) {
        fold(message, replay);
    }

    private void fold(DomainEventMessage<?> message, ReplayStatus replay) {
        RecordFold.apply(StreamEvent.of(message), store.table()).ifPresent(changed -> {
            if (!replay.isReplay()) {
                announcements.changed(this, ViewChange.of(changed));
            }
        });
    }

    @Override
    public void announce(ViewChange change) {
        Subscriptions.emit(emitter, DisputeFiguresQuery.class, q -> q.disputeId().equals(change.disputeId()),
                q -> store.figures(q.disputeId(), q.confidentialVisible()));
    }

    @ResetHandler
    void reset() {
        store.table().clear();
    }
}
