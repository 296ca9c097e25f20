package org.labourtracker.projections.figures;

import java.util.List;

import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.labourtracker.projections.history.LiveView;
import org.labourtracker.projections.history.Subscriptions;
import org.labourtracker.projections.history.ViewChange;
import org.springframework.stereotype.Component;

/** Answers the view's queries, and sends its subscribed readers the dispute's new figures. */
@Component
class FiguresQueries implements LiveView {

    private final FiguresStore store;
    private final QueryUpdateEmitter emitter;

    FiguresQueries(FiguresStore store, QueryUpdateEmitter emitter) {
        this.store = store;
        this.emitter = emitter;
    }

    @Override
    public void announce(List<ViewChange> changes) {
        Subscriptions.emitPerDispute(emitter, DisputeFiguresQuery.class, DisputeFiguresQuery::disputeId, changes,
                q -> store.figures(q.disputeId(), q.confidentialVisible()));
    }

    @QueryHandler
    DisputeFigures handle(DisputeFiguresQuery query) {
        return store.figures(query.disputeId(), query.confidentialVisible());
    }
}
