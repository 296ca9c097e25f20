package org.labourtracker.projections.summary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.labourtracker.projections.history.RecordTable;
import org.labourtracker.projections.history.Redactor;
import org.labourtracker.projections.history.StoredRecord;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A dispute's summary, from the record store: the latest development and the count are indexed
 * look-ups, and only the few kinds a summary reads in full are loaded.
 */
@Component
public class SummaryStore {

    private final RecordTable table;
    private final Clock clock;

    SummaryStore(RecordTable table, ObjectProvider<Clock> clock) {
        this.table = table;
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
            List<StoredRecord> relevant = table.ofDispute(disputeId, Summaries.TYPES);
            return Summaries.of(disputeId, relevant, table.latestStanding(disputeId), table.standingCount(disputeId),
                    LocalDate.now(clock), Redactor.of(confidentialVisible, table.confidentiality(disputeId), relevant));
        });
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
