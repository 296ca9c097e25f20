package org.labourtracker.projections.overview;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.labourtracker.evidence.Claim;
import org.labourtracker.projections.figures.ClaimView;
import org.labourtracker.projections.figures.Figures;
import org.labourtracker.projections.figures.SideRange;
import org.labourtracker.projections.figures.Spread;
import org.labourtracker.projections.history.Confidentiality;
import org.labourtracker.projections.history.Redactor;
import org.labourtracker.projections.history.StoredRecord;
import org.labourtracker.projections.history.TimelinePosition;

/**
 * A dispute's shares of the figure totals ({@link Overviews#shares}), folded record by record in any
 * order: each group of its figures ({@link Figures#groupsOf}) keeps where its first record stands in the
 * timeline, its standing records by their places in it, and the ranges of their claims (a range takes
 * more claims without the ones before, {@link Spread#plus}). A record added costs its own claims, so
 * the overview's round takes a long dispute's new records without going through the old ones again.
 * Not safe for use by several threads at once.
 */
final class FigureShares {

    /** The overview counts every claim; which sources a reader may see is the figures view's concern. */
    private static final Redactor UNREDACTED = Redactor.of(true, Confidentiality.NONE, List.of());

    private final String disputeId;
    private final Map<String, Tally> groups = new HashMap<>();
    private int records;

    FigureShares(String disputeId) {
        this.disputeId = disputeId;
    }

    /** The shares of the dispute's records that carry figures. */
    static FigureShares of(String disputeId, Collection<StoredRecord> claimRecords) {
        FigureShares shares = new FigureShares(disputeId);
        claimRecords.forEach(shares::add);
        return shares;
    }

    /** Folds in a record of the dispute not folded in before, as it stands now. */
    void add(StoredRecord record) {
        if (!Figures.givesFigures(record)) {
            return;
        }
        records++;
        TimelinePosition at = TimelinePosition.of(record);
        List<ClaimView> claims = Figures.claimsOf(record, UNREDACTED);
        for (Figures.GroupOf group : Figures.groupsOf(record, claims)) {
            groups.computeIfAbsent(group.key(), key -> new Tally(group, at)).add(record, at);
        }
    }

    /** How many records were folded in. */
    int records() {
        return records;
    }

    /**
     * Each total's share, in the order of {@link Overviews.Counted#ORDER}, from the groups with standing
     * claims in the order their first records happened.
     */
    Map<Overviews.Counted, Overviews.Share> shares() {
        Map<Overviews.Counted, List<Tally>> counted = new TreeMap<>(Overviews.Counted.ORDER);
        groups.values().stream()
                .filter(Tally::claimed)
                .sorted(Comparator.comparing((Tally tally) -> tally.first))
                .forEach(tally -> counted.computeIfAbsent(new Overviews.Counted(tally.group.kind(),
                        tally.group.victims()), c -> new ArrayList<>()).add(tally));
        Map<Overviews.Counted, Overviews.Share> shares = new TreeMap<>(Overviews.Counted.ORDER);
        counted.forEach((total, tallies) -> {
            List<FigurePart> parts = parts(total, tallies);
            shares.put(total, new Overviews.Share(Overviews.total(parts.stream().map(p -> p.spread().official()).toList()),
                    Overviews.total(parts.stream().map(p -> p.spread().independent()).toList()), parts.size(), parts));
        });
        return shares;
    }

    /**
     * The parts the dispute adds to a total: each incident, or for head counts at a moment (workers out,
     * protesters) the dispute's one peak, as {@link TotalMethod} says.
     */
    private List<FigurePart> parts(Overviews.Counted total, List<Tally> tallies) {
        if (TotalMethod.of(total.kind()) == TotalMethod.SUM_OF_INCIDENTS) {
            return tallies.stream().map(tally -> new FigurePart(disputeId, tally.group.incident(),
                    List.copyOf(tally.standing.values()), tally.spread)).toList();
        }
        return List.of(new FigurePart(disputeId, null,
                tallies.stream().flatMap(tally -> tally.standing.values().stream()).toList(),
                new Spread(Overviews.peak(tallies.stream().map(tally -> tally.spread.official()).toList()),
                        Overviews.peak(tallies.stream().map(tally -> tally.spread.independent()).toList()))));
    }

    /** One group of the dispute's figures, as far as the totals need it. */
    private static final class Tally {
        private final Figures.GroupOf group;
        private TimelinePosition first;
        private final TreeMap<TimelinePosition, String> standing = new TreeMap<>();
        private Spread spread = new Spread(SideRange.NONE, SideRange.NONE);

        Tally(Figures.GroupOf group, TimelinePosition first) {
            this.group = group;
            this.first = first;
        }

        void add(StoredRecord record, TimelinePosition at) {
            if (at.compareTo(first) < 0) {
                first = at;
            }
            List<Claim> claims = Figures.standingClaims(record, group.kind());
            if (!claims.isEmpty()) {
                standing.put(at, record.recordId());
                spread = spread.plus(Spread.of(claims));
            }
        }

        boolean claimed() {
            return spread.official().claimed() || spread.independent().claimed();
        }
    }
}
