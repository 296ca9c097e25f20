package org.labourtracker.projections.overview;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Answers the overview's and the dispute list's queries. Readers are not sent a new overview as
 * records arrive: the overview page and the API read it when asked, and one computed for every change
 * would cost every batch of events a read of every dispute's rows.
 */
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

    @QueryHandler
    DisputeList handle(DisputeListQuery query) {
        return store.list(query);
    }

    @QueryHandler
    DisputeList handle(DisputeBriefsQuery query) {
        return store.briefs(query.disputeIds());
    }
}
