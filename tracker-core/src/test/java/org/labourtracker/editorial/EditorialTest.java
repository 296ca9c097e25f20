package org.labourtracker.editorial;

import static org.labourtracker.Rejections.notFoundAt;
import static org.labourtracker.Rejections.rejectedAt;
import static org.labourtracker.Rejections.reused;
import static org.labourtracker.Zhanaozen.AKTAU;
import static org.labourtracker.Zhanaozen.CASE_ID;
import static org.labourtracker.Zhanaozen.CASE_OPENED;
import static org.labourtracker.Zhanaozen.DAY_AFTER_TOMORROW;
import static org.labourtracker.Zhanaozen.DISPUTE_ID;
import static org.labourtracker.Zhanaozen.DISPUTE_OPENED;
import static org.labourtracker.Zhanaozen.HRW;
import static org.labourtracker.Zhanaozen.INDEPENDENT_DEATH_TOLL;
import static org.labourtracker.Zhanaozen.OFFICIAL_DEATH_TOLL;
import static org.labourtracker.Zhanaozen.PROSECUTOR_GENERAL;
import static org.labourtracker.Zhanaozen.SOKOLOVA;
import static org.labourtracker.Zhanaozen.TURBAYEV;
import static org.labourtracker.Zhanaozen.WSWS;
import static org.labourtracker.Zhanaozen.ZHANAOZEN;
import static org.labourtracker.Zhanaozen.evidence;
import static org.labourtracker.Zhanaozen.shooting;

import java.util.List;
import java.util.stream.Stream;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.labourtracker.Zhanaozen;
import org.labourtracker.dispute.CasualtyKind;
import org.labourtracker.dispute.Dispute;
import org.labourtracker.dispute.DisputeEvent.CasualtiesReported;
import org.labourtracker.dispute.DisputeEvent.StateActionRecorded;
import org.labourtracker.dispute.StateActionKind;
import org.labourtracker.editorial.EditorialCommand.ChangeConfidentiality;
import org.labourtracker.editorial.EditorialCommand.CorrectRecord;
import org.labourtracker.editorial.EditorialCommand.MergeDuplicate;
import org.labourtracker.editorial.EditorialCommand.RetractRecord;
import org.labourtracker.editorial.EditorialEvent.ConfidentialityChanged;
import org.labourtracker.editorial.EditorialEvent.DuplicateMerged;
import org.labourtracker.editorial.EditorialEvent.RecordCorrected;
import org.labourtracker.editorial.EditorialEvent.RecordRetracted;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.DatePrecision;
import org.labourtracker.evidence.Place;
import org.labourtracker.evidence.When;
import org.labourtracker.legal.CaseEvent.VerdictDelivered;
import org.labourtracker.legal.Finding;
import org.labourtracker.legal.Judgement;
import org.labourtracker.legal.LegalCase;
import org.labourtracker.legal.Sentence;
import org.labourtracker.legal.SentenceKind;
import org.labourtracker.legal.SentenceLength;

/** Corrections, retractions, merges and confidentiality, in the dispute's stream and in the lawyer's case. */
class EditorialTest {

