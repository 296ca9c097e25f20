package org.labourtracker.projections.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.labourtracker.projections.Mangystau.AKTAU;
import static org.labourtracker.projections.Mangystau.DISPUTE;
import static org.labourtracker.projections.Mangystau.OFFICIALS_VIA_WSWS;
import static org.labourtracker.projections.Mangystau.WORKERS_BLOG;
import static org.labourtracker.projections.Mangystau.WSWS;
import static org.labourtracker.projections.Mangystau.ZHANAOZEN;
import static org.labourtracker.projections.Mangystau.evidence;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.labourtracker.dispute.CasualtyKind;
import org.labourtracker.dispute.DemandOutcome;
import org.labourtracker.dispute.DetentionKind;
import org.labourtracker.dispute.DisputeEvent.CasualtiesReported;
import org.labourtracker.dispute.DisputeEvent.DemandRaised;
import org.labourtracker.dispute.DisputeEvent.DetaineesReleased;
import org.labourtracker.dispute.DisputeEvent.DetentionsReported;
import org.labourtracker.dispute.DisputeEvent.ProtestRecorded;
import org.labourtracker.dispute.ProtestKind;
import org.labourtracker.editorial.Correction;
import org.labourtracker.editorial.EditorialEvent.DuplicateMerged;
import org.labourtracker.editorial.EditorialEvent.RecordCorrected;
import org.labourtracker.editorial.EditorialEvent.RecordRetracted;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Person;
import org.labourtracker.evidence.PersonRole;
import org.labourtracker.evidence.Place;
import org.labourtracker.evidence.When;
import org.labourtracker.legal.CaseEvent.CaseOpened;
import org.labourtracker.legal.CaseEvent.VerdictDelivered;
import org.labourtracker.legal.Defendant;
import org.labourtracker.legal.Finding;
import org.labourtracker.legal.Judgement;
import org.labourtracker.legal.Sentence;
import org.labourtracker.legal.SentenceKind;
import org.labourtracker.legal.SentenceLength;
import org.labourtracker.projections.Mangystau;
import org.labourtracker.projections.history.Edit;
import org.labourtracker.projections.history.Redactor;
import org.labourtracker.projections.history.Standing;

/** The timeline derived from the Mangystau records (see {@link Mangystau} for the sources). */
class TimelinesTest {

    static final String SHETPE = "Shetpe railway blockade, 17 December 2011";

    @Test
    void entriesAreInTheOrderTheyHappenedThenTheOrderTheyWereRecorded() {
        // WSWS: the companies refused "to hand over official documents and the trade union seal";
        // recorded last, but raised in May 2011, so it comes after the May records recorded before it
        DisputeTimeline timeline = Mangystau.strike()
                .add(new DemandRaised(DISPUTE, "demand-union-seal", "union-seal",
                        "Hand the union's seal and documents to its elected leaders",
                        evidence(When.month(2011, 5), ZHANAOZEN, WSWS)))
                .timeline();

        assertThat(timeline.entries()).extracting(TimelineEntry::recordId).containsExactly(
                "open", "demand-wages", "strike-karazhanbas", "party-uzen", "strike-uzen", "demand-union-seal",
                "demand-free-sokolova", "shooting-killed");
        assertThat(timeline.entry("strike-uzen").orElseThrow().headline()).isEqualTo("Strike spread at UzenMunayGas");
    }

    /**
     * WSWS: at Shetpe "One protester was killed, and eleven others were wounded" on Saturday 17
     * December; the wounded entered by mistake with the killed figure and the date of the shooting.
     */
    static Mangystau shetpeCorrected() {
        return Mangystau.strike()
                .add(new CasualtiesReported(DISPUTE, "shetpe-injured", SHETPE, CasualtyKind.INJURED,
                        List.of(Claim.of(OFFICIALS_VIA_WSWS, 1, 1, 1, "one protester")), List.of(),
                        evidence(When.day(2011, 12, 16), ZHANAOZEN, WSWS)))
                .edit(new RecordCorrected(DISPUTE, "shetpe-injured-corrected", "shetpe-injured",
                        "Entered with the killed figure and the date of the Zhanaozen shooting",
                        new Correction(When.day(2011, 12, 17), null, null,
                                List.of(Claim.of(OFFICIALS_VIA_WSWS, 11, 11, 11, "eleven others were wounded")),
                                null)));
    }

    @Test
    void aCorrectedEntryShowsTheCorrectionAndKeepsTheOriginal() {
        TimelineEntry entry = shetpeCorrected().timeline().entry("shetpe-injured").orElseThrow();

        assertThat(entry.corrected()).isTrue();
        assertThat(entry.standing()).isEqualTo(Standing.STANDING);
        assertThat(entry.when()).isEqualTo(When.day(2011, 12, 17));
        assertThat(entry.claims()).containsExactly(Claim.of(OFFICIALS_VIA_WSWS, 11, 11, 11, "eleven others were wounded"));
        assertThat(entry.original().when()).isEqualTo(When.day(2011, 12, 16));
        assertThat(entry.original().claims()).containsExactly(Claim.of(OFFICIALS_VIA_WSWS, 1, 1, 1, "one protester"));
        assertThat(entry.edits()).extracting(EditNote::recordId, EditNote::kind, EditNote::reason).containsExactly(
                tuple("shetpe-injured-corrected", Edit.Kind.CORRECTED,
                        "Entered with the killed figure and the date of the Zhanaozen shooting"));
    }

