package org.labourtracker.projections.summary;

import java.util.List;

import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.labourtracker.projections.history.LiveView;
import org.labourtracker.projections.history.Subscriptions;
import org.labourtracker.projections.history.ViewChange;
import org.springframework.stereotype.Component;

/** Answers the view's queries, and sends its subscribed readers the dispute's new summary. */
@Component
class SummaryQueries implements LiveView {

    private final SummaryStore store;
    private final QueryUpdateEmitter emitter;

    SummaryQueries(SummaryStore store, QueryUpdateEmitter emitter) {
        this.store = store;
        this.emitter = emitter;
    }

    @Override
    public void announce(List<ViewChange> changes) {
        Subscriptions.emitPerDispute(emitter, DisputeSummaryQuery.class, DisputeSummaryQuery::disputeId, changes,
                q -> store.summary(q.disputeId(), q.confidentialVisible()));
    }

    @QueryHandler
    DisputeSummary handle(DisputeSummaryQuery query) {
        return store.summary(query.disputeId(), query.confidentialVisible());
    }
}
