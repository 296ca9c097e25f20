package org.labourtracker.projections.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.labourtracker.projections.Mangystau.AKTAU;
import static org.labourtracker.projections.Mangystau.DISPUTE;
import static org.labourtracker.projections.Mangystau.KARAZHANBASMUNAI;
import static org.labourtracker.projections.Mangystau.KARAZHANBASMUNAI_UNION;
import static org.labourtracker.projections.Mangystau.OFFICIALS_VIA_WSWS;
import static org.labourtracker.projections.Mangystau.WSWS;
import static org.labourtracker.projections.Mangystau.ZHANAOZEN;
import static org.labourtracker.projections.Mangystau.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.labourtracker.dispute.CasualtyKind;
import org.labourtracker.dispute.DisputeEvent.CasualtiesReported;
import org.labourtracker.dispute.DisputeEvent.DemandRaised;
import org.labourtracker.dispute.DisputeEvent.DisputeOpened;
import org.labourtracker.dispute.DisputeStatus;
import org.labourtracker.editorial.Correction;
import org.labourtracker.editorial.EditorialEvent.ConfidentialityChanged;
import org.labourtracker.editorial.EditorialEvent.DuplicateMerged;
import org.labourtracker.editorial.EditorialEvent.RecordCorrected;
import org.labourtracker.editorial.EditorialEvent.RecordRetracted;
import org.labourtracker.editorial.EditorialEvent.RecordSuperseded;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Person;
import org.labourtracker.evidence.PersonRole;
import org.labourtracker.evidence.When;
import org.labourtracker.legal.CaseEvent.CaseOpened;
import org.labourtracker.legal.CaseEvent.ChargesFiled;
import org.labourtracker.legal.Defendant;
import org.labourtracker.projections.Mangystau;

/**
 * The read side's one fold, event by event, into memory as time travel keeps it. The records are the
 * Mangystau strike's (see {@link Mangystau} for the sources); each event is given its stream, its
 * place in the stream and its recording time here, as the event store would.
 */
class RecordFoldTest {

    static final String SOKOLOVA_CASE = "case-sokolova";
    static final Instant NINE = Instant.parse("2026-01-05T09:00:00Z");
    static final When SHOOTING_DAY = When.day(2011, 12, 16);
    static final String SHOOTING = "Shooting in Zhanaozen town square, 16 December 2011";
    static final Person SOKOLOVA = new Person("natalia-sokolova", "Natalia Sokolova", PersonRole.LAWYER, false);

    static final DisputeOpened OPENED = new DisputeOpened(DISPUTE, "open", "Mangystau oil workers' strike",
            "Oil and gas", DisputeStatus.ACTIVE, List.of(KARAZHANBASMUNAI), List.of(KARAZHANBASMUNAI_UNION),
            evidence(When.month(2011, 5), AKTAU, WSWS));
    /**
     * WSWS: "Government officials reported the deaths of 13 workers, but other sources claim over 70
     * people were killed".
     */
    static final List<Claim> KILLED_CLAIMS = List.of(Claim.of(OFFICIALS_VIA_WSWS, 13, 13, 13, "the deaths of 13 workers"),
            Claim.of(WSWS, 71, null, null, "over 70 people were killed"));
    static final CasualtiesReported KILLED = new CasualtiesReported(DISPUTE, "shooting-killed", SHOOTING,
            CasualtyKind.KILLED, KILLED_CLAIMS, List.of(), evidence(SHOOTING_DAY, ZHANAOZEN, WSWS));
    /** WSWS: Sokolova serves "a six-year prison sentence since August for the crime of 'inciting a social conflict'". */
    static final CaseOpened CASE_OPENED = new CaseOpened(SOKOLOVA_CASE, "case-opened", DISPUTE,
            "Prosecution of union lawyer Natalia Sokolova", null, null, List.of(new Defendant(SOKOLOVA, true)), List.of(),
            0, evidence(When.year(2011), AKTAU, WSWS));
    static final ChargesFiled CHARGES = new ChargesFiled(SOKOLOVA_CASE, "charges", List.of(SOKOLOVA.id()),
            List.of("Inciting social conflict"), List.of(), evidence(When.year(2011), AKTAU, WSWS));

    private final MemoryRecords store = new MemoryRecords();

    /** The event at {@code sequence} of its stream, recorded {@code sequence} minutes after nine. */
    private Optional<StoredRecord> fold(String streamId, long sequence, Object payload) {
        return fold(store, streamId, sequence, payload);
    }

    private static Optional<StoredRecord> fold(RecordAccess store, String streamId, long sequence, Object payload) {
        return RecordFold.apply(new StreamEvent(streamId, sequence, NINE.plusSeconds(60 * sequence), "monitor", payload),
                store);
    }

