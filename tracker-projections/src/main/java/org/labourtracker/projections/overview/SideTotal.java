package org.labourtracker.projections.overview;

/**
 * One side's figures for a kind summed over the parts (incidents, or disputes' peaks: see
 * {@link TotalMethod}) it gave figures for: the sum of the parts' lows and of their highs. Parts
 * whose claims give no low (or no high) are left out of that sum and counted in
 * {@code incidentsWithoutLow} ({@code incidentsWithoutHigh}); {@code low} or {@code high} is null when
 * no part gives one. {@code openBelow} / {@code openAbove} say the total is open, as a part's range
 * is ("as many as 800", "over 70"): {@code openAbove} is true when some claim gives no upper number,
 * so the total is shown "12–72+", never "12–72". {@code vague} says some part's range comes from a
 * vague claim ("dozens") read by the convention, so the total is approximate.
 *
 * @param low                  the sum of the parts' lows, null when no part gives one
 * @param high                 the sum of the parts' highs, null when no part gives one
 * @param incidents            how many parts this side gave figures for
 * @param incidentsWithoutLow  parts left out of low because their claims give no low
 * @param incidentsWithoutHigh parts left out of high because their claims give no high
 * @param openBelow            whether the total is open below, as some part's range is
 * @param openAbove            whether the total is open above: some claim gives no upper number
 * @param vague                whether some part's range comes from a vague claim: the total is approximate
 */
public record SideTotal(Integer low, Integer high, int incidents, int incidentsWithoutLow, int incidentsWithoutHigh,
                        boolean openBelow, boolean openAbove, boolean vague) {

    public SideTotal(Integer low, Integer high, int incidents, int incidentsWithoutLow, int incidentsWithoutHigh,
                     boolean openBelow, boolean openAbove) {
        this(low, high, incidents, incidentsWithoutLow, incidentsWithoutHigh, openBelow, openAbove, false);
    }

    /** No part given: what a total starts from. */
    public static final SideTotal NONE = new SideTotal(null, null, 0, 0, 0, false, false, false);

    /** This total and another, as one total of both's parts: lows added, highs added, open or vague if either is. */
    public SideTotal plus(SideTotal other) {
        return new SideTotal(sum(low, other.low), sum(high, other.high), incidents + other.incidents,
                incidentsWithoutLow + other.incidentsWithoutLow, incidentsWithoutHigh + other.incidentsWithoutHigh,
                openBelow || other.openBelow, openAbove || other.openAbove, vague || other.vague);
    }

    private static Integer sum(Integer a, Integer b) {
        return a == null ? b : b == null ? a : Integer.valueOf(a + b);
    }
}
