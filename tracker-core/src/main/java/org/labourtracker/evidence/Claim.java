package org.labourtracker.evidence;

import java.time.Clock;

/**
 * One source's figure for a count, as low, best and high estimates (UCDP GED style) with the
 * source's own wording ("over 70", "scores"). Claims are never merged: two sources giving
 * different figures are two claims.
 */
public record Claim(Source source, Integer low, Integer best, Integer high, String wording) {

    public static final int LARGEST_COUNT = 1_000_000_000;

    public static Claim of(Source source, Integer low, Integer best, Integer high, String wording) {
        return new Claim(source, low, best, high, wording);
    }

    public void check(String path, Clock clock) {
        Checks.present(source, path + ".source").check(path + ".source", clock);
        Checks.require(low != null || best != null || high != null, path + ".best", "at least one of low, best and high is required");
        count(low, path + ".low");
        count(best, path + ".best");
        count(high, path + ".high");
        ordered(low, best, path + ".low", "must not exceed best");
        ordered(best, high, path + ".best", "must not exceed high");
        ordered(low, high, path + ".low", "must not exceed high");
        Checks.optionalName(wording, path + ".wording");
    }

    private static void count(Integer value, String field) {
        if (value != null) {
            Checks.require(value >= 0, field, "must not be negative");
            Checks.require(value <= LARGEST_COUNT, field, "must be at most " + LARGEST_COUNT);
        }
    }

    private static void ordered(Integer smaller, Integer larger, String field, String reason) {
        if (smaller != null && larger != null) {
            Checks.require(smaller <= larger, field, reason);
        }
    }
}
