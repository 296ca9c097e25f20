package org.labourtracker.api.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.labourtracker.projections.figures.ClaimStatus;
import org.labourtracker.projections.figures.ClaimView;
import org.labourtracker.projections.figures.DisputeFigures;
import org.labourtracker.projections.figures.FigureGroup;
import org.labourtracker.projections.figures.FigureKind;
import org.labourtracker.projections.figures.SideRange;

/**
 * One figure group drawn as bars, laid out here so that the template only places them: each
 * source's claim from its low to its high with its best marked, then the official and the
 * independent ranges side by side on the same scale, which every chart of the kind shares. A claim open above (no upper figure, "over
 * 70") runs to the edge; one open below ("as many as 800") starts at zero, drawn faint.
 */
record FigureChart(String kind, String incident, List<Bar> claims, Bar official, Bar independent, List<Tick> ticks,
                   int width, int height, int plotLeft, int plotRight, int axisY) {

    private static final int WIDTH = 900;
    private static final int PLOT_LEFT = 420;
    private static final int PLOT_RIGHT = 870;
    private static final int ROW = 38;
    private static final int LABEL_LENGTH = 66;

    /**
     * A bar: where it is, what it says ({@code label} above {@code note}, both shortened to fit, and
     * {@code tooltip} in full), and {@code side} (official or independent) and {@code status} for its colour.
     */
    record Bar(String label, String note, String tooltip, String value, String side, String status, int y, double x,
               double width, Double best, boolean openBelow, boolean openAbove) {
    }

    record Tick(double x, String label) {
    }

    /** Every bar in the order drawn: the claims, then the range of each side that gives a figure. */
    public List<Bar> bars() {
        List<Bar> all = new ArrayList<>(claims);
        Stream.of(official, independent).filter(range -> range.width() > 0).forEach(all::add);
        return all;
    }

    /**
     * A chart for each group: harm to people first (killed, injured, arrested ...), as FigureKind
     * lists them; within a kind, the incidents whose sources disagree most (most claims) first, then
     * in the order they happened.
     */
    static List<FigureChart> all(DisputeFigures figures, Formats fmt) {
        // one scale for every chart of a kind, so that their bars can be compared at a glance
        Map<FigureKind, Double> scales = figures.groups().stream()
                .collect(Collectors.toMap(FigureGroup::kind, FigureChart::niceMaximum, Math::max));
        return figures.groups().stream()
                .sorted(Comparator.comparing(FigureGroup::kind)
                        .thenComparing(group -> group.claims().size(), Comparator.reverseOrder()))
                .map(group -> of(group, scales.get(group.kind()), fmt))
                .toList();
    }

    private static FigureChart of(FigureGroup group, double max, Formats fmt) {
        List<Bar> bars = new ArrayList<>();
        int y = 0;
        for (ClaimView claim : group.claims()) {
            String side = claim.source().kind().isOfficialSide() ? "official" : "independent";
            String note = fmt.claim(claim) + " · "
                    + (claim.wording() == null ? fmt.words(claim.source().kind()) : "“" + claim.wording() + "”");
            if (claim.status() != ClaimStatus.STANDING) {
                note = fmt.words(claim.status()) + ": " + note;
            }
            bars.add(bar(claim.source().publisher(), note, claim.source().publisher() + ": " + note,
                    fmt.claim(claim), side, claim.status().name().toLowerCase(java.util.Locale.ROOT), y,
                    claim.low(), claim.best(), claim.high(), max));
            y += ROW;
        }
        y += 10;
        Bar official = range("Official range", group.spread().official(), "official", y, max, fmt);
        y += official.width() > 0 ? ROW : 0;
        Bar independent = range("Independent range", group.spread().independent(), "independent", y, max, fmt);
        y += independent.width() > 0 ? ROW : 0;
        List<Tick> ticks = new ArrayList<>();
        // Five steps on a scale of 1, 5 or 10 times a power of ten, four on one of 2: round numbers either way.
        int steps = (int) Math.min(max, Math.round(max / Math.pow(10, Math.floor(Math.log10(max)))) == 2 ? 4 : 5);
        for (int i = 0; i <= steps; i++) {
            double value = max * i / steps;
            ticks.add(new Tick(x(value, max), String.format(java.util.Locale.ENGLISH, "%,d", Math.round(value))));
        }
        String kind = fmt.words(group.kind()) + (group.victims() == null ? "" : " (" + fmt.words(group.victims()).toLowerCase(java.util.Locale.ROOT) + ")");
        return new FigureChart(kind, group.incident(), bars, official, independent, ticks,
                WIDTH, y + 22, PLOT_LEFT, PLOT_RIGHT, y);
    }

    private static Bar range(String label, SideRange range, String side, int y, double max, Formats fmt) {
        String value = fmt.range(range);
        if (!range.claimed()) {
            return new Bar(label, "no source on this side gives a figure", label + ": no figure", value, side,
                    "none", y, PLOT_LEFT, 0, null, false, false);
        }
        String note = value + " · " + (range.claims() == 1 ? "from 1 claim" : "from " + range.claims() + " claims");
        return bar(label, note, label + ": " + value, value, side, "range", y,
                range.low(), null, range.openAbove() ? null : range.high(), max);
    }

    private static Bar bar(String label, String note, String tooltip, String value, String side, String status, int y,
                           Integer low, Integer best, Integer high, double max) {
        boolean openBelow = low == null && best == null;
        boolean openAbove = high == null && best == null;
        double from = low != null ? low : best != null ? best : 0;
        double to = high != null ? high : best != null ? best : max;
        double start = x(from, max);
        double width = Math.max(3, x(to, max) - start);
        return new Bar(shorten(label), shorten(note), tooltip, value, side, status, y, start, width,
                best == null ? null : x(best, max), openBelow, openAbove);
    }

    private static double x(double value, double max) {
        return PLOT_LEFT + (PLOT_RIGHT - PLOT_LEFT) * value / max;
    }

    /**
     * The scale's end: the largest figure in the group (with room to its right when some claim gives
     * no upper figure, so that "over 70" shows as more than 70), rounded up to 1, 2 or 5 times a power of ten.
     */
    private static double niceMaximum(FigureGroup group) {
        double largest = group.claims().stream()
                .flatMap(c -> Stream.of(c.low(), c.best(), c.high()))
                .filter(java.util.Objects::nonNull)
                .mapToInt(Integer::intValue).max().orElse(1);
        if (group.claims().stream().anyMatch(c -> c.high() == null && c.best() == null)) {
            largest *= 1.4;
        }
        double power = Math.pow(10, Math.floor(Math.log10(Math.max(1, largest))));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= largest) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static String shorten(String text) {
        return text.length() <= LABEL_LENGTH ? text : text.substring(0, LABEL_LENGTH - 1) + "…";
    }
}
