package org.labourtracker.projections.organisations;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.queryhandling.QueryHandler;
import org.labourtracker.projections.history.DisputeCursor;
import org.labourtracker.projections.history.RecordTable;
import org.labourtracker.projections.history.SearchText;
import org.labourtracker.projections.history.StoredRecord;
import org.labourtracker.projections.history.TimelinePosition;
import org.labourtracker.projections.overview.OverviewStore;
import org.labourtracker.projections.summary.DisputeSummary;
import org.labourtracker.projections.summary.SummaryStore;
import org.labourtracker.projections.timeline.TimelineEntry;
import org.labourtracker.projections.timeline.TimelineStore;
import org.springframework.stereotype.Component;

/**
 * Answers {@link OrganisationQuery} from the record store, a page of disputes at a time: the disputes
 * with a party of that name are found by the parties kept beside the records ({@code _party}, indexed by
 * name), each is kept if its summary names the organisation exactly as a party, and only its records
 * that hold the name's words are read to find those naming it. Neither the work nor the answer grows
 * with the disputes the organisation is not party to, or beyond a page of those it is. (Finding them by
 * the words of every opening and joining record read every record's words: at 1,000,000 events one
 * page took longer than the benchmark waited.)
 */
@Component
class OrganisationQueries {

    /** The records naming the organisation shown in each dispute; the dispute's timeline has the rest. */
    static final int RECORDS_SHOWN = 100;
    /** Candidates read at a time: more than a page, as a few may name it only in part. */
    private static final int BATCH = 200;

    private final SummaryStore summaries;
    private final OverviewStore overview;
    private final TimelineStore timelines;

    OrganisationQueries(SummaryStore summaries, TimelineStore timelines, OverviewStore overview) {
        this.summaries = summaries;
        this.timelines = timelines;
        this.overview = overview;
    }

    @QueryHandler
    OrganisationRecord handle(OrganisationQuery query) {
        RecordTable table = summaries.table();
        return table.consistently(() -> organisation(table, query));
    }

    private OrganisationRecord organisation(RecordTable table, OrganisationQuery query) {
        List<String> terms = SearchText.terms(query.name());
        List<OrganisationInDispute> parts = new ArrayList<>();
        String after = query.afterDisputeId();
        String lastShown = null;
        boolean any = false;
        while (true) {
            List<String> candidates = overview.disputesWithParty(query.name(), after, BATCH);
            for (String disputeId : candidates) {
                DisputeSummary summary = summaries.summary(disputeId, query.confidentialVisible());
                List<Organisations.Side> sides = summary == null ? List.of() : Organisations.sides(query.name(), summary);
                if (sides.isEmpty()) {
                    continue;
                }
                any = true;
                if (lastShown != null && parts.size() >= query.limit()) {
                    return new OrganisationRecord(query.name(), parts, DisputeCursor.after(lastShown));
                }
                for (Organisations.Side side : sides) {
                    parts.add(part(table, terms, summary, side, query.confidentialVisible()));
                }
                lastShown = disputeId;
            }
            if (candidates.size() < BATCH) {
                // a later page of an organisation that is party to something is empty, not unknown
                return any || query.afterDisputeId() != null ? new OrganisationRecord(query.name(), parts, null) : null;
            }
            after = candidates.get(candidates.size() - 1);
        }
    }

    /** The part on one side, with the first records naming it, read along the dispute's timeline. */
    private OrganisationInDispute part(RecordTable table, List<String> terms, DisputeSummary summary,
                                       Organisations.Side side, boolean confidentialVisible) {
        List<TimelineEntry> naming = new ArrayList<>();
        TimelinePosition position = null;
        while (true) {
            List<StoredRecord> candidates = table.matching(terms, List.of(summary.disputeId()), null, null, position,
                    BATCH);
            for (StoredRecord record : candidates) {
                TimelineEntry entry = timelines.entry(record, confidentialVisible);
                if (Organisations.names(entry, summary.disputeId(), side.party())) {
                    if (naming.size() == RECORDS_SHOWN) {
                        return Organisations.part(summary, side, naming, true);
                    }
                    naming.add(entry);
                }
            }
            if (candidates.size() < BATCH) {
                return Organisations.part(summary, side, naming, false);
            }
            position = TimelinePosition.of(candidates.get(candidates.size() - 1));
        }
    }
}
