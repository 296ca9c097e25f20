package org.labourtracker.projections.summary;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

@Component
class SummaryQueries {

    private final SummaryStore store;

    SummaryQueries(SummaryStore store) {
        this.store = store;
    }

    @QueryHandler
    DisputeSummary handle(DisputeSummaryQuery query) {
        return store.summary(query.disputeId(), query.confidentialVisible());
    }
}
