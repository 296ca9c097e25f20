package org.labourtracker.projections.summary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.labourtracker.projections.history.Confidentiality;
import org.labourtracker.projections.history.RecordTable;
import org.labourtracker.projections.history.Redactor;
import org.labourtracker.projections.history.ViewCache;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A dispute's summary: what it keeps is a row per dispute ({@link KeptSummaries}), and the latest
 * development and the count are indexed look-ups of the record store. A dispute whose records changed
 * since its row was computed is summed up from its records of the kinds a summary reads, so that a
 * reader sees every record the store holds.
 */
@Component
public class SummaryStore {

    private final RecordTable table;
    private final KeptSummaries kept;
    private final ViewCache views;
    private final Clock clock;

    SummaryStore(RecordTable table, KeptSummaries kept, ViewCache views, ObjectProvider<Clock> clock) {
        this.table = table;
        this.kept = kept;
        this.views = views;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public RecordTable table() {
        return table;
    }

    /** The dispute's summary as of today, or null if the read model does not know the dispute. */
    public DisputeSummary summary(String disputeId, boolean confidentialVisible) {
        return table.consistently(() -> {
            if (!table.knows(disputeId)) {
                return null;
            }
            LocalDate today = LocalDate.now(clock);
            // the days it has lasted are counted to today: kept for the day
            return views.get(new ViewCache.Slot("summary", disputeId, confidentialVisible),
                    table.version(disputeId) + "@" + today, () -> {
                        KeptSummary summed = kept.current(disputeId).orElseGet(() ->
                                Summaries.kept(disputeId, table.ofDispute(disputeId, Summaries.TYPES)));
                        // a summary shows no person, and hides only its figures' confidential sources
                        DisputeSummary summary = summed == null ? null : Summaries.of(summed,
                                table.latestStanding(disputeId), table.standingCount(disputeId), today,
                                Redactor.of(confidentialVisible, Confidentiality.NONE, List.of()));
                        return new ViewCache.Computed<>(summary, summary == null ? 0 : 1 + summary.employers().size()
                                + summary.unions().size() + summary.demands().size());
                    });
        });
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