    /** The official toll of 13, typed in as 31. */
    private static final CasualtiesReported OFFICIAL_TOLL_MISTYPED = new CasualtiesReported(DISPUTE_ID,
            "official-death-toll", "Shooting in the town square", CasualtyKind.KILLED,
            List.of(Claim.of(PROSECUTOR_GENERAL, null, 31, null, "13 killed")), List.of(),
            evidence(When.day(2011, 12, 16), ZHANAOZEN, PROSECUTOR_GENERAL));
    private static final CasualtiesReported INDEPENDENT_TOLL = new CasualtiesReported(DISPUTE_ID,
            "independent-death-toll", "Shooting in the town square", CasualtyKind.KILLED,
            List.of(INDEPENDENT_DEATH_TOLL), List.of(), shooting());
    private static final CasualtiesReported INDEPENDENT_TOLL_AGAIN = new CasualtiesReported(DISPUTE_ID,
            "independent-death-toll-again", "Shooting in the town square", CasualtyKind.KILLED,
            List.of(INDEPENDENT_DEATH_TOLL), List.of(), shooting());
    /** "One protester was killed" at Shetpe Station, on Saturday the 17th, first entered on the 16th. */
    private static final CasualtiesReported SHETPE_DEATH = new CasualtiesReported(DISPUTE_ID, "shetpe-death",
            "Shooting at Shetpe Station", CasualtyKind.KILLED, List.of(Claim.of(WSWS, 1, 1, 1, "One protester")),
            List.of(), shooting());
    private static final CasualtiesReported TURBAYEV_MURDERED = new CasualtiesReported(DISPUTE_ID,
            "turbayev-murdered", "Murder at his workplace", CasualtyKind.KILLED,
            List.of(Claim.of(WSWS, 1, 1, 1, null)), List.of(TURBAYEV), evidence(When.month(2011, 8), ZHANAOZEN, WSWS));
    private static final StateActionRecorded STRIKE_DECLARED_ILLEGAL = new StateActionRecorded(DISPUTE_ID,
            "strike-declared-illegal", StateActionKind.STRIKE_DECLARED_ILLEGAL, "Local authorities",
            evidence(When.year(2011), ZHANAOZEN, WSWS));

    private static final Correction OFFICIAL_TOLL_AS_STATED =
            new Correction(null, null, null, List.of(OFFICIAL_DEATH_TOLL), null);
    private static final CorrectRecord FIX_OFFICIAL_TOLL = new CorrectRecord(DISPUTE_ID, "official-toll-fixed",
            "official-death-toll", "31 was typed for the official 13", OFFICIAL_TOLL_AS_STATED);
    private static final RecordRetracted INDEPENDENT_TOLL_RETRACTED = new RecordRetracted(DISPUTE_ID,
            "independent-toll-retracted", "independent-death-toll", "Entered in the wrong dispute");
    private static final DuplicateMerged INDEPENDENT_TOLL_MERGED = new DuplicateMerged(DISPUTE_ID,
            "independent-toll-merged", "independent-death-toll-again", "independent-death-toll",
            "The same WSWS report entered twice");

    private static final VerdictDelivered SENTENCED = new VerdictDelivered(CASE_ID, "sokolova-sentenced",
            List.of(new Judgement(SOKOLOVA.id(), Finding.CONVICTED, new Sentence(SentenceKind.PRISON, 72, SentenceLength.EXACT, null, null))),
            null, evidence(When.month(2011, 8), AKTAU, WSWS));

    private FixtureConfiguration<Dispute> dispute;
    private FixtureConfiguration<LegalCase> legalCase;

    @BeforeEach
    void setUp() {
        dispute = Zhanaozen.disputeFixture();
        legalCase = Zhanaozen.caseFixture();
    }

    @Test
    void aMistypedDeathTollIsCorrectedWithItsReason() {
        dispute.given(DISPUTE_OPENED, OFFICIAL_TOLL_MISTYPED)
                .when(FIX_OFFICIAL_TOLL)
                .expectEvents(new RecordCorrected(DISPUTE_ID, "official-toll-fixed", "official-death-toll",
                        "31 was typed for the official 13", OFFICIAL_TOLL_AS_STATED));
    }

    @Test
    void theDayAndPlaceOfADeathAreCorrected() {
        Correction saturdayAtShetpe = new Correction(When.day(2011, 12, 17),
                new Place("Shetpe", "Mangystau", "KZ", null), null, null, null);
        dispute.given(DISPUTE_OPENED, SHETPE_DEATH)
                .when(new CorrectRecord(DISPUTE_ID, "shetpe-death-dated", "shetpe-death",
                        "The railway protest at Shetpe Station was on the Saturday", saturdayAtShetpe))
                .expectEvents(new RecordCorrected(DISPUTE_ID, "shetpe-death-dated", "shetpe-death",
                        "The railway protest at Shetpe Station was on the Saturday", saturdayAtShetpe));
    }