    @Test
    void aCorrectedDateMovesTheEntryToWhenItHappened() {
        assertThat(shetpeCorrected().timeline().entries()).extracting(TimelineEntry::recordId)
                .endsWith("shooting-killed", "shetpe-injured");
    }

    @Test
    void aRetractedEntryStaysInTheTimelineMarkedWithItsReason() {
        // the demonstration in Aktau entered for the wrong month (supposed)
        TimelineEntry entry = Mangystau.strike()
                .add(new ProtestRecorded(DISPUTE, "protest-aktau-july", ProtestKind.DEMONSTRATION, List.of(),
                        evidence(When.month(2011, 7), AKTAU, WSWS)))
                .edit(new RecordRetracted(DISPUTE, "protest-aktau-july-retracted", "protest-aktau-july",
                        "The demonstration was in June"))
                .timeline().entry("protest-aktau-july").orElseThrow();

        assertThat(entry.standing()).isEqualTo(Standing.RETRACTED);
        assertThat(entry.corrected()).isFalse();
        assertThat(entry.edits()).extracting(EditNote::recordId, EditNote::kind, EditNote::reason).containsExactly(
                tuple("protest-aktau-july-retracted", Edit.Kind.RETRACTED, "The demonstration was in June"));
    }

    @Test
    void aMergedDuplicateStaysInTheTimelinePointingToTheKeptRecord() {
        // WSWS: "a protest demonstration of about 500 people" in Aktau on 17 December, entered twice
        Claim about500 = Claim.of(WSWS, null, 500, null, "about 500 people");
        DisputeTimeline timeline = Mangystau.strike()
                .add(new ProtestRecorded(DISPUTE, "protest-aktau-december", ProtestKind.DEMONSTRATION,
                        List.of(about500), evidence(When.day(2011, 12, 17), AKTAU, WSWS)))
                .add(new ProtestRecorded(DISPUTE, "protest-aktau-reuters", ProtestKind.DEMONSTRATION,
                        List.of(about500), evidence(When.day(2011, 12, 17), AKTAU, WSWS)))
                .edit(new DuplicateMerged(DISPUTE, "merged", "protest-aktau-reuters", "protest-aktau-december",
                        "The same demonstration, entered twice"))
                .timeline();

        TimelineEntry duplicate = timeline.entry("protest-aktau-reuters").orElseThrow();
        assertThat(List.of(duplicate.standing(), duplicate.mergedInto()))
                .containsExactly(Standing.MERGED, "protest-aktau-december");
        assertThat(timeline.entry("protest-aktau-december").orElseThrow().standing()).isEqualTo(Standing.STANDING);
    }

    @Test
    void anOutcomeHeadlineQuotesTheDemandEvenWhenItsRaisingWasRetracted() {
        DisputeTimeline timeline = Mangystau.strike()
                .add(new DemandRaised(DISPUTE, "demand-nationalisation", "nationalisation",
                        "Nationalise the oil industry", evidence(When.month(2011, 12), ZHANAOZEN, WORKERS_BLOG)))
                .edit(new RecordRetracted(DISPUTE, "nationalisation-retracted", "demand-nationalisation",
                        "Supposed: entered before the source was checked"))
                .demandOutcome("nationalisation-refused", "nationalisation", DemandOutcome.REFUSED,
                        When.month(2012, 1), WORKERS_BLOG)
                .demandOutcome("wages-met", "wages", DemandOutcome.MET, When.month(2012, 2), WSWS)
                .timeline();

        assertThat(timeline.entry("nationalisation-refused").orElseThrow().headline())
                .isEqualTo("Demand refused: Nationalise the oil industry");
        assertThat(timeline.entry("wages-met").orElseThrow().headline())
                .isEqualTo("Demand met: Honour the agreements to raise workers' wages");
    }

    @Test
    void aConfidentialPersonIsPseudonymisedInEntriesAndTheirDetails() {
        // supposed, not reported: a striker named among the "hundreds of arrests" in Aktau, and let go
        Person striker = new Person("aktau-striker", "Yerlan K.", PersonRole.WORKER, true);
        Mangystau m = Mangystau.strike()
                .add(new DetentionsReported(DISPUTE, "arrests-aktau-june", "Aktau demonstration, June 2011",
                        DetentionKind.ARRESTED, List.of(Claim.of(WSWS, 200, null, null, "hundreds of arrests")),
                        List.of(striker), evidence(When.month(2011, 6), AKTAU, WSWS)))
                .add(new DetaineesReleased(DISPUTE, "striker-released", List.of(striker.id()),
                        evidence(When.day(2011, 6, 30), AKTAU, WSWS)));

        DisputeTimeline hidden = m.timeline(false);
        assertThat(hidden.entry("arrests-aktau-june").orElseThrow().people())
                .containsExactly(new Person("confidential-1", Redactor.HIDDEN, PersonRole.WORKER, true));
        assertThat(hidden.entry("striker-released").orElseThrow().details())
                .isEqualTo(Map.of("personIds", List.of("confidential-1")));
        assertThat(hidden.entry("striker-released").orElseThrow().headline()).isEqualTo("A detainee released");

        assertThat(m.timeline(true).entry("arrests-aktau-june").orElseThrow().people())
                .containsExactly(striker);
    }

