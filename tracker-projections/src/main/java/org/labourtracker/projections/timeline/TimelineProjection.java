package org.labourtracker.projections.timeline;

import java.util.List;
import java.util.Map;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.labourtracker.dispute.DisputeEvent;
import org.labourtracker.editorial.EditorialEvent;
import org.labourtracker.legal.CaseEvent;
import org.labourtracker.projections.history.Announcements;
import org.labourtracker.projections.history.LiveView;
import org.labourtracker.projections.history.RecordFold;
import org.labourtracker.projections.history.Describe;
import org.labourtracker.projections.history.Redactor;
import org.labourtracker.projections.history.StoredRecord;
import org.labourtracker.projections.history.StreamEvent;
import org.labourtracker.projections.history.Subscriptions;
import org.labourtracker.projections.history.ViewChange;
import org.springframework.stereotype.Component;

/** Keeps the timeline read model: every record, with its corrections, retraction or merge. */
@Component
@ProcessingGroup(TimelineProjection.PROCESSOR)
class TimelineProjection implements LiveView {

    static final String PROCESSOR = "dispute-timeline";

    private final TimelineStore store;
    private final QueryUpdateEmitter emitter;
    private final Announcements announcements;

    TimelineProjection(TimelineStore store, QueryUpdateEmitter emitter, Announcements announcements) {
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
    void on(CaseEvent event, DomainEventMessage<?> message, ReplayStatus replay) {
        fold(message, replay);
    }

    @EventHandler
    void on(EditorialEvent event, DomainEventMessage<?> message, ReplayStatus replay) {
        StreamEvent streamEvent = StreamEvent.of(message);
        fold(message, replay);
        if (event instanceof EditorialEvent.ConfidentialityChanged && !replay.isReplay()) {
            store.table().disputeOf(streamEvent.streamId()).ifPresent(disputeId ->
                    announcements.changed(this, ViewChange.wholeStream(disputeId, streamEvent.streamId())));
        }
    }

    private void fold(DomainEventMessage<?> message, ReplayStatus replay) {
        RecordFold.apply(StreamEvent.of(message), store.table()).ifPresent(changed -> {
            if (!replay.isReplay()) {
                announcements.changed(this, ViewChange.of(changed));
            }
        });
    }

    /** The changed entry, or every entry of a stream whose confidentiality changed, in the timeline's order. */
    @Override
    public void announce(ViewChange change) {
        if (change.recordId() != null) {
            store.table().find(change.streamId(), change.recordId()).ifPresent(record ->
                    Subscriptions.emit(emitter, DisputeTimelineQuery.class,
                            q -> q.disputeId().equals(change.disputeId()),
                            q -> store.entry(record, q.confidentialVisible())));
            return;
        }
        List<StoredRecord> records = store.table().ofDispute(change.disputeId());
        Map<String, String> demandTexts = Describe.demandTexts(records);
        Subscriptions.emit(emitter, DisputeTimelineQuery.class, q -> q.disputeId().equals(change.disputeId()), q -> {
            Redactor redactor = Redactor.of(q.confidentialVisible(), store.table().confidentiality(change.disputeId()),
                    records);
            records.stream().filter(r -> r.streamId().equals(change.streamId()))
                    .sorted(StoredRecord.TIMELINE_ORDER)
                    .forEach(r -> emitter.emit(DisputeTimelineQuery.class, q::equals,
                            Timelines.entry(r, redactor, demandTexts)));
            return null;
        });
    }

    @ResetHandler
    void reset() {
        store.table().clear();
    }
}
