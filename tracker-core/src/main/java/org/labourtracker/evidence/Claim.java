package org.labourtracker.evidence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * One source's figure for a count, as low, best and high estimates (UCDP GED style) with the
 * source's own wording ("over 70", "scores"). Claims are never merged: two sources giving
 * different figures are two claims.
 *
 * @param source  the source that gives the figure
 * @param low     the lowest figure the source allows
 * @param best    the source's best figure
 * @param high    the highest figure the source allows
 * @param wording the source's own words for the figure, such as "over 70"
 */
public record Claim(@NotNull @Valid Source source,
                    @Min(value = 0, message = "must not be negative") @Max(Claim.LARGEST_COUNT) Integer low,
                    @Min(value = 0, message = "must not be negative") @Max(Claim.LARGEST_COUNT) Integer best,
                    @Min(value = 0, message = "must not be negative") @Max(Claim.LARGEST_COUNT) Integer high,
                    @Name String wording) {

    public static final int LARGEST_COUNT = 1_000_000_000;

    public static Claim of(Source source, Integer low, Integer best, Integer high, String wording) {
        return new Claim(source, low, best, high, wording);
    }

    /** The rules between the estimates; each estimate's own rules are on its component. */
    public void check(String path) {
        Checks.require(low != null || best != null || high != null, path + ".best", "at least one of low, best and high is required");
        ordered(low, best, path + ".low", "must not exceed best");
        ordered(best, high, path + ".best", "must not exceed high");
        ordered(low, high, path + ".low", "must not exceed high");
    }

    private static void ordered(Integer smaller, Integer larger, String field, String reason) {
        if (smaller != null && larger != null) {
            Checks.require(smaller <= larger, field, reason);
        }
    }
}
