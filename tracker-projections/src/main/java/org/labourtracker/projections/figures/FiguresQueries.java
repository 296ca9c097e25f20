package org.labourtracker.projections.figures;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

@Component
class FiguresQueries {

    private final FiguresStore store;

    FiguresQueries(FiguresStore store) {
        this.store = store;
    }

    @QueryHandler
    DisputeFigures handle(DisputeFiguresQuery query) {
        return store.figures(query.disputeId(), query.confidentialVisible());
    }
}
