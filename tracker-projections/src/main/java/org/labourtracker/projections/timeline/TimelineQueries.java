package org.labourtracker.projections.timeline;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.labourtracker.projections.history.Describe;
import org.labourtracker.projections.history.LiveView;
import org.labourtracker.projections.history.Redactor;
import org.labourtracker.projections.history.StoredRecord;
import org.labourtracker.projections.history.Subscriptions;
import org.labourtracker.projections.history.ViewChange;
import org.springframework.stereotype.Component;

/** Answers the timeline's queries, and sends its subscribed readers each changed entry. */
@Component
class TimelineQueries implements LiveView {

    private final TimelineStore store;
    private final QueryUpdateEmitter emitter;

    TimelineQueries(TimelineStore store, QueryUpdateEmitter emitter) {
        this.store = store;
        this.emitter = emitter;
    }

    /** Each changed entry, or every entry of a stream whose confidentiality changed, in the timeline's order. */
    @Override
    public void announce(List<ViewChange> changes) {
        changes.forEach(this::announce);
    }

    private void announce(ViewChange change) {
        Predicate<DisputeTimelineQuery> ofDispute = q -> q.disputeId().equals(change.disputeId());
        // most records are written while no reader follows their dispute: read nothing for them
        if (Subscriptions.subscribed(emitter, DisputeTimelineQuery.class, ofDispute).isEmpty()) {
            return;
        }
        if (change.recordId() != null) {
            store.table().find(change.streamId(), change.recordId()).ifPresent(record ->
                    Subscriptions.emit(emitter, DisputeTimelineQuery.class, ofDispute,
                            q -> store.entry(record, q.confidentialVisible())));
            return;
        }
        List<StoredRecord> records = store.table().ofDispute(change.disputeId());
        Map<String, String> demandTexts = Describe.demandTexts(records);
        Subscriptions.emit(emitter, DisputeTimelineQuery.class, ofDispute, q -> {
            Redactor redactor = Redactor.of(q.confidentialVisible(), store.table().confidentiality(change.disputeId()),
                    records);
            records.stream().filter(r -> r.streamId().equals(change.streamId()))
                    .sorted(StoredRecord.TIMELINE_ORDER)
                    .forEach(r -> emitter.emit(DisputeTimelineQuery.class, q::equals,
                            Timelines.entry(r, redactor, demandTexts)));
            return null;
        });
    }

    @QueryHandler
    DisputeTimeline handle(DisputeTimelineQuery query) {
        return store.timeline(query.disputeId(), query.confidentialVisible());
    }

    @QueryHandler
    RecentRecords handle(RecentRecordsQuery query) {
        return store.recent(query.limit(), query.confidentialVisible());
    }

    @QueryHandler
    TimelinePage handle(DisputeTimelinePageQuery query) {
        return store.page(query.disputeId(), query.after(), query.limit(), query.confidentialVisible());
    }
}