    private StoredRecord kept(String streamId, String recordId) {
        return store.find(streamId, recordId).orElseThrow();
    }

    @Test
    void aDisputesRecordIsKeptAsRecordedWithItsPlaceInTheStreamAndWhoRecordedItWhen() {
        StoredRecord record = fold(DISPUTE, 0, OPENED).orElseThrow();

        assertThat(record).isEqualTo(new StoredRecord(DISPUTE, DISPUTE, "open", 0, NINE, "monitor", OPENED,
                OPENED.evidence(), List.of(), Standing.STANDING, null, List.of()));
        assertThat(store.records()).containsExactly(record);
    }

    @Test
    void aRecordWithFiguresKeepsItsClaims() {
        fold(DISPUTE, 0, OPENED);
        fold(DISPUTE, 1, KILLED);

        assertThat(kept(DISPUTE, "shooting-killed").claims()).isEqualTo(KILLED_CLAIMS);
        assertThat(kept(DISPUTE, "shooting-killed").when()).isEqualTo(SHOOTING_DAY);
    }

    @Test
    void anEventHandledAgainKeepsTheRecordAsFirstRecorded() {
        fold(DISPUTE, 0, OPENED);
        // a retry of the same event, delivered again after a dead letter an hour later
        RecordFold.apply(new StreamEvent(DISPUTE, 0, NINE.plusSeconds(3600), "monitor", OPENED), store);

        assertThat(store.records()).singleElement().satisfies(r -> assertThat(r.recordedAt()).isEqualTo(NINE));
    }

    @Test
    void aCasesRecordsAreAttachedToTheDisputeTheCaseOpenedIn() {
        fold(DISPUTE, 0, OPENED);
        fold(SOKOLOVA_CASE, 0, CASE_OPENED);
        fold(SOKOLOVA_CASE, 1, CHARGES);

        assertThat(store.records()).extracting(StoredRecord::streamId, StoredRecord::disputeId, StoredRecord::recordId)
                .containsExactly(tuple(DISPUTE, DISPUTE, "open"), tuple(SOKOLOVA_CASE, DISPUTE, "case-opened"),
                        tuple(SOKOLOVA_CASE, DISPUTE, "charges"));
        assertThat(store.disputeOf(SOKOLOVA_CASE)).contains(DISPUTE);
    }

    @Test
    void aCasesRecordBeforeItsOpeningIsKnownHasNoDisputeAndIsNotKept() {
        assertThat(fold(SOKOLOVA_CASE, 1, CHARGES)).isEmpty();
        assertThat(store.records()).isEmpty();
    }

    @Test
    void anEditOfARecordNeverRecordedChangesNothing() {
        fold(DISPUTE, 0, OPENED);

        assertThat(fold(DISPUTE, 1, new RecordRetracted(DISPUTE, "retraction", "no-such-record", "Gone"))).isEmpty();
        assertThat(kept(DISPUTE, "open").edits()).isEmpty();
    }

    @Test
    void theSameEditTwiceIsAppliedOnce() {
        fold(DISPUTE, 0, OPENED);
        fold(DISPUTE, 1, KILLED);
        RecordRetracted retraction = new RecordRetracted(DISPUTE, "killed-retracted", "shooting-killed", "Entered twice");

        assertThat(fold(DISPUTE, 2, retraction)).isPresent();
        assertThat(fold(DISPUTE, 2, retraction)).isEmpty();

        StoredRecord record = kept(DISPUTE, "shooting-killed");
        assertThat(record.standing()).isEqualTo(Standing.RETRACTED);
        assertThat(record.edits()).extracting(Edit::recordId, Edit::kind, Edit::reason, Edit::sequence)
                .containsExactly(tuple("killed-retracted", Edit.Kind.RETRACTED, "Entered twice", 2L));
    }

    @Test
    void anEditReachesOnlyRecordsOfItsOwnStream() {
        fold(DISPUTE, 0, OPENED);
        fold(SOKOLOVA_CASE, 0, CASE_OPENED);

        assertThat(fold(DISPUTE, 1, new RecordRetracted(DISPUTE, "retraction", "case-opened", "Wrong stream")))
                .isEmpty();
        assertThat(fold(SOKOLOVA_CASE, 1, new RecordRetracted(SOKOLOVA_CASE, "retraction", "case-opened",
                "Opened twice"))).isPresent();
        assertThat(kept(SOKOLOVA_CASE, "case-opened").standing()).isEqualTo(Standing.RETRACTED);
    }

