package org.labourtracker.projections.summary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.labourtracker.projections.history.RecordTable;
import org.labourtracker.projections.history.Redactor;
import org.labourtracker.projections.history.StoredRecord;
import org.labourtracker.projections.history.ViewCache;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A dispute's summary, from the record store: the latest development and the count are indexed
 * look-ups, and only the few kinds a summary reads in full are loaded.
 */
@Component
public class SummaryStore {

    private final RecordTable table;
    private final ViewCache views;
    private final Clock clock;

    SummaryStore(RecordTable table, ViewCache views, ObjectProvider<Clock> clock) {
        this.table = table;
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
                        List<StoredRecord> relevant = table.ofDispute(disputeId, Summaries.TYPES);
                        DisputeSummary summary = Summaries.of(disputeId, relevant, table.latestStanding(disputeId),
                                table.standingCount(disputeId), today,
                                Redactor.of(confidentialVisible, table.confidentiality(disputeId), relevant));
                        return new ViewCache.Computed<>(summary, summary == null ? 0 : 1 + summary.employers().size()
                                + summary.unions().size() + summary.demands().size());
                    });
        });
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
