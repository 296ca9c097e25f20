package org.labourtracker.evidence;

/**
 * A source's vague quantity ("dozens", "hundreds", "a handful"), with the range our convention
 * reads it as (docs/vocabulary.md, "Vague quantities"). The low end is ACLED's conservative figure
 * where ACLED gives one (10 for "tens", 12 for "dozens", 100 for "hundreds"); the high end is the
 * last number before a source would have used the next word up. A vague claim keeps the source's
 * wording and gives no best estimate, so that no number is invented.
 */
public enum Vague {
    HANDFUL(2, 5),
    FEW(2, 9),
    SEVERAL(3, 9),
    TENS(10, 99),
    DOZENS(12, 99),
    SCORES(20, 99),
    HUNDREDS(100, 999),
    THOUSANDS(1_000, 9_999),
    TENS_OF_THOUSANDS(10_000, 99_999);

    private final int low;
    private final int high;

    Vague(int low, int high) {
        this.low = low;
        this.high = high;
    }

    public int low() {
        return low;
    }

    public int high() {
        return high;
    }
}