    @Test
    void aCorrectionReplacesWhatItGivesKeepsTheRestAndThePayloadAsFirstRecorded() {
        fold(DISPUTE, 0, OPENED);
        fold(DISPUTE, 1, KILLED);
        // the officials' count given later as 16 (DOMAIN: "Officials: 13, then 15, 16, 17 killed"), supposed
        List<Claim> later = List.of(Claim.of(OFFICIALS_VIA_WSWS, 16, 16, 16, "16 killed"),
                Claim.of(WSWS, 71, null, null, "over 70 people were killed"));
        Correction correction = new Correction(null, null, List.of(WSWS, OFFICIALS_VIA_WSWS), later, null);

        StoredRecord record = fold(DISPUTE, 2, new RecordCorrected(DISPUTE, "killed-corrected", "shooting-killed",
                "The officials' later count", correction)).orElseThrow();

        assertThat(record.claims()).isEqualTo(later);
        assertThat(record.evidence().sources()).containsExactly(WSWS, OFFICIALS_VIA_WSWS);
        assertThat(record.evidence().when()).isEqualTo(SHOOTING_DAY);
        assertThat(record.evidence().where()).isEqualTo(ZHANAOZEN);
        assertThat(record.payload()).isEqualTo(KILLED);
        assertThat(record.stands()).isTrue();
        assertThat(record.isCorrected()).isTrue();
        assertThat(record.edits()).containsExactly(new Edit("killed-corrected", Edit.Kind.CORRECTED,
                "The officials' later count", NINE.plusSeconds(120), "monitor", 2, correction, null));
    }

    @Test
    void aMergedDuplicateNamesTheRecordKept() {
        fold(DISPUTE, 0, OPENED);
        fold(DISPUTE, 1, KILLED);
        fold(DISPUTE, 2, new CasualtiesReported(DISPUTE, "shooting-killed-again", SHOOTING, CasualtyKind.KILLED,
                KILLED_CLAIMS, List.of(), evidence(SHOOTING_DAY, ZHANAOZEN, WSWS)));
        fold(DISPUTE, 3, new DuplicateMerged(DISPUTE, "merge", "shooting-killed-again", "shooting-killed",
                "The same WSWS report entered twice"));

        StoredRecord duplicate = kept(DISPUTE, "shooting-killed-again");
        assertThat(duplicate.standing()).isEqualTo(Standing.MERGED);
        assertThat(duplicate.mergedInto()).isEqualTo("shooting-killed");
        assertThat(duplicate.edits()).extracting(Edit::kind, Edit::keptRecordId)
                .containsExactly(tuple(Edit.Kind.MERGED, "shooting-killed"));
        assertThat(kept(DISPUTE, "shooting-killed").stands()).isTrue();
    }

    @Test
    void aSupersededRecordNamesItsReplacement() {
        fold(DISPUTE, 0, OPENED);
        fold(DISPUTE, 1, KILLED);
        fold(DISPUTE, 2, new CasualtiesReported(DISPUTE, "shooting-killed-workers", SHOOTING, CasualtyKind.KILLED,
                KILLED_CLAIMS, List.of(), evidence(SHOOTING_DAY, ZHANAOZEN, WSWS)
                        .superseding("shooting-killed", "The victims were workers")));
        fold(DISPUTE, 3, new RecordSuperseded(DISPUTE, "shooting-killed-workers", "shooting-killed",
                "The victims were workers"));

        StoredRecord old = kept(DISPUTE, "shooting-killed");
        assertThat(old.standing()).isEqualTo(Standing.SUPERSEDED);
        assertThat(old.mergedInto()).isNull();
        assertThat(old.edits()).extracting(Edit::recordId, Edit::kind, Edit::keptRecordId)
                .containsExactly(tuple("shooting-killed-workers", Edit.Kind.SUPERSEDED, "shooting-killed-workers"));
        assertThat(kept(DISPUTE, "shooting-killed-workers").stands()).isTrue();
    }

    @Test
    void theLaterConfidentialityChangeInTheStreamWinsWhicheverIsFoldedFirst() {
        fold(DISPUTE, 0, OPENED);

        assertThat(fold(DISPUTE, 5, new ConfidentialityChanged(DISPUTE, "hidden", SOKOLOVA.id(), true,
                "Her family asked"))).isEmpty();
        fold(DISPUTE, 3, new ConfidentialityChanged(DISPUTE, "shown", SOKOLOVA.id(), false, "Named in the press"));

        assertThat(store.confidentiality().override(DISPUTE, SOKOLOVA.id())).contains(true);
        assertThat(store.confidentiality().override(SOKOLOVA_CASE, SOKOLOVA.id())).isEmpty();
        assertThat(store.records()).hasSize(1);
    }
}
