package org.labourtracker.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * How the benchmark counts the rows a rebuild wrote from the read-model tables' counts before and
 * after it. The counts are those of a run of 10,014 events (3 December 2026), whose bulk load had
 * left the read models empty, and of the same tables half full.
 */
class RebuildRowsTest {

    @Test
    void aTableWhoseCountChangedWasRefilledAndCountsWhole() {
        Map<String, Long> before = tables(0, 0, 5);
        Map<String, Long> after = tables(10_014, 2_112, 5);

        assertThat(Rebuild.rowsWritten(before, after)).isEqualTo(12_126);
    }

    @Test
    void rowsThatWereThereBeforeCountAgainWhenTheirTableWasRefilled() {
        Map<String, Long> before = tables(5_000, 1_056, 5);
        Map<String, Long> after = tables(10_014, 2_112, 5);

        assertThat(Rebuild.rowsWritten(before, after)).isEqualTo(12_126);
    }

    @Test
    void aTableTheRebuildLeftAloneCountsNothing() {
        Map<String, Long> before = tables(10_014, 2_112, 5);
        Map<String, Long> after = tables(10_014, 2_112, 5);

        assertThat(Rebuild.rowsWritten(before, after)).isZero();
    }

    private static Map<String, Long> tables(long records, long streams, long serving) {
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put("rm_timeline_record", records);
        rows.put("rm_timeline_stream", streams);
        rows.put("rm_serving", serving);
        return rows;
    }
}
