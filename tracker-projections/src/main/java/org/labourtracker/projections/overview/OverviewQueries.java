package org.labourtracker.projections.overview;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

@Component
class OverviewQueries {

    private final OverviewStore store;

    OverviewQueries(OverviewStore store) {
        this.store = store;
    }

    @QueryHandler
    Overview handle(OverviewQuery query) {
        return store.overview();
    }
}
