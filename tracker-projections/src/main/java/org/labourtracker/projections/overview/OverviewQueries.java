package org.labourtracker.projections.overview;

import java.util.List;

import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.labourtracker.projections.history.LiveView;
import org.labourtracker.projections.history.Subscriptions;
import org.labourtracker.projections.history.ViewChange;
import org.springframework.stereotype.Component;

/** Answers the overview's and the dispute list's queries, and sends its subscribed readers the new overview: any change may change it. */
@Component
class OverviewQueries implements LiveView {

    private final OverviewStore store;
    private final QueryUpdateEmitter emitter;

    OverviewQueries(OverviewStore store, QueryUpdateEmitter emitter) {
        this.store = store;
        this.emitter = emitter;
    }

    @Override
    public void announce(List<ViewChange> changes) {
        Subscriptions.emit(emitter, OverviewQuery.class, q -> true, q -> store.overview());
    }

    @QueryHandler
    Overview handle(OverviewQuery query) {
        return store.overview();
    }

    @QueryHandler
    DisputeList handle(DisputeListQuery query) {
        return store.list(query);
    }

    @QueryHandler
    DisputeList handle(DisputeBriefsQuery query) {
        return store.briefs(query.disputeIds());
    }
}
