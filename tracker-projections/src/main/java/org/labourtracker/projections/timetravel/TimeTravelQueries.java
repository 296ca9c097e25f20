package org.labourtracker.projections.timetravel;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

@Component
class TimeTravelQueries {

    private final TimeTravel timeTravel;

    TimeTravelQueries(TimeTravel timeTravel) {
        this.timeTravel = timeTravel;
    }

    @QueryHandler
    DisputeSnapshot handle(DisputeAsKnownQuery query) {
        return timeTravel.asKnown(query);
    }
}