    @Test
    void aCorrectedRecordCanBeCorrectedAgain() {
        Correction sourced = new Correction(null, null, List.of(PROSECUTOR_GENERAL, WSWS), null, null);
        dispute.given(DISPUTE_OPENED, OFFICIAL_TOLL_MISTYPED)
                .andGivenCommands(FIX_OFFICIAL_TOLL)
                .when(new CorrectRecord(DISPUTE_ID, "official-toll-sourced", "official-death-toll",
                        "WSWS reports the official figure too", sourced))
                .expectEvents(new RecordCorrected(DISPUTE_ID, "official-toll-sourced", "official-death-toll",
                        "WSWS reports the official figure too", sourced));
    }

    @Test
    void correctingARecordNotInTheStreamIsRejected() {
        dispute.given(DISPUTE_OPENED)
                .when(FIX_OFFICIAL_TOLL)
                .expectException(notFoundAt("correctedRecordId"));
    }

    @Test
    void anEditIsNotARecordToCorrect() {
        dispute.given(DISPUTE_OPENED, OFFICIAL_TOLL_MISTYPED)
                .andGivenCommands(FIX_OFFICIAL_TOLL)
                .when(new CorrectRecord(DISPUTE_ID, "fix-of-the-fix", "official-toll-fixed", "Reworded",
                        new Correction(null, null, null, null, "Reworded")))
                .expectException(notFoundAt("correctedRecordId"));
    }

    @Test
    void aRetractedRecordCannotBeCorrected() {
        dispute.given(DISPUTE_OPENED, INDEPENDENT_TOLL, INDEPENDENT_TOLL_RETRACTED)
                .when(new CorrectRecord(DISPUTE_ID, "independent-toll-fixed", "independent-death-toll",
                        "Over 70, not 70", new Correction(null, null, null, List.of(INDEPENDENT_DEATH_TOLL), null)))
                .expectException(rejectedAt("correctedRecordId"));
    }

    @Test
    void aMergedDuplicateCannotBeCorrected() {
        dispute.given(DISPUTE_OPENED, INDEPENDENT_TOLL, INDEPENDENT_TOLL_AGAIN, INDEPENDENT_TOLL_MERGED)
                .when(new CorrectRecord(DISPUTE_ID, "duplicate-fixed", "independent-death-toll-again",
                        "Over 70, not 70", new Correction(null, null, null, List.of(INDEPENDENT_DEATH_TOLL), null)))
                .expectException(rejectedAt("correctedRecordId"));
    }

    @Test
    void aCorrectionChangesSomething() {
        dispute.given(DISPUTE_OPENED, OFFICIAL_TOLL_MISTYPED)
                .when(new CorrectRecord(DISPUTE_ID, "official-toll-fixed", "official-death-toll",
                        "31 was typed for the official 13", new Correction(null, null, null, null, null)))
                .expectException(rejectedAt("correction"));
    }

    @Test
    void aCorrectionSaysWhatChanges() {
        dispute.given(DISPUTE_OPENED, OFFICIAL_TOLL_MISTYPED)
                .when(new CorrectRecord(DISPUTE_ID, "official-toll-fixed", "official-death-toll",
                        "31 was typed for the official 13", null))
                .expectException(rejectedAt("correction"));
    }

    @Test
    void figuresCannotBeAddedToARecordWithoutThem() {
        dispute.given(DISPUTE_OPENED, STRIKE_DECLARED_ILLEGAL)
                .when(new CorrectRecord(DISPUTE_ID, "illegal-strike-counted", "strike-declared-illegal",
                        "Add the strikers", new Correction(null, null, null,
                        List.of(Claim.of(WSWS, null, null, 18_000, "as many as 18,000")), null)))
                .expectException(rejectedAt("correction.claims"));
    }

    @Test
    void correctedFiguresFollowTheRulesOfFigures() {
        dispute.given(DISPUTE_OPENED, OFFICIAL_TOLL_MISTYPED)
                .when(new CorrectRecord(DISPUTE_ID, "official-toll-fixed", "official-death-toll",
                        "31 was typed for the official 13", new Correction(null, null, null,
                        List.of(Claim.of(PROSECUTOR_GENERAL, 17, 13, null, "13 killed")), null)))
                .expectException(rejectedAt("correction.claims[0].low"));
    }

