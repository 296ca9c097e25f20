package org.labourtracker.projections.overview;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.labourtracker.dispute.VictimCategory;
import org.labourtracker.projections.figures.FigureKind;
import org.labourtracker.projections.figures.SideRange;
import org.labourtracker.projections.history.StoredRecord;
import org.labourtracker.projections.summary.DisputeSummary;
import org.labourtracker.projections.summary.KeptSummary;
import org.labourtracker.projections.summary.Party;
import org.labourtracker.projections.summary.Summaries;

/** Computes the overview: pure, from the records that open disputes, join parties, change status or carry figures. */
public final class Overviews {

    private Overviews() {
    }

    /** Parts listed at most in each total; the others are counted ({@link FigureTotal#partCount}). */
    public static final int LISTED_PARTS = 100;

    /**
     * What one dispute adds to the overview: its brief and the summary it keeps (none before its opening
     * record is in, or once it is withdrawn) and its share of each total.
     */
    public record Contribution(String disputeId, DisputeBrief brief, KeptSummary summary, Map<Counted, Share> shares) {
    }

    /**
     * A dispute's share of a total: its parts added up by side, how many parts it has, and the parts
     * themselves (which the store reads only for the disputes whose parts are listed).
     */
    public record Share(SideTotal official, SideTotal independent, int parts, List<FigurePart> listed) {
    }

    /**
     * What the dispute adds, from its records of the kinds a summary reads ({@link Summaries#TYPES}) and its
     * shares of the totals ({@link #shares}).
     */
    public static Contribution contribution(String disputeId, Collection<StoredRecord> disputeRecords,
                                            Map<Counted, Share> shares) {
        KeptSummary kept = disputeRecords.isEmpty() ? null : Summaries.kept(disputeId, disputeRecords);
        if (kept == null) {
            // withdrawn (its opening record no longer stands): neither listed nor counted
            return new Contribution(disputeId, null, null, Map.of());
        }
        DisputeSummary s = kept.summary();
        DisputeBrief brief = new DisputeBrief(disputeId, s.title(), s.status(), s.active(),
                s.country(), s.region(), s.industry(), s.employerNames(), s.unions().stream().map(Party::name).toList(),
                s.started());
        return new Contribution(disputeId, brief, kept, shares);
    }

    /** The dispute's share of each total, from its records with figures, in the order of {@link Counted#ORDER}. */
    public static Map<Counted, Share> shares(String disputeId, Collection<StoredRecord> claimRecords) {
        return FigureShares.of(disputeId, claimRecords).shares();
    }

    /**
     * The overview from every dispute's contribution, in the order of their ids, and the standing
     * records per period of every dispute listed. A total lists the first {@value #LISTED_PARTS} parts
     * in that order and counts the rest.
     */
    public static Overview of(List<Contribution> contributions, Map<String, Long> perPeriod) {
        List<DisputeBrief> briefs = new ArrayList<>();
        Map<Counted, List<Share>> shares = new TreeMap<>(Counted.ORDER);
        for (Contribution contribution : contributions) {
            if (contribution.brief() != null) {
                briefs.add(contribution.brief());
                contribution.shares().forEach((counted, share) ->
                        shares.computeIfAbsent(counted, k -> new ArrayList<>()).add(share));
            }
        }
        List<FigureTotal> totals = new ArrayList<>();
        shares.forEach((counted, list) -> totals.add(new FigureTotal(counted.kind(), counted.victims(),
                list.stream().map(Share::official).reduce(SideTotal.NONE, SideTotal::plus),
                list.stream().map(Share::independent).reduce(SideTotal.NONE, SideTotal::plus),
                TotalMethod.of(counted.kind()), list.size(), list.stream().mapToInt(Share::parts).sum(),
                list.stream().flatMap(share -> share.listed().stream()).limit(LISTED_PARTS).toList())));

        return new Overview(briefs.size(), (int) briefs.stream().filter(DisputeBrief::active).count(),
                facet(briefs, b -> List.of(b.country())),
                facet(briefs, b -> List.of(b.country() + " / " + (b.region() == null ? "(unknown)" : b.region()))),
                facet(briefs, b -> List.of(b.industry() == null ? "(unknown)" : b.industry())),
                facet(briefs, DisputeBrief::employers),
                facet(briefs, b -> List.of(b.status().name())),
                perPeriod.entrySet().stream().map(e -> new PeriodCount(e.getKey(), e.getValue()))
                        .sorted(Comparator.comparing(PeriodCount::period)).toList(),
                List.copyOf(totals));
    }

    /** What a total counts: a kind of figure, for one category of victims (null: not said). */
    public record Counted(FigureKind kind, VictimCategory victims) {
        public static final Comparator<Counted> ORDER = Comparator.comparing(Counted::kind)
                .thenComparing(Counted::victims, Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    /**
     * The peak of head counts taken at different moments: at least the greatest low, at most the
     * greatest high (and no less than that low), open above when some count gives no upper number,
     * open below only when none gives a lower one.
     */
    static SideRange peak(List<SideRange> counts) {
        Integer low = null;
        Integer high = null;
        int claims = 0;
        boolean openAbove = false;
        boolean vague = false;
        for (SideRange count : counts) {
            if (!count.claimed()) {
                continue;
            }
            claims += count.claims();
            vague |= count.vague();
            openAbove |= count.openAbove();
            if (count.low() != null && (low == null || count.low() > low)) {
                low = count.low();
            }
            if (count.high() != null && (high == null || count.high() > high)) {
                high = count.high();
            }
        }
        if (low != null && high != null && high < low) {
            high = low;
        }
        return claims == 0 ? SideRange.NONE : new SideRange(low, high, claims, low == null, openAbove, vague);
    }

    static SideTotal total(List<SideRange> ranges) {
        Integer low = null;
        Integer high = null;
        int incidents = 0;
        int withoutLow = 0;
        int withoutHigh = 0;
        boolean openBelow = false;
        boolean openAbove = false;
        boolean vague = false;
        for (SideRange range : ranges) {
            if (!range.claimed()) {
                continue;
            }
            incidents++;
            vague |= range.vague();
            openBelow |= range.openBelow();
            openAbove |= range.openAbove();
            if (range.low() == null) {
                withoutLow++;
            } else {
                low = (low == null ? 0 : low) + range.low();
            }
            if (range.high() == null) {
                withoutHigh++;
            } else {
                high = (high == null ? 0 : high) + range.high();
            }
        }
        return new SideTotal(low, high, incidents, withoutLow, withoutHigh, openBelow || withoutLow > 0,
                openAbove || withoutHigh > 0, vague);
    }

    private static List<FacetCount> facet(List<DisputeBrief> briefs, Function<DisputeBrief, List<String>> keys) {
        Map<String, int[]> counts = new TreeMap<>();
        for (DisputeBrief brief : briefs) {
            for (String key : keys.apply(brief).stream().distinct().toList()) {
                int[] c = counts.computeIfAbsent(key, k -> new int[2]);
                c[1]++;
                if (brief.active()) {
                    c[0]++;
                }
            }
        }
        return counts.entrySet().stream().map(e -> new FacetCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

}
