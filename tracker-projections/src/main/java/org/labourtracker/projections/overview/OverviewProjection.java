package org.labourtracker.projections.overview;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.labourtracker.dispute.DisputeEvent;
import org.labourtracker.editorial.EditorialEvent;
import org.labourtracker.legal.CaseEvent;
import org.labourtracker.projections.history.RecordFold;
import org.labourtracker.projections.history.StreamEvent;
import org.labourtracker.projections.history.Subscriptions;
import org.springframework.stereotype.Component;

/** Keeps the cross-dispute overview read model. */
@Component
@ProcessingGroup(OverviewProjection.PROCESSOR)
class OverviewProjection {

    static final String PROCESSOR = "dispute-overview";

    private final OverviewStore store;
    private final QueryUpdateEmitter emitter;

    OverviewProjection(OverviewStore store, QueryUpdateEmitter emitter) {
        this.store = store;
        this.emitter = emitter;
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
        RecordFold.apply(StreamEvent.of(message), store.table()).ifPresent(changed -> {
            if (!replay.isReplay()) {
                Subscriptions.emit(emitter, OverviewQuery.class, q -> true, q -> store.overview());
            }
        });
    }

    @ResetHandler
    void reset() {
        store.table().clear();
    }
}