    @Test
    void aCorrectedDateCannotBeInTheFuture() {
        dispute.given(DISPUTE_OPENED, SHETPE_DEATH)
                .when(new CorrectRecord(DISPUTE_ID, "shetpe-death-dated", "shetpe-death", "Wrong day",
                        new Correction(new When(DAY_AFTER_TOMORROW, DatePrecision.DAY, null), null, null, null, null)))
                .expectException(rejectedAt("correction.when.on"));
    }

    @Test
    void aCorrectionGivesItsReason() {
        dispute.given(DISPUTE_OPENED, OFFICIAL_TOLL_MISTYPED)
                .when(new CorrectRecord(DISPUTE_ID, "official-toll-fixed", "official-death-toll", " ",
                        OFFICIAL_TOLL_AS_STATED))
                .expectException(rejectedAt("reason"));
    }

    @Test
    void aReportIsRetractedAndKept() {
        dispute.given(DISPUTE_OPENED, INDEPENDENT_TOLL)
                .when(new RetractRecord(DISPUTE_ID, "independent-toll-retracted", "independent-death-toll",
                        "Entered in the wrong dispute"))
                .expectEvents(INDEPENDENT_TOLL_RETRACTED);
    }

    @Test
    void aRecordIsRetractedOnlyOnce() {
        dispute.given(DISPUTE_OPENED, INDEPENDENT_TOLL, INDEPENDENT_TOLL_RETRACTED)
                .when(new RetractRecord(DISPUTE_ID, "independent-toll-retracted-again", "independent-death-toll",
                        "Entered in the wrong dispute"))
                .expectException(rejectedAt("retractedRecordId"));
    }

    @Test
    void retractingARecordNotInTheStreamIsRejected() {
        dispute.given(DISPUTE_OPENED)
                .when(new RetractRecord(DISPUTE_ID, "independent-toll-retracted", "independent-death-toll",
                        "Entered in the wrong dispute"))
                .expectException(notFoundAt("retractedRecordId"));
    }

    @Test
    void aDuplicateReportIsMergedIntoTheKeptOne() {
        dispute.given(DISPUTE_OPENED, INDEPENDENT_TOLL, INDEPENDENT_TOLL_AGAIN)
                .when(new MergeDuplicate(DISPUTE_ID, "independent-toll-merged", "independent-death-toll-again",
                        "independent-death-toll", "The same WSWS report entered twice"))
                .expectEvents(INDEPENDENT_TOLL_MERGED);
    }

    @Test
    void aRecordIsNotMergedWithItself() {
        dispute.given(DISPUTE_OPENED, INDEPENDENT_TOLL)
                .when(new MergeDuplicate(DISPUTE_ID, "independent-toll-merged", "independent-death-toll",
                        "independent-death-toll", "The same WSWS report entered twice"))
                .expectException(rejectedAt("keptRecordId"));
    }

    @Test
    void aDuplicateIsNotMergedIntoARetractedRecord() {
        dispute.given(DISPUTE_OPENED, INDEPENDENT_TOLL, INDEPENDENT_TOLL_AGAIN, INDEPENDENT_TOLL_RETRACTED)
                .when(new MergeDuplicate(DISPUTE_ID, "independent-toll-merged", "independent-death-toll-again",
                        "independent-death-toll", "The same WSWS report entered twice"))
                .expectException(rejectedAt("keptRecordId"));
    }

    @Test
    void aMergedDuplicateIsNotMergedAgain() {
        dispute.given(DISPUTE_OPENED, INDEPENDENT_TOLL, INDEPENDENT_TOLL_AGAIN, INDEPENDENT_TOLL_MERGED)
                .when(new MergeDuplicate(DISPUTE_ID, "independent-toll-merged-again", "independent-death-toll-again",
                        "independent-death-toll", "The same WSWS report entered twice"))
                .expectException(rejectedAt("duplicateRecordId"));
    }

