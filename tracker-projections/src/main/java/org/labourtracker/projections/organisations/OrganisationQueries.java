package org.labourtracker.projections.organisations;

import java.util.List;
import java.util.Objects;

import org.axonframework.queryhandling.QueryHandler;
import org.labourtracker.projections.summary.DisputeSummary;
import org.labourtracker.projections.summary.SummaryStore;
import org.labourtracker.projections.timeline.TimelineStore;
import org.springframework.stereotype.Component;

/** Answers {@link OrganisationQuery} from the summary and timeline read models: it keeps no table of its own. */
@Component
class OrganisationQueries {

    private final SummaryStore summaries;
    private final TimelineStore timelines;

    OrganisationQueries(SummaryStore summaries, TimelineStore timelines) {
        this.summaries = summaries;
        this.timelines = timelines;
    }

    @QueryHandler
    OrganisationRecord handle(OrganisationQuery query) {
        List<DisputeSummary> all = summaries.table().disputes().stream()
                .map(disputeId -> summaries.summary(disputeId, query.confidentialVisible()))
                .filter(Objects::nonNull)
                .toList();
        return Organisations.of(query.name(), all,
                disputeId -> timelines.timeline(disputeId, query.confidentialVisible()));
    }
}
