package org.labourtracker.projections.timeline;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

@Component
class TimelineQueries {

    private final TimelineStore store;

    TimelineQueries(TimelineStore store) {
        this.store = store;
    }

    @QueryHandler
    DisputeTimeline handle(DisputeTimelineQuery query) {
        return store.timeline(query.disputeId(), query.confidentialVisible());
    }

    @QueryHandler
    TimelinePage handle(DisputeTimelinePageQuery query) {
        return store.page(query.disputeId(), query.after(), query.limit(), query.confidentialVisible());
    }
}