    @Test
    void mergingARecordNotInTheStreamIsRejected() {
        dispute.given(DISPUTE_OPENED, INDEPENDENT_TOLL)
                .when(new MergeDuplicate(DISPUTE_ID, "independent-toll-merged", "independent-death-toll-again",
                        "independent-death-toll", "The same WSWS report entered twice"))
                .expectException(notFoundAt("duplicateRecordId"));
    }

    @Test
    void mergingIntoARecordNotInTheStreamIsRejected() {
        dispute.given(DISPUTE_OPENED, INDEPENDENT_TOLL_AGAIN)
                .when(new MergeDuplicate(DISPUTE_ID, "independent-toll-merged", "independent-death-toll-again",
                        "independent-death-toll", "The same WSWS report entered twice"))
                .expectException(notFoundAt("keptRecordId"));
    }

    @Test
    void aMurderedActivistsNameIsWithheldFromThePublic() {
        dispute.given(DISPUTE_OPENED, TURBAYEV_MURDERED)
                .when(new ChangeConfidentiality(DISPUTE_ID, "turbayev-withheld", TURBAYEV.id(), true,
                        "His family asked for his name to be withheld"))
                .expectEvents(new ConfidentialityChanged(DISPUTE_ID, "turbayev-withheld", TURBAYEV.id(), true,
                        "His family asked for his name to be withheld"));
    }

    @Test
    void confidentialityOfSomeoneNotNamedInTheStreamIsRejected() {
        dispute.given(DISPUTE_OPENED, TURBAYEV_MURDERED)
                .when(new ChangeConfidentiality(DISPUTE_ID, "sokolova-withheld", SOKOLOVA.id(), true,
                        "Named only in her own case"))
                .expectException(notFoundAt("personId"));
    }

    @Test
    void editingAnUnknownStreamIsRejected() {
        dispute.given(DISPUTE_OPENED, OFFICIAL_TOLL_MISTYPED)
                .when(new CorrectRecord("zhanaozen-strikes-2021", "official-toll-fixed", "official-death-toll",
                        "31 was typed for the official 13", OFFICIAL_TOLL_AS_STATED))
                .expectException(notFoundAt("streamId"));
    }

    @Test
    void aStreamWithoutAnEditableRepositoryIsNotEdited() {
        dispute.given(DISPUTE_OPENED)
                .when(new RetractRecord(CASE_ID, "verdict-retracted", "sokolova-sentenced", "Entered in error"))
                .expectException(notFoundAt("streamId"));
    }

    @Test
    void aStreamIdIsAnIdentifier() {
        dispute.given(DISPUTE_OPENED, INDEPENDENT_TOLL)
                .when(new RetractRecord("mangystau oil strike", "independent-toll-retracted",
                        "independent-death-toll", "Entered in the wrong dispute"))
                .expectException(rejectedAt("streamId"));
    }

    @Test
    void anEditsRecordIdIsAnIdentifier() {
        dispute.given(DISPUTE_OPENED, OFFICIAL_TOLL_MISTYPED)
                .when(new CorrectRecord(DISPUTE_ID, "official toll fixed", "official-death-toll",
                        "31 was typed for the official 13", OFFICIAL_TOLL_AS_STATED))
                .expectException(rejectedAt("recordId"));
    }

    @Test
    void aPersonIsNamedByTheirId() {
        dispute.given(DISPUTE_OPENED, TURBAYEV_MURDERED)
                .when(new ChangeConfidentiality(DISPUTE_ID, "turbayev-withheld", TURBAYEV.name(), true,
                        "His family asked for his name to be withheld"))
                .expectException(rejectedAt("personId"));
    }