    @Test
    void aCasesRecordsStandInTheDisputesTimelineWhereTheyHappenedUnderTheirCase() {
        // WSWS: Sokolova serving "a six-year prison sentence since August"; the case known only by its year
        // comes first, from the first day of 2011
        String sokolovaCase = "case-sokolova";
        Person sokolova = new Person("natalia-sokolova", "Natalia Sokolova", PersonRole.LAWYER, false);
        DisputeTimeline timeline = Mangystau.strike()
                .add(new CaseOpened(sokolovaCase, "case-opened", DISPUTE, "Prosecution of union lawyer Natalia Sokolova",
                        null, null, List.of(new Defendant(sokolova, true)), List.of(), 0,
                        evidence(When.year(2011), AKTAU, WSWS)))
                .add(new VerdictDelivered(sokolovaCase, "verdict", List.of(new Judgement(sokolova.id(),
                        Finding.CONVICTED, new Sentence(SentenceKind.PRISON, 72, SentenceLength.EXACT, null, "six years"))),
                        null, evidence(When.month(2011, 8), AKTAU, WSWS)))
                .timeline();

        assertThat(timeline.entries()).extracting(TimelineEntry::streamId, TimelineEntry::recordId, TimelineEntry::headline)
                .containsExactly(
                        tuple(sokolovaCase, "case-opened", "Case opened: Prosecution of union lawyer Natalia Sokolova"),
                        tuple(DISPUTE, "open", "Dispute opened: Mangystau oil workers' strike"),
                        tuple(DISPUTE, "demand-wages", "Demand raised: Honour the agreements to raise workers' wages"),
                        tuple(DISPUTE, "strike-karazhanbas", "Strike started at KarazhanbasMunai"),
                        tuple(DISPUTE, "party-uzen", "Employer joined: UzenMunayGas"),
                        tuple(DISPUTE, "strike-uzen", "Strike spread at UzenMunayGas"),
                        tuple(DISPUTE, "demand-free-sokolova", "Demand raised: Free the union's lawyer Natalia Sokolova"),
                        tuple(sokolovaCase, "verdict", "Verdict delivered"),
                        tuple(DISPUTE, "shooting-killed", "Killed: Shooting in Zhanaozen town square, 16 December 2011"));
    }

    @Test
    void anEntryCorrectedTwiceListsBothCorrectionsAndKeepsItsFirstOriginal() {
        TimelineEntry entry = shetpeCorrected()
                .edit(new RecordCorrected(DISPUTE, "shetpe-injured-place", "shetpe-injured",
                        "Shetpe, not Zhanaozen", new Correction(null, new Place("Shetpe", "Mangystau Region", "KZ", null),
                        null, null, null)))
                .timeline().entry("shetpe-injured").orElseThrow();

        assertThat(entry.edits()).extracting(EditNote::recordId, EditNote::kind)
                .containsExactly(tuple("shetpe-injured-corrected", Edit.Kind.CORRECTED),
                        tuple("shetpe-injured-place", Edit.Kind.CORRECTED));
        assertThat(entry.where().name()).isEqualTo("Shetpe");
        assertThat(entry.when()).isEqualTo(When.day(2011, 12, 17));
        assertThat(entry.original().where()).isEqualTo(ZHANAOZEN);
        assertThat(entry.original().when()).isEqualTo(When.day(2011, 12, 16));
    }

    @Test
    void aCorrectedEntryRetractedLaterIsMarkedRetractedWithBothEditsInOrder() {
        TimelineEntry entry = shetpeCorrected()
                .edit(new RecordRetracted(DISPUTE, "shetpe-injured-retracted", "shetpe-injured",
                        "The wounded are counted in the Zhanaozen figures"))
                .timeline().entry("shetpe-injured").orElseThrow();

        assertThat(entry.standing()).isEqualTo(Standing.RETRACTED);
        assertThat(entry.edits()).extracting(EditNote::recordId, EditNote::kind, EditNote::reason)
                .containsExactly(
                        tuple("shetpe-injured-corrected", Edit.Kind.CORRECTED,
                                "Entered with the killed figure and the date of the Zhanaozen shooting"),
                        tuple("shetpe-injured-retracted", Edit.Kind.RETRACTED,
                                "The wounded are counted in the Zhanaozen figures"));
        assertThat(entry.claims()).containsExactly(Claim.of(OFFICIALS_VIA_WSWS, 11, 11, 11, "eleven others were wounded"));
        assertThat(entry.supersededBy()).isNull();
    }
}
