package org.labourtracker.projections.figures;

import java.util.List;
import java.util.function.BinaryOperator;

import org.labourtracker.evidence.Claim;

/**
 * The range of one side's claims: the least of their lows to the greatest of their highs, a missing
 * low or high standing in for by the best estimate. {@code low} or {@code high} is null when no claim
 * on this side gives such a number; {@code openBelow} / {@code openAbove} say that some claim gives no
 * lower / upper number at all ("as many as 800", "over 1000"); {@code claims} is 0 when this side
 * claims nothing. {@code vague} says some claim is a vague quantity ("dozens") whose low and high are
 * the convention's reading of its words, not a source's numbers: the range is approximate.
 *
 * @param low       the least of the claims' lows (or best estimates), null when none gives one
 * @param high      the greatest of the claims' highs (or best estimates), null when none gives one
 * @param claims    how many claims this side makes
 * @param openBelow whether some claim gives no lower number ("as many as 800")
 * @param openAbove whether some claim gives no upper number ("over 1000")
 * @param vague     whether some claim is a vague quantity read by the convention: the range is approximate
 */
public record SideRange(Integer low, Integer high, int claims, boolean openBelow, boolean openAbove, boolean vague) {

    public static final SideRange NONE = new SideRange(null, null, 0, false, false);

    public SideRange(Integer low, Integer high, int claims, boolean openBelow, boolean openAbove) {
        this(low, high, claims, openBelow, openAbove, false);
    }

    public static SideRange of(List<Claim> claims) {
        return claims.stream().map(SideRange::of).reduce(NONE, SideRange::plus);
    }

    /** The range of one claim: its low (or best estimate) to its high (or best estimate). */
    private static SideRange of(Claim claim) {
        Integer low = claim.low() != null ? claim.low() : claim.best();
        Integer high = claim.high() != null ? claim.high() : claim.best();
        return new SideRange(low, high, 1, low == null, high == null, claim.vague() != null);
    }

    /** The range of this side's claims and the other's together. */
    public SideRange plus(SideRange other) {
        return new SideRange(either(low, other.low, Math::min), either(high, other.high, Math::max),
                claims + other.claims, openBelow || other.openBelow, openAbove || other.openAbove,
                vague || other.vague);
    }

    /** The one of two numbers the rule picks, or the one there is, or null. */
    private static Integer either(Integer a, Integer b, BinaryOperator<Integer> rule) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return rule.apply(a, b);
    }

    /** Whether this side gave any figure. */
    public boolean claimed() {
        return claims > 0;
    }
}
