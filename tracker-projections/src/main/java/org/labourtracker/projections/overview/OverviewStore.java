package org.labourtracker.projections.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.labourtracker.dispute.DisputeEvent.DisputeOpened;
import org.labourtracker.dispute.DisputeEvent.PartyJoined;
import org.labourtracker.dispute.DisputeEvent.StatusChanged;
import org.labourtracker.projections.history.RecordTable;
import org.labourtracker.projections.history.ViewCache;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The overview, from the record store: every record counted per month; a few kinds read in full. */
@Component
public class OverviewStore {

    static final Set<String> TYPES = Set.of(DisputeOpened.class.getSimpleName(), PartyJoined.class.getSimpleName(),
            StatusChanged.class.getSimpleName());

    private final RecordTable table;
    private final ViewCache views;
    private final Clock clock;

    OverviewStore(RecordTable table, ViewCache views, ObjectProvider<Clock> clock) {
        this.table = table;
        this.views = views;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public RecordTable table() {
        return table;
    }

    public Overview overview() {
        return table.consistently(() -> {
            LocalDate today = LocalDate.now(clock);
            return views.get(new ViewCache.Slot("overview", null, true), table.version() + "@" + today, () -> {
                Overview overview = Overviews.of(table.ofTypes(TYPES), table.withClaims(), table.standingPerPeriod(),
                        today);
                return new ViewCache.Computed<>(overview, 1 + overview.briefs().size());
            });
        });
    }
}
