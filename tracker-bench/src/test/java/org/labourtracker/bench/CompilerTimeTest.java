package org.labourtracker.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How the benchmark reads a compiler thread's processor time from Linux's {@code /proc}, to tell when
 * the warm-up is over. The lines are those of the C2 and C1 compiler threads of a benchmark run on
 * 5 December 2026, 30 s after it started.
 */
class CompilerTimeTest {

    private static final String C2 = "29270 (C2 CompilerThre) S 29255 29250 2396 0 -1 4194368 30705 282083 0 4 1026 "
            + "22 2740 140 20 0 60 0 6247062 3307266048 116968 18446744073709551615 94452327219200 94452327220085 "
            + "140726704338816 0 0 0 4 3 16800972 1 0 0 -1 0 0 0 0 0 0 94452327230784 94452327231512 94452772741120 "
            + "140726704343722 140726704343787 140726704343787 140726704345066 0";
    private static final String C1 = "29271 (C1 CompilerThre) S 29255 29250 2396 0 -1 4194368 13113 282083 0 4 354 "
            + "22 2740 140 20 0 60 0 6247062 3307266048 116968 18446744073709551615 94452327219200 94452327220085 "
            + "140726704338816 0 0 0 4 3 16800972 1 0 0 -1 0 0 0 0 0 0 94452327230784 94452327231512 94452772741120 "
            + "140726704343722 140726704343787 140726704343787 140726704345066 0\n";

    @Test
    void aThreadsTimeIsItsUserAndSystemTicks() {
        assertThat(Report.cpuTicks(C2)).isEqualTo(1026 + 22);
        assertThat(Report.cpuTicks(C1)).isEqualTo(354 + 22);
    }

    @Test
    void aNameWithBracketsAndSpacesDoesNotShiftTheFields() {
        String named = C2.replace("(C2 CompilerThre)", "(a (b) c)");

        assertThat(Report.cpuTicks(named)).isEqualTo(1026 + 22);
    }
}
