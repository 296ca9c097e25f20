package org.labourtracker.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * One source's figure for a count, as low, best and high estimates (UCDP GED style) with the
 * source's own wording ("over 70", "scores"). Claims are never merged: two sources giving
 * different figures are two claims.
 * <p>
 * A {@code vague} claim ("dozens") has no best estimate; its low and high are the convention's
 * for that word ({@link Vague}), filled in when not given, and its wording is required.
 * {@code counted} says what is counted where a record's figures can count different things;
 * absent, the record's usual thing. Both came later: a claim stored without them reads as before.
 *
 * @param source  the source that gives the figure
 * @param low     the lowest figure the source allows
 * @param best    the source's best figure
 * @param high    the highest figure the source allows
 * @param wording the source's own words for the figure, such as "over 70"
 * @param vague   the vague word the source uses instead of a number ("dozens"), read by the convention
 * @param counted what is counted, where a record's figures can count different things
 */
public record Claim(@NotNull @Valid Source source,
                    @Min(value = 0, message = "must not be negative") @Max(Claim.LARGEST_COUNT) Integer low,
                    @Min(value = 0, message = "must not be negative") @Max(Claim.LARGEST_COUNT) Integer best,
                    @Min(value = 0, message = "must not be negative") @Max(Claim.LARGEST_COUNT) Integer high,
                    @Name String wording,
                    @JsonInclude(JsonInclude.Include.NON_NULL) Vague vague,
                    @JsonInclude(JsonInclude.Include.NON_NULL) Counted counted) {

    public static final int LARGEST_COUNT = 1_000_000_000;

    public Claim {
        if (vague != null) {
            low = low == null ? Integer.valueOf(vague.low()) : low;
            high = high == null ? Integer.valueOf(vague.high()) : high;
        }
    }

    public Claim(Source source, Integer low, Integer best, Integer high, String wording) {
        this(source, low, best, high, wording, null, null);
    }

    public static Claim of(Source source, Integer low, Integer best, Integer high, String wording) {
        return new Claim(source, low, best, high, wording);
    }

    /** A source's vague quantity in its own words, read by the convention. */
    public static Claim vague(Source source, Vague vague, String wording) {
        return new Claim(source, null, null, null, wording, vague, null);
    }

    /** This claim as counting {@code counted}. */
    public Claim counting(Counted counted) {
        return new Claim(source, low, best, high, wording, vague, counted);
    }

    /** The rules between the estimates; each estimate's own rules are on its component. */
    public void check(String path) {
        Checks.require(low != null || best != null || high != null, path + ".best", "at least one of low, best and high is required");
        ordered(low, best, path + ".low", "must not exceed best");
        ordered(best, high, path + ".best", "must not exceed high");
        ordered(low, high, path + ".low", "must not exceed high");
        if (vague != null) {
            Checks.require(best == null, path + ".best",
                    "a vague figure (" + vague + ") has no best estimate: keep the source's wording");
            Checks.require(low == vague.low(), path + ".low", "is " + vague.low() + " for " + vague + " by the convention");
            Checks.require(high == vague.high(), path + ".high", "is " + vague.high() + " for " + vague + " by the convention");
            Checks.require(wording != null, path + ".wording", "is required for a vague figure: the source's own words");
        }
    }

    /** Whether this claim counts people (said so, or not said), not employers or establishments. */
    public boolean countsPeople() {
        return counted == null || counted.isPeople();
    }

    private static void ordered(Integer smaller, Integer larger, String field, String reason) {
        if (smaller != null && larger != null) {
            Checks.require(smaller <= larger, field, reason);
        }
    }
}
