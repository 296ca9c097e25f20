package org.labourtracker.projections.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.labourtracker.projections.Mangystau.DISPUTE;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.labourtracker.editorial.EditorialEvent.RecordRetracted;
import org.labourtracker.projections.history.Edit;

/**
 * What changed between two instants, on the Mangystau records: {@link org.labourtracker.projections.Mangystau}
 * records one a minute from 09:00 on 5 January 2026 (seven records of the strike, then the Shetpe
 * wounded at 09:07 and their correction at 09:08).
 */
class RecordChangeTest {

    private static final Instant NINE = Instant.parse("2026-01-05T09:00:00Z");

    @Test
    void aSpanListsTheRecordsAddedAndTheEditsRecordedInItInTheOrderRecorded() {
        // the demand to free Sokolova was retracted at 09:09 (a record entered twice, say)
        DisputeTimeline timeline = TimelinesTest.shetpeCorrected()
                .edit(new RecordRetracted(DISPUTE, "sokolova-retracted", "demand-free-sokolova", "Entered twice"))
                .timeline();

        List<RecordChange> changes = RecordChange.between(timeline, NINE.plusSeconds(5 * 60), NINE.plusSeconds(9 * 60));

        assertThat(changes).extracting(change -> change.record().recordId(),
                        change -> change.edit() == null ? null : change.edit().kind(), RecordChange::recordedAt)
                .containsExactly(
                        tuple("shooting-killed", null, NINE.plusSeconds(6 * 60)),
                        tuple("shetpe-injured", null, NINE.plusSeconds(7 * 60)),
                        tuple("shetpe-injured", Edit.Kind.CORRECTED, NINE.plusSeconds(8 * 60)),
                        tuple("demand-free-sokolova", Edit.Kind.RETRACTED, NINE.plusSeconds(9 * 60)));
        assertThat(changes.get(3).edit().reason()).isEqualTo("Entered twice");
        assertThat(changes.get(3).recordedBy()).isEqualTo("monitor");
    }

    @Test
    void theStartIsLeftOutAndTheEndIsKeptAndOpenEndsReachEveryRecord() {
        DisputeTimeline timeline = TimelinesTest.shetpeCorrected().timeline();

        assertThat(RecordChange.between(timeline, NINE, NINE.plusSeconds(60)))
                .extracting(change -> change.record().recordId()).containsExactly("demand-wages");
        assertThat(RecordChange.between(timeline, null, null)).hasSize(9);
        assertThat(RecordChange.between(timeline, NINE.plusSeconds(8 * 60), null)).isEmpty();
    }
}