    @Test
    void aCorrectionSentTwiceIsRecordedOnce() {
        dispute.given(DISPUTE_OPENED, OFFICIAL_TOLL_MISTYPED)
                .andGivenCommands(FIX_OFFICIAL_TOLL)
                .when(FIX_OFFICIAL_TOLL)
                .expectNoEvents()
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aCorrectionSentAgainWithAnotherReasonIsRefused() {
        dispute.given(DISPUTE_OPENED, OFFICIAL_TOLL_MISTYPED)
                .andGivenCommands(FIX_OFFICIAL_TOLL)
                .when(new CorrectRecord(DISPUTE_ID, FIX_OFFICIAL_TOLL.recordId(), FIX_OFFICIAL_TOLL.correctedRecordId(),
                        "Another reason", FIX_OFFICIAL_TOLL.correction()))
                .expectException(reused(FIX_OFFICIAL_TOLL.recordId(), "RecordCorrected", "reason"));
    }

    /**
     * Every edit, each reusing a record id already in the stream and many breaking a rule of the
     * stream besides (a field's own rules, such as a blank reason, are checked before the stream is read).
     */
    static Stream<EditorialCommand> editsReusingATakenRecordId() {
        String taken = OFFICIAL_TOLL_MISTYPED.recordId();
        return Stream.of(
                new CorrectRecord(DISPUTE_ID, taken, "independent-death-toll", "Mistyped", OFFICIAL_TOLL_AS_STATED),
                new RetractRecord(DISPUTE_ID, taken, "independent-death-toll", "Entered in the wrong dispute"),
                new MergeDuplicate(DISPUTE_ID, taken, "official-death-toll", "official-death-toll", "Same report"),
                new ChangeConfidentiality(DISPUTE_ID, DISPUTE_OPENED.recordId(), SOKOLOVA.id(), true, "At risk"));
    }

    @ParameterizedTest
    @MethodSource("editsReusingATakenRecordId")
    void anEditWhoseRecordIdIsTakenByOtherContentIsRefused(EditorialCommand command) {
        dispute.given(DISPUTE_OPENED, OFFICIAL_TOLL_MISTYPED)
                .when(command)
                .expectNoEvents()
                .expectException(reused(command.recordId(),
                        command.recordId().equals(DISPUTE_OPENED.recordId()) ? "DisputeOpened" : "CasualtiesReported"));
    }

    @Test
    void theDayOfAVerdictIsCorrectedInItsCase() {
        Correction eighthOfAugust =
                new Correction(When.day(2011, 8, 8), null, List.of(HRW), null, null);
        legalCase.given(CASE_OPENED, SENTENCED)
                .when(new CorrectRecord(CASE_ID, "sentencing-dated", "sokolova-sentenced",
                        "Human Rights Watch gives the day", eighthOfAugust))
                .expectEvents(new RecordCorrected(CASE_ID, "sentencing-dated", "sokolova-sentenced",
                        "Human Rights Watch gives the day", eighthOfAugust));
    }

    @Test
    void caseRecordsHaveNoFiguresToCorrect() {
        legalCase.given(CASE_OPENED, SENTENCED)
                .when(new CorrectRecord(CASE_ID, "sentencing-counted", "sokolova-sentenced", "Add a count",
                        new Correction(null, null, null, List.of(Claim.of(WSWS, 1, 1, 1, null)), null)))
                .expectException(rejectedAt("correction.claims"));
    }

    @Test
    void aVerdictIsRetractedFromItsCase() {
        legalCase.given(CASE_OPENED, SENTENCED)
                .when(new RetractRecord(CASE_ID, "verdict-retracted", "sokolova-sentenced", "Entered in error"))
                .expectEvents(new RecordRetracted(CASE_ID, "verdict-retracted", "sokolova-sentenced",
                        "Entered in error"));
    }

    @Test
    void aDefendantNamedInTheirCaseCanBeMadeConfidential() {
        legalCase.given(CASE_OPENED)
                .when(new ChangeConfidentiality(CASE_ID, "sokolova-withheld", SOKOLOVA.id(), true, "At risk"))
                .expectEvents(new ConfidentialityChanged(CASE_ID, "sokolova-withheld", SOKOLOVA.id(), true, "At risk"));
    }

    @Test
    void editingACaseRecordNotInTheCaseIsRejected() {
        legalCase.given(CASE_OPENED)
                .when(new RetractRecord(CASE_ID, "verdict-retracted", "sokolova-sentenced", "Entered in error"))
                .expectException(notFoundAt("retractedRecordId"));
    }
}
