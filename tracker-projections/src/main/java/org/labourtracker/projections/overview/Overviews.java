package org.labourtracker.projections.overview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.labourtracker.projections.figures.FigureGroup;
import org.labourtracker.projections.figures.FigureKind;
import org.labourtracker.projections.figures.Figures;
import org.labourtracker.projections.figures.SideRange;
import org.labourtracker.projections.history.Confidentiality;
import org.labourtracker.projections.history.Redactor;
import org.labourtracker.projections.history.StoredRecord;
import org.labourtracker.projections.summary.DisputeSummary;
import org.labourtracker.projections.summary.Summaries;

/** Computes the overview: pure, from the records that open disputes, join parties, change status or carry figures. */
public final class Overviews {

    private Overviews() {
    }

    public static Overview of(Collection<StoredRecord> disputeRecords, Collection<StoredRecord> claimRecords,
                              Map<String, Long> perPeriod, LocalDate today) {
        Redactor none = Redactor.of(true, Confidentiality.NONE, List.of());
        Map<String, List<StoredRecord>> byDispute = disputeRecords.stream()
                .collect(Collectors.groupingBy(StoredRecord::disputeId, TreeMap::new, Collectors.toList()));
        List<DisputeBrief> briefs = new ArrayList<>();
        byDispute.forEach((disputeId, records) -> {
            DisputeSummary s = Summaries.of(disputeId, records, Optional.empty(), 0, today, none);
            if (s != null) {
                briefs.add(new DisputeBrief(disputeId, s.title(), s.status(), s.active(), s.country(), s.region(),
                        s.industry(), s.employerNames(), s.started()));
            }
        });

        Map<FigureKind, List<FigureGroup>> groups = new EnumMap<>(FigureKind.class);
        claimRecords.stream()
                .collect(Collectors.groupingBy(StoredRecord::disputeId, TreeMap::new, Collectors.toList()))
                .forEach((disputeId, records) -> Figures.of(disputeId, records, none).groups()
                        .forEach(g -> groups.computeIfAbsent(g.kind(), k -> new ArrayList<>()).add(g)));
        List<FigureTotal> totals = new ArrayList<>();
        groups.forEach((kind, list) -> totals.add(new FigureTotal(kind,
                total(list.stream().map(g -> g.spread().official()).toList()),
                total(list.stream().map(g -> g.spread().independent()).toList()))));

        return new Overview(briefs.size(), (int) briefs.stream().filter(DisputeBrief::active).count(), briefs,
                facet(briefs, b -> List.of(b.country())),
                facet(briefs, b -> List.of(b.country() + " / " + (b.region() == null ? "(unknown)" : b.region()))),
                facet(briefs, b -> List.of(b.industry() == null ? "(unknown)" : b.industry())),
                facet(briefs, DisputeBrief::employers),
                facet(briefs, b -> List.of(b.status().name())),
                perPeriod.entrySet().stream().map(e -> new PeriodCount(e.getKey(), e.getValue()))
                        .sorted(java.util.Comparator.comparing(PeriodCount::period)).toList(),
                List.copyOf(totals));
    }

    static SideTotal total(List<SideRange> ranges) {
        Integer low = null;
        Integer high = null;
        int incidents = 0;
        int withoutLow = 0;
        int withoutHigh = 0;
        for (SideRange range : ranges) {
            if (!range.claimed()) {
                continue;
            }
            incidents++;
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
        return new SideTotal(low, high, incidents, withoutLow, withoutHigh);
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
