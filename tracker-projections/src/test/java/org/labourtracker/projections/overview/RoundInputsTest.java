package org.labourtracker.projections.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.labourtracker.dispute.CasualtyKind;
import org.labourtracker.dispute.DisputeEvent.CasualtiesReported;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Person;
import org.labourtracker.evidence.PersonRole;
import org.labourtracker.evidence.When;
import org.labourtracker.legal.CaseEvent.CaseOpened;
import org.labourtracker.legal.Defendant;
import org.labourtracker.projections.Mangystau;
import org.labourtracker.projections.figures.FigureKind;
import org.labourtracker.projections.history.RecordTable;
import org.labourtracker.projections.history.StoredRecord;

/**
 * What a dispute's rows are computed from, kept in memory: taken only at the version of the store it
 * holds, extended by the fold's commits that add records right after it (to what reading all the records
 * at the new version gives), dropped by anything else. The records are those of the 2011 strike in
 * Mangystau (see {@link Mangystau} for the sources).
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

        assertThat(inputs.get("", DISPUTE, Map.of(DISPUTE, 2L))).contains(RoundInputs.Inputs.of(DISPUTE, first));
        assertThat(inputs.get("", DISPUTE, Map.of(DISPUTE, 3L))).isEmpty();
        assertThat(inputs.get("", DISPUTE, Map.of(DISPUTE, 2L, "sokolova-2011", 0L))).isEmpty();
        assertThat(inputs.get("_aside", DISPUTE, Map.of(DISPUTE, 2L))).isEmpty();
        assertThat(inputs.get("", "kmg-security-strike-2021", Map.of(DISPUTE, 2L))).isEmpty();
    }

    @Test
    void recordsAddedRightAfterTheVersionKeptExtendIt() {
        inputs.put("", DISPUTE, Map.of(DISPUTE, 2L), first);

        commit("", next);

        assertThat(inputs.get("", DISPUTE, Map.of(DISPUTE, 2L))).isEmpty();
        assertThat(inputs.get("", DISPUTE, Map.of(DISPUTE, 4L))).contains(RoundInputs.Inputs.of(DISPUTE, records.subList(0, 5)));
        // a legal case's first events extend it too: its stream was at -1
        List<StoredRecord> caseRecords = withSokolovasCase().records().stream()
                .filter(record -> record.streamId().equals(SOKOLOVA_CASE)).toList();
        commit("", caseRecords);
        assertThat(inputs.get("", DISPUTE, Map.of(DISPUTE, 4L, SOKOLOVA_CASE, 0L)))
                .contains(RoundInputs.Inputs.of(DISPUTE, records.subList(0, 5)));
    }

    @Test
    void aCommitIsTakenOnceTheStoreShowsItThoughItsTransactionHasNotSaidSo() {
        inputs.put("", DISPUTE, Map.of(DISPUTE, 2L), first);
        RoundInputs.Transaction transaction = inputs.begin("");
        inputs.written(transaction, written(next));

        // not shown yet: what is kept stays as it was
        assertThat(inputs.get("", DISPUTE, Map.of(DISPUTE, 2L))).contains(RoundInputs.Inputs.of(DISPUTE, first));
        assertThat(inputs.get("", DISPUTE, Map.of(DISPUTE, 4L)).orElseThrow())
                .isEqualTo(RoundInputs.Inputs.of(DISPUTE, records.subList(0, 5)));
        // its transaction says so afterwards: taken once
        inputs.committed(transaction);
        assertThat(inputs.get("", DISPUTE, Map.of(DISPUTE, 4L)).orElseThrow())
                .isEqualTo(RoundInputs.Inputs.of(DISPUTE, records.subList(0, 5)));
    }

    @Test
    void aCommitReadAlreadyChangesNothingAndARolledBackOneIsForgotten() {
        RoundInputs.Transaction read = inputs.begin("");
        inputs.written(read, written(next));
        // a computation read the records after the commit, before its transaction said so
        inputs.put("", DISPUTE, Map.of(DISPUTE, 4L), records.subList(0, 5));
        inputs.committed(read);
        assertThat(inputs.get("", DISPUTE, Map.of(DISPUTE, 4L))).isPresent();

        RoundInputs.Transaction rolledBack = inputs.begin("");
        inputs.written(rolledBack, written(records.subList(5, 6)));
        inputs.rolledBack(rolledBack);
        assertThat(inputs.get("", DISPUTE, Map.of(DISPUTE, 5L))).isEmpty();
        assertThat(inputs.get("", DISPUTE, Map.of(DISPUTE, 4L))).contains(RoundInputs.Inputs.of(DISPUTE, records.subList(0, 5)));
    }

    @Test
    void anEditAGapOrAnotherSetOfTablesDropsWhatIsKept() {
        inputs.put("", DISPUTE, Map.of(DISPUTE, 2L), first);
        RoundInputs.Transaction edit = inputs.begin("");
        inputs.written(edit, List.of(new RecordTable.Written(records.get(1), true)));
        inputs.committed(edit);
        assertThat(inputs.get("", DISPUTE, Map.of(DISPUTE, 2L))).isEmpty();

        inputs.put("", DISPUTE, Map.of(DISPUTE, 2L), first);
        // event 3 (a confidentiality change, say) added no record: 4 does not follow 2
        commit("", records.subList(4, 5));
        assertThat(inputs.get("", DISPUTE, Map.of(DISPUTE, 2L))).isEmpty();
        assertThat(inputs.get("", DISPUTE, Map.of(DISPUTE, 4L))).isEmpty();

        inputs.put("", DISPUTE, Map.of(DISPUTE, 2L), first);
        commit("_aside", next);
        assertThat(inputs.get("", DISPUTE, Map.of(DISPUTE, 2L))).isEmpty();
    }

    @Test
    void aCommitToADisputeNotKeptKeepsNothing() {
        commit("", records.subList(0, 5));

        assertThat(inputs.get("", DISPUTE, Map.of(DISPUTE, 4L))).isEmpty();
    }

    @Test
    void theDisputesUsedLeastRecentlyGoFirstBeyondTheRecordsKept() {
        RoundInputs small = new RoundInputs(5);
        small.put("", DISPUTE, Map.of(DISPUTE, 2L), first);
        small.put("", "kmg-security-strike-2021", Map.of("kmg-security-strike-2021", 1L), next);
        assertThat(small.get("", DISPUTE, Map.of(DISPUTE, 2L))).contains(RoundInputs.Inputs.of(DISPUTE, first));

        small.put("", "kezbi-2022", Map.of("kezbi-2022", 0L), records.subList(5, 6));

        assertThat(small.get("", "kmg-security-strike-2021", Map.of("kmg-security-strike-2021", 1L))).isEmpty();
        assertThat(small.get("", DISPUTE, Map.of(DISPUTE, 2L))).contains(RoundInputs.Inputs.of(DISPUTE, first));
        assertThat(small.get("", "kezbi-2022", Map.of("kezbi-2022", 0L))).contains(RoundInputs.Inputs.of("kezbi-2022", records.subList(5, 6)));
    }

    @Test
    void aRecordAboutAnEarlierDayExtendsWhatIsKeptToWhatReadingAllWouldGive() {
        // WSWS, 19 December 2011: "In early August, hired thugs murdered trade union activist Zhaksylyk
        // Turbayev at his workplace", recorded after the shooting of 16 December
        Mangystau strike = Mangystau.strike().add(turbayevKilled());
        List<StoredRecord> all = strike.records();
        inputs.put("", DISPUTE, Map.of(DISPUTE, 6L), all.subList(0, 7));

        commit("", all.subList(7, 8));

        RoundInputs.Inputs extended = inputs.get("", DISPUTE, Map.of(DISPUTE, 7L)).orElseThrow();
        assertThat(extended).isEqualTo(RoundInputs.Inputs.of(DISPUTE, all));
        assertThat(extended.shares().get(new Overviews.Counted(FigureKind.KILLED, null)).listed())
                .extracting(FigurePart::incident, FigurePart::recordIds)
                .containsExactly(tuple(TURBAYEV, List.of("turbayev-killed")),
                        tuple("Shooting in Zhanaozen town square, 16 December 2011", List.of("shooting-killed")));
    }

    @Test
    void recordsKeptOnlyAsFiguresWeighASixteenthOfARecordKeptWhole() {
        RoundInputs one = new RoundInputs(1);
        StoredRecord shooting = records.get(6);
        StoredRecord opening = records.get(0);
        one.put("", "shooting", Map.of("shooting", 0L), List.of(shooting));
        one.put("", "opening", Map.of("opening", 0L), List.of(opening));

        assertThat(one.get("", "shooting", Map.of("shooting", 0L))).isPresent();
        assertThat(one.get("", "opening", Map.of("opening", 0L))).isPresent();

        one.put("", "demand", Map.of("demand", 0L), List.of(records.get(1)));
        assertThat(one.get("", "opening", Map.of("opening", 0L))).isEmpty();
    }

    private void commit(String suffix, List<StoredRecord> added) {
        RoundInputs.Transaction transaction = inputs.begin(suffix);
        inputs.written(transaction, written(added));
        inputs.committed(transaction);
    }

    private static List<RecordTable.Written> written(List<StoredRecord> added) {
        return added.stream().map(record -> new RecordTable.Written(record, false)).toList();
    }

    static final String SOKOLOVA_CASE = "case-sokolova";

    /** WSWS: Sokolova was sentenced "for the crime of 'inciting a social conflict'"; the case's month unknown. */
    static Mangystau withSokolovasCase() {
        return Mangystau.strike().add(new CaseOpened(SOKOLOVA_CASE, "case-opened", DISPUTE,
                "Prosecution of union lawyer Natalia Sokolova", null, null,
                List.of(new Defendant(new Person("natalia-sokolova", "Natalia Sokolova", PersonRole.LAWYER, false),
                        true)), List.of(), 0, Mangystau.evidence(When.year(2011), Mangystau.AKTAU, Mangystau.WSWS)));
    }

    static final String TURBAYEV = "Killing of Zhaksylyk Turbayev, August 2011";

    static CasualtiesReported turbayevKilled() {
        return new CasualtiesReported(DISPUTE, "turbayev-killed", TURBAYEV, CasualtyKind.KILLED,
                List.of(Claim.of(Mangystau.WSWS, 1, 1, 1, "hired thugs murdered trade union activist Zhaksylyk Turbayev")),
                List.of(), Mangystau.evidence(When.month(2011, 8), Mangystau.ZHANAOZEN, Mangystau.WSWS));
    }
}
