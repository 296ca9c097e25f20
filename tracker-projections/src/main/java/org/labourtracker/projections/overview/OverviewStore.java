package org.labourtracker.projections.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.labourtracker.dispute.DisputeEvent.DisputeOpened;
import org.labourtracker.dispute.DisputeEvent.PartyJoined;
import org.labourtracker.dispute.DisputeEvent.StatusChanged;
import org.labourtracker.projections.history.RecordTable;
import org.labourtracker.projections.history.StoredRecord;
import org.labourtracker.projections.history.ViewCache;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The overview, from the record store: every record counted per month; a few kinds read in full. */
@Component
public class OverviewStore {

    /**
     * Disputes whose contributions are computed together: a few queries for each so many, and no more
     * of their records in memory at once (every dispute's records at once exhausted a 512 MiB heap at
     * 1,000,000 events).
     */
    private static final int CHUNK = 200;

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

    /**
     * The overview, from each dispute's contribution: kept while the dispute is unchanged, so that a
     * change to one dispute computes that dispute's again and adds up the others' as they were. When
     * many are not kept (a first answer, a day begun), they are read {@value #CHUNK} disputes at a time.
     */
    public Overview overview() {
        return table.consistently(() -> {
            LocalDate today = LocalDate.now(clock);
            Map<String, String> versions = table.versions();
            Map<String, Overviews.Contribution> kept = new HashMap<>();
            List<String> missing = new ArrayList<>();
            versions.forEach((disputeId, version) -> {
                Overviews.Contribution contribution = views.kept(slot(disputeId), version + "@" + today);
                if (contribution != null) {
                    kept.put(disputeId, contribution);
                } else {
                    missing.add(disputeId);
                }
            });
            kept.putAll(computed(missing, today));
            missing.forEach(disputeId -> views.keep(slot(disputeId), versions.get(disputeId) + "@" + today,
                    new ViewCache.Computed<>(kept.get(disputeId), weight(kept.get(disputeId)))));
            List<Overviews.Contribution> contributions = versions.keySet().stream().map(kept::get).toList();
            return Overviews.of(contributions, Overviews.perPeriod(contributions));
        });
    }

    private static ViewCache.Slot slot(String disputeId) {
        return new ViewCache.Slot("overview", disputeId, true);
    }

    private static long weight(Overviews.Contribution contribution) {
        return 1 + contribution.parts().values().stream().mapToLong(List::size).sum() + contribution.perPeriod().size();
    }

    private Map<String, Overviews.Contribution> computed(List<String> disputes, LocalDate today) {
        Map<String, Overviews.Contribution> contributions = new HashMap<>();
        for (int from = 0; from < disputes.size(); from += CHUNK) {
            List<String> chunk = disputes.subList(from, Math.min(disputes.size(), from + CHUNK));
            Map<String, List<StoredRecord>> opening = byDispute(table.ofDisputes(chunk, TYPES));
            Map<String, List<StoredRecord>> claims = byDispute(table.withClaims(chunk));
            Map<String, Map<String, Long>> periods = table.standingPerPeriod(chunk);
            for (String disputeId : chunk) {
                contributions.put(disputeId, Overviews.contribution(disputeId, opening.getOrDefault(disputeId, List.of()),
                        claims.getOrDefault(disputeId, List.of()), periods.getOrDefault(disputeId, Map.of()), today));
            }
        }
        return contributions;
    }

    private static Map<String, List<StoredRecord>> byDispute(List<StoredRecord> records) {
        Map<String, List<StoredRecord>> byDispute = new HashMap<>();
        records.forEach(record -> byDispute.computeIfAbsent(record.disputeId(), d -> new ArrayList<>()).add(record));
        return byDispute;
    }
}
