package org.labourtracker.projections.timeline;

import java.util.List;

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
import org.labourtracker.projections.history.Describe;
import org.labourtracker.projections.history.Redactor;
import org.labourtracker.projections.history.StoredRecord;
import org.labourtracker.projections.history.StreamEvent;
import org.labourtracker.projections.history.Subscriptions;
import org.springframework.stereotype.Component;

/** Keeps the timeline read model: every record, with its corrections, retraction or merge. */
@Component
@ProcessingGroup(TimelineProjection.PROCESSOR)
class TimelineProjection {

    static final String PROCESSOR = "dispute-timeline";

    private final TimelineStore store;
    private final QueryUpdateEmitter emitter;

    TimelineProjection(TimelineStore store, QueryUpdateEmitter emitter) {
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
        StreamEvent streamEvent = StreamEvent.of(message);
        fold(message, replay);
        if (event instanceof EditorialEvent.ConfidentialityChanged && !replay.isReplay()) {
            store.table().disputeOf(streamEvent.streamId()).ifPresent(disputeId -> {
                List<StoredRecord> records = store.table().ofDispute(disputeId);
                Subscriptions.emit(emitter, DisputeTimelineQuery.class, q -> q.disputeId().equals(disputeId), q -> {
                    Redactor redactor = Redactor.of(q.confidentialVisible(), store.table().confidentiality(disputeId),
                            records);
                    records.stream().filter(r -> r.streamId().equals(streamEvent.streamId()))
                            .sorted(StoredRecord.TIMELINE_ORDER)
                            .forEach(r -> emitter.emit(DisputeTimelineQuery.class, q::equals,
                                    Timelines.entry(r, redactor, Describe.demandTexts(records))));
                    return null;
                });
            });
        }
    }

    private void fold(DomainEventMessage<?> message, ReplayStatus replay) {
        RecordFold.apply(StreamEvent.of(message), store.table()).ifPresent(changed -> {
            if (!replay.isReplay()) {
                Subscriptions.emit(emitter, DisputeTimelineQuery.class, q -> q.disputeId().equals(changed.disputeId()),
                        q -> store.entry(changed, q.confidentialVisible()));
            }
        });
    }

    @ResetHandler
    void reset() {
        store.table().clear();
    }
}
