package org.labourtracker.projections.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.labourtracker.projections.Mangystau;
import org.labourtracker.projections.history.StoredRecord;

/**
 * The records a dispute's rows are computed from, kept in memory: taken only at the version of the store
 * they hold, extended by the fold's commits that add records right after it, dropped by anything else.
 * The records are those of the 2011 strike in Mangystau (see {@link Mangystau} for the sources).
 */
class RoundInputsTest {

    private static final String DISPUTE = Mangystau.DISPUTE;
    private final List<StoredRecord> records = Mangystau.strike().records();
    private final List<StoredRecord> first = records.subList(0, 3);
    private final List<StoredRecord> next = records.subList(3, 5);
    private final RoundInputs inputs = new RoundInputs(1_000);

    @Test
    void theRecordsKeptAreTakenOnlyAtTheirVersionAndInTheirSetOfTables() {
        inputs.put("", DISPUTE, Map.of(DISPUTE, 2L), first);

        assertThat(inputs.get("", DISPUTE, Map.of(DISPUTE, 2L))).contains(first);
        assertThat(inputs.get("", DISPUTE, Map.of(DISPUTE, 3L))).isEmpty();
        assertThat(inputs.get("", DISPUTE, Map.of(DISPUTE, 2L, "sokolova-2011", 0L))).isEmpty();
        assertThat(inputs.get("_aside", DISPUTE, Map.of(DISPUTE, 2L))).isEmpty();
        assertThat(inputs.get("", "kmg-security-strike-2021", Map.of(DISPUTE, 2L))).isEmpty();
    }

    @Test
    void recordsAddedRightAfterTheVersionKeptExtendIt() {
        inputs.put("", DISPUTE, Map.of(DISPUTE, 2L), first);

        inputs.committed("", DISPUTE, false, Map.of(DISPUTE, new long[]{3, 4}), next);

        assertThat(inputs.get("", DISPUTE, Map.of(DISPUTE, 2L))).isEmpty();
        assertThat(inputs.get("", DISPUTE, Map.of(DISPUTE, 4L))).contains(records.subList(0, 5));
        // a legal case's first events extend it too: its stream was at -1, none folded
        inputs.committed("", DISPUTE, false, Map.of("sokolova-2011", new long[]{0, 1}), List.of());
        assertThat(inputs.get("", DISPUTE, Map.of(DISPUTE, 4L, "sokolova-2011", 1L))).contains(records.subList(0, 5));
    }

    @Test
    void anEditAGapOrAnotherSetOfTablesDropsWhatIsKept() {
        inputs.put("", DISPUTE, Map.of(DISPUTE, 2L), first);
        inputs.committed("", DISPUTE, true, Map.of(), List.of());
        assertThat(inputs.get("", DISPUTE, Map.of(DISPUTE, 2L))).isEmpty();

        inputs.put("", DISPUTE, Map.of(DISPUTE, 2L), first);
        // event 3 (a confidentiality change, say) added no record: 4 does not follow 2
        inputs.committed("", DISPUTE, false, Map.of(DISPUTE, new long[]{4, 4}), next);
        assertThat(inputs.get("", DISPUTE, Map.of(DISPUTE, 2L))).isEmpty();
        assertThat(inputs.get("", DISPUTE, Map.of(DISPUTE, 4L))).isEmpty();

        inputs.put("", DISPUTE, Map.of(DISPUTE, 2L), first);
        inputs.committed("_aside", DISPUTE, false, Map.of(DISPUTE, new long[]{3, 4}), next);
        assertThat(inputs.get("", DISPUTE, Map.of(DISPUTE, 2L))).isEmpty();
    }

    @Test
    void aCommitToADisputeNotKeptKeepsNothing() {
        inputs.committed("", DISPUTE, false, Map.of(DISPUTE, new long[]{0, 4}), records.subList(0, 5));

        assertThat(inputs.get("", DISPUTE, Map.of(DISPUTE, 4L))).isEmpty();
    }

    @Test
    void theDisputesUsedLeastRecentlyGoFirstBeyondTheRecordsKept() {
        RoundInputs small = new RoundInputs(5);
        small.put("", DISPUTE, Map.of(DISPUTE, 2L), first);
        small.put("", "kmg-security-strike-2021", Map.of("kmg-security-strike-2021", 1L), next);
        assertThat(small.get("", DISPUTE, Map.of(DISPUTE, 2L))).contains(first);

        small.put("", "kezbi-2022", Map.of("kezbi-2022", 0L), records.subList(5, 6));

        assertThat(small.get("", "kmg-security-strike-2021", Map.of("kmg-security-strike-2021", 1L))).isEmpty();
        assertThat(small.get("", DISPUTE, Map.of(DISPUTE, 2L))).contains(first);
        assertThat(small.get("", "kezbi-2022", Map.of("kezbi-2022", 0L))).contains(records.subList(5, 6));
    }
}
