package org.labourtracker.legal;

import static org.labourtracker.Rejections.notFoundAt;
import static org.labourtracker.Rejections.rejectedAt;
import static org.labourtracker.Rejections.reused;
import static org.labourtracker.Zhanaozen.AKTAU;
import static org.labourtracker.Zhanaozen.ATYRAU;
import static org.labourtracker.Zhanaozen.CASE_ID;
import static org.labourtracker.Zhanaozen.CASE_OPENED;
import static org.labourtracker.Zhanaozen.DISPUTE_ID;
import static org.labourtracker.Zhanaozen.EURASIANET;
import static org.labourtracker.Zhanaozen.HRW;
import static org.labourtracker.Zhanaozen.HUNKO;
import static org.labourtracker.Zhanaozen.OPEN_CASE;
import static org.labourtracker.Zhanaozen.OPEN_DIALOG;
import static org.labourtracker.Zhanaozen.SOKOLOVA;
import static org.labourtracker.Zhanaozen.TURBAYEV;
import static org.labourtracker.Zhanaozen.WSWS;
import static org.labourtracker.Zhanaozen.evidence;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.labourtracker.Zhanaozen;
import org.labourtracker.evidence.Evidence;
import org.labourtracker.evidence.Person;
import org.labourtracker.evidence.PersonRole;
import org.labourtracker.evidence.Place;
import org.labourtracker.evidence.When;
import org.labourtracker.legal.CaseCommand.CloseCase;
import org.labourtracker.legal.CaseCommand.DecideAppeal;
import org.labourtracker.legal.CaseCommand.DeliverVerdict;
import org.labourtracker.legal.CaseCommand.FileAppeal;
import org.labourtracker.legal.CaseCommand.FileCharges;
import org.labourtracker.legal.CaseCommand.OpenCase;
import org.labourtracker.legal.CaseCommand.RecordHearing;
import org.labourtracker.legal.CaseCommand.ReleaseDefendant;
import org.labourtracker.legal.CaseEvent.AppealDecided;
import org.labourtracker.legal.CaseEvent.AppealFiled;
import org.labourtracker.legal.CaseEvent.CaseOpened;
import org.labourtracker.legal.CaseEvent.ChargesFiled;
import org.labourtracker.legal.CaseEvent.DefendantReleased;
import org.labourtracker.legal.CaseEvent.HearingHeld;
import org.labourtracker.legal.CaseEvent.VerdictDelivered;

/**
 * The case against the union's lawyer Natalia Sokolova: held from May 2011, sentenced to six years
 * in August, the sentence upheld on appeal in September, commuted to three years suspended by the
 * Supreme Court on 6 March 2012, released the next day. Variants where she was at liberty, or judged
 * otherwise, exercise the rules her own course does not reach.
 */
class LegalCaseTest {

    private static final String SOKOLOVA_ID = SOKOLOVA.id();
    private static final Place ASTANA = new Place("Astana", null, "KZ", null);

    private static final Evidence INDICTMENT =
            evidence(When.between(LocalDate.of(2011, 5, 1), LocalDate.of(2011, 8, 4)), AKTAU, HRW);
    private static final Evidence CLOSING_STATEMENTS = evidence(When.day(2011, 8, 4), AKTAU, HRW);
    private static final Evidence SENTENCING = evidence(When.month(2011, 8), AKTAU, WSWS);
    private static final Evidence APPEAL_LODGED =
            evidence(When.between(LocalDate.of(2011, 8, 8), LocalDate.of(2011, 9, 30)), AKTAU, HUNKO);
    private static final Evidence APPEAL_HEARD = evidence(When.month(2011, 9), AKTAU, HUNKO);
    private static final Evidence REVIEW_SOUGHT =
            evidence(When.between(LocalDate.of(2011, 9, 1), LocalDate.of(2012, 3, 6)), ASTANA, HUNKO);
    private static final Evidence SUPREME_COURT_RULING = evidence(When.day(2012, 3, 6), ASTANA, EURASIANET);
    private static final Evidence RELEASE = evidence(When.day(2012, 3, 7), ATYRAU, EURASIANET);

    private static final List<String> CHARGES = List.of("Inciting social discord", "Organising illegal gatherings");
    private static final Judgement SIX_YEARS = new Judgement(SOKOLOVA_ID, Finding.CONVICTED,
            new Sentence(SentenceKind.PRISON, 72, SentenceLength.EXACT, null, "barred from civic work for three years"));
    private static final Judgement THREE_YEARS_SUSPENDED = new Judgement(SOKOLOVA_ID, Finding.CONVICTED,
            new Sentence(SentenceKind.SUSPENDED, 36, SentenceLength.EXACT, null, "barred from social work for three years"));

    private static final VerdictDelivered SENTENCED =
            new VerdictDelivered(CASE_ID, "sokolova-sentenced", List.of(SIX_YEARS), null, SENTENCING);
    private static final AppealFiled APPEALED = new AppealFiled(CASE_ID, "sokolova-appeals", List.of(SOKOLOVA_ID),
            "Appeal against the six-year sentence", APPEAL_LODGED);
    private static final AppealDecided UPHELD =
            new AppealDecided(CASE_ID, "appeal-upheld", AppealOutcome.UPHELD, List.of(), APPEAL_HEARD);
    private static final AppealFiled SENT_TO_SUPREME_COURT = new AppealFiled(CASE_ID, "supreme-court-review",
            List.of(SOKOLOVA_ID), "Review by the Supreme Court", REVIEW_SOUGHT);
    private static final AppealDecided COMMUTED = new AppealDecided(CASE_ID, "sentence-commuted",
            AppealOutcome.SENTENCE_REDUCED, List.of(THREE_YEARS_SUSPENDED), SUPREME_COURT_RULING);
    private static final DefendantReleased FREED =
            new DefendantReleased(CASE_ID, "sokolova-freed", SOKOLOVA_ID, ReleaseKind.SENTENCE_COMMUTED, RELEASE);

    /** Had she been at liberty when the case opened. */
    private static final CaseOpened OPENED_AT_LIBERTY = new CaseOpened(CASE_ID, "sokolova-arrested", DISPUTE_ID,
            OPEN_CASE.title(), OPEN_CASE.court(), null, List.of(new Defendant(SOKOLOVA, false)), List.of(), 0, OPEN_CASE.evidence());

    private static final String GROUP_CASE_ID = "zhanaozen-unrest-trial";
    private static final CaseOpened RESIDENTS_TRIED = new CaseOpened(GROUP_CASE_ID, "residents-tried", DISPUTE_ID,
            "Trial of Zhanaozen residents over the December 2011 unrest", "Aktau City Court", null, List.of(), List.of(), 37,
            evidence(When.year(2012), AKTAU, OPEN_DIALOG));

    private FixtureConfiguration<LegalCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = Zhanaozen.caseFixture();
    }

    private static OpenCase openCase(String caseId, String disputeId, List<Defendant> defendants, int unnamed) {
        return new OpenCase(caseId, OPEN_CASE.recordId(), disputeId, OPEN_CASE.title(), OPEN_CASE.court(), null, defendants, List.of(),
                unnamed, OPEN_CASE.evidence());
    }

    private static DeliverVerdict verdict(Judgement... judgements) {
        return new DeliverVerdict(CASE_ID, "sokolova-sentenced", List.of(judgements), null, SENTENCING);
    }

    private static Judgement convicted(Sentence sentence) {
        return new Judgement(SOKOLOVA_ID, Finding.CONVICTED, sentence);
    }

    private static ReleaseDefendant release(String defendantId) {
        return new ReleaseDefendant(CASE_ID, "sokolova-freed", defendantId, ReleaseKind.SENTENCE_COMMUTED, RELEASE);
    }

    @Test
    void theUnionsLawyerIsProsecutedInCustody() {
        fixture.givenNoPriorActivity()
                .when(OPEN_CASE)
                .expectEvents(CASE_OPENED);
    }

    @Test
    void openingTheSameCaseTwiceRecordsItOnce() {
        fixture.givenCommands(OPEN_CASE)
                .when(OPEN_CASE)
                .expectNoEvents()
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void anOpenCaseCannotBeOpenedAgainUnderAnotherRecordId() {
        fixture.given(CASE_OPENED)
                .when(new OpenCase(CASE_ID, "sokolova-tried", DISPUTE_ID, OPEN_CASE.title(), OPEN_CASE.court(), null,
                        OPEN_CASE.defendants(), List.of(), 0, CLOSING_STATEMENTS))
                .expectException(rejectedAt("caseId"));
    }

    @Test
    void aCaseBelongsToAKnownDispute() {
        fixture.givenNoPriorActivity()
                .when(openCase(CASE_ID, "zhanaozen-strikes-2021", OPEN_CASE.defendants(), 0))
                .expectException(notFoundAt("disputeId"));
    }

    @Test
    void anIdAlreadyUsedByTheDisputeCannotOpenACase() {
        fixture.givenNoPriorActivity()
                .when(openCase(DISPUTE_ID, DISPUTE_ID, OPEN_CASE.defendants(), 0))
                .expectException(rejectedAt("caseId"));
    }

    @Test
    void residentsTriedAsAGroupNeedNotBeNamed() {
        fixture.givenNoPriorActivity()
                .when(new OpenCase(GROUP_CASE_ID, "residents-tried", DISPUTE_ID, RESIDENTS_TRIED.title(),
                        RESIDENTS_TRIED.court(), null, null, List.of(), 37, RESIDENTS_TRIED.evidence()))
                .expectEvents(RESIDENTS_TRIED);
    }

    @Test
    void aCaseIsTitled() {
        fixture.givenNoPriorActivity()
                .when(new OpenCase(CASE_ID, OPEN_CASE.recordId(), DISPUTE_ID, null, OPEN_CASE.court(), null,
                        OPEN_CASE.defendants(), List.of(), 0, OPEN_CASE.evidence()))
                .expectException(rejectedAt("title"));
    }

    @Test
    void aCaseIsAgainstSomebody() {
        fixture.givenNoPriorActivity()
                .when(openCase(CASE_ID, DISPUTE_ID, List.of(), 0))
                .expectException(rejectedAt("defendants"));
    }

    @Test
    void unnamedDefendantsCannotBeNegative() {
        fixture.givenNoPriorActivity()
                .when(openCase(CASE_ID, DISPUTE_ID, OPEN_CASE.defendants(), -1))
                .expectException(rejectedAt("unnamedDefendants"));
    }

    @Test
    void aDefendantIsNamedOnce() {
        fixture.givenNoPriorActivity()
                .when(openCase(CASE_ID, DISPUTE_ID, List.of(new Defendant(SOKOLOVA, true), new Defendant(SOKOLOVA, false)),
                        0))
                .expectException(rejectedAt("defendants"));
    }

    @Test
    void aDefendantsNameIsRejectedAtItsPathInTheCommand() {
        Person garbled = new Person(SOKOLOVA_ID, "Natalia\u0000Sokolova", PersonRole.LAWYER, false);
        fixture.givenNoPriorActivity()
                .when(openCase(CASE_ID, DISPUTE_ID, List.of(new Defendant(garbled, true)), 0))
                .expectException(rejectedAt("defendants[0].person.name"));
    }

    @Test
    void aDefendantIsAPerson() {
        fixture.givenNoPriorActivity()
                .when(openCase(CASE_ID, DISPUTE_ID, List.of(new Defendant(null, true)), 0))
                .expectException(rejectedAt("defendants[0].person"));
    }

    @Test
    void theLawyerIsChargedWithIncitingSocialDiscord() {
        fixture.given(CASE_OPENED)
                .when(new FileCharges(CASE_ID, "sokolova-charged", List.of(SOKOLOVA_ID), CHARGES, List.of(), INDICTMENT))
                .expectEvents(new ChargesFiled(CASE_ID, "sokolova-charged", List.of(SOKOLOVA_ID), CHARGES, List.of(), INDICTMENT));
    }

    @Test
    void chargesNamingNobodyChargeEveryDefendant() {
        fixture.given(CASE_OPENED)
                .when(new FileCharges(CASE_ID, "sokolova-charged", null, CHARGES, List.of(), INDICTMENT))
                .expectEvents(new ChargesFiled(CASE_ID, "sokolova-charged", List.of(), CHARGES, List.of(), INDICTMENT));
    }

    @Test
    void chargesAgainstSomeoneNotADefendantAreRejected() {
        fixture.given(CASE_OPENED)
                .when(new FileCharges(CASE_ID, "sokolova-charged", List.of(SOKOLOVA_ID, TURBAYEV.id()), CHARGES, List.of(),
                        INDICTMENT))
                .expectException(notFoundAt("defendantIds"));
    }

    @Test
    void chargesNameACharge() {
        fixture.given(CASE_OPENED)
                .when(new FileCharges(CASE_ID, "sokolova-charged", List.of(SOKOLOVA_ID), List.of(), List.of(), INDICTMENT))
                .expectException(rejectedAt("charges"));
    }

    @Test
    void everyChargeIsNamed() {
        fixture.given(CASE_OPENED)
                .when(new FileCharges(CASE_ID, "sokolova-charged", List.of(SOKOLOVA_ID),
                        List.of("Inciting social discord", " "), List.of(), INDICTMENT))
                .expectException(rejectedAt("charges[1]"));
    }

    @Test
    void closingStatementsAreHeard() {
        String summary = "Closing statements; the prosecutor asks for seven years in prison";
        fixture.given(CASE_OPENED)
                .when(new RecordHearing(CASE_ID, "closing-statements", summary, CLOSING_STATEMENTS))
                .expectEvents(new HearingHeld(CASE_ID, "closing-statements", summary, CLOSING_STATEMENTS));
    }

    @Test
    void aHearingIsSummarised() {
        fixture.given(CASE_OPENED)
                .when(new RecordHearing(CASE_ID, "closing-statements", "", CLOSING_STATEMENTS))
                .expectException(rejectedAt("summary"));
    }

    @Test
    void theLawyerIsSentencedToSixYears() {
        fixture.given(CASE_OPENED)
                .when(verdict(SIX_YEARS))
                .expectEvents(SENTENCED);
    }

    @Test
    void aVerdictOnAGroupIsToldInItsSummary() {
        String summary = "Oil workers convicted of organising and taking part in mass riots in Zhanaozen";
        Evidence fourthOfJune = evidence(When.day(2012, 6, 4), AKTAU, OPEN_DIALOG);
        fixture.given(RESIDENTS_TRIED)
                .when(new DeliverVerdict(GROUP_CASE_ID, "residents-convicted", null, summary, fourthOfJune))
                .expectEvents(new VerdictDelivered(GROUP_CASE_ID, "residents-convicted", List.of(), summary,
                        fourthOfJune));
    }

    @Test
    void aVerdictJudgesSomebodyOrSaysWhatWasDecided() {
        fixture.given(CASE_OPENED)
                .when(verdict())
                .expectException(rejectedAt("judgements"));
    }

    @Test
    void aCaseIsJudgedOnlyOnceWithoutARetrial() {
        fixture.given(CASE_OPENED, SENTENCED)
                .when(new DeliverVerdict(CASE_ID, "sokolova-sentenced-again", List.of(SIX_YEARS), null, SENTENCING))
                .expectException(rejectedAt("caseId"));
    }

    @Test
    void aJudgementOnSomeoneNotADefendantIsRejected() {
        fixture.given(CASE_OPENED)
                .when(verdict(new Judgement(TURBAYEV.id(), Finding.ACQUITTED, null)))
                .expectException(notFoundAt("judgements"));
    }

    @Test
    void aDefendantIsJudgedOncePerVerdict() {
        fixture.given(CASE_OPENED)
                .when(verdict(SIX_YEARS, new Judgement(SOKOLOVA_ID, Finding.ACQUITTED, null)))
                .expectException(rejectedAt("judgements"));
    }

    @Test
    void aPrisonSentenceStatesItsLength() {
        fixture.given(CASE_OPENED)
                .when(verdict(convicted(new Sentence(SentenceKind.PRISON, null, null, null, "six years"))))
                .expectException(rejectedAt("judgements[0].sentence.months"));
    }

    @Test
    void aSentenceLastsAtLeastAMonth() {
        fixture.given(CASE_OPENED)
                .when(verdict(convicted(new Sentence(SentenceKind.PRISON, 0, SentenceLength.EXACT, null, null))))
                .expectException(rejectedAt("judgements[0].sentence.months"));
    }

    @Test
    void aSentenceIsOfAKind() {
        fixture.given(CASE_OPENED)
                .when(verdict(convicted(new Sentence(null, 72, SentenceLength.EXACT, null, null))))
                .expectException(rejectedAt("judgements[0].sentence.kind"));
    }

    @Test
    void aConvictionCarriesASentence() {
        fixture.given(CASE_OPENED)
                .when(verdict(convicted(null)))
                .expectException(rejectedAt("judgements[0].sentence"));
    }

    @Test
    void aSentenceComesOnlyWithAConviction() {
        fixture.given(CASE_OPENED)
                .when(verdict(new Judgement(SOKOLOVA_ID, Finding.ACQUITTED, SIX_YEARS.sentence())))
                .expectException(rejectedAt("judgements[0].sentence"));
    }

    @Test
    void theLawyerAppealsHerSentence() {
        fixture.given(CASE_OPENED, SENTENCED)
                .when(new FileAppeal(CASE_ID, "sokolova-appeals", List.of(SOKOLOVA_ID),
                        "Appeal against the six-year sentence", APPEAL_LODGED))
                .expectEvents(APPEALED);
    }

    @Test
    void anAppealNeedsAVerdict() {
        fixture.given(CASE_OPENED)
                .when(new FileAppeal(CASE_ID, "sokolova-appeals", List.of(SOKOLOVA_ID), null, APPEAL_LODGED))
                .expectException(rejectedAt("caseId"));
    }

    @Test
    void anotherAppealWaitsForThePendingOne() {
        fixture.given(CASE_OPENED, SENTENCED, APPEALED)
                .when(new FileAppeal(CASE_ID, "supreme-court-review", List.of(SOKOLOVA_ID), null, REVIEW_SOUGHT))
                .expectException(rejectedAt("caseId"));
    }

    @Test
    void anAppealBySomeoneNotADefendantIsRejected() {
        fixture.given(CASE_OPENED, SENTENCED)
                .when(new FileAppeal(CASE_ID, "sokolova-appeals", List.of(TURBAYEV.id()), null, APPEAL_LODGED))
                .expectException(notFoundAt("appellantIds"));
    }

    @Test
    void theAppealCourtUpholdsTheSentence() {
        fixture.given(CASE_OPENED, SENTENCED, APPEALED)
                .when(new DecideAppeal(CASE_ID, "appeal-upheld", AppealOutcome.UPHELD, null, APPEAL_HEARD))
                .expectEvents(UPHELD);
    }

    @Test
    void anUpheldSentenceCanBeTakenToTheSupremeCourt() {
        fixture.given(CASE_OPENED, SENTENCED, APPEALED, UPHELD)
                .when(new FileAppeal(CASE_ID, "supreme-court-review", List.of(SOKOLOVA_ID),
                        "Review by the Supreme Court", REVIEW_SOUGHT))
                .expectEvents(SENT_TO_SUPREME_COURT);
    }

    @Test
    void theSupremeCourtCommutesTheSentence() {
        fixture.given(CASE_OPENED, SENTENCED, APPEALED, UPHELD, SENT_TO_SUPREME_COURT)
                .when(new DecideAppeal(CASE_ID, "sentence-commuted", AppealOutcome.SENTENCE_REDUCED,
                        List.of(THREE_YEARS_SUSPENDED), SUPREME_COURT_RULING))
                .expectEvents(COMMUTED);
    }

    @Test
    void anAppealDecisionNeedsAPendingAppeal() {
        fixture.given(CASE_OPENED, SENTENCED)
                .when(new DecideAppeal(CASE_ID, "appeal-upheld", AppealOutcome.UPHELD, null, APPEAL_HEARD))
                .expectException(rejectedAt("caseId"));
    }

    @Test
    void anAppealIsDecidedOnce() {
        fixture.given(CASE_OPENED, SENTENCED, APPEALED, UPHELD)
                .when(new DecideAppeal(CASE_ID, "appeal-upheld-again", AppealOutcome.UPHELD, null, APPEAL_HEARD))
                .expectException(rejectedAt("caseId"));
    }

    @Test
    void anAppealDecisionHasAnOutcome() {
        fixture.given(CASE_OPENED, SENTENCED, APPEALED)
                .when(new DecideAppeal(CASE_ID, "appeal-upheld", null, null, APPEAL_HEARD))
                .expectException(rejectedAt("outcome"));
    }

    @Test
    void revisedJudgementsFollowTheSentenceRules() {
        fixture.given(CASE_OPENED, SENTENCED, APPEALED)
                .when(new DecideAppeal(CASE_ID, "sentence-commuted", AppealOutcome.SENTENCE_REDUCED,
                        List.of(convicted(new Sentence(SentenceKind.SUSPENDED, null, null, null, "three years"))),
                        SUPREME_COURT_RULING))
                .expectException(rejectedAt("revised[0].sentence.months"));
    }

    @Test
    void aCommutationSentAgainWithMonthsAloneIsRecordedOnce() {
        DecideAppeal monthsAlone = new DecideAppeal(CASE_ID, "sentence-commuted", AppealOutcome.SENTENCE_REDUCED,
                List.of(convicted(new Sentence(SentenceKind.SUSPENDED, 36, null, null,
                        "barred from social work for three years"))), SUPREME_COURT_RULING);
        fixture.given(CASE_OPENED, SENTENCED, APPEALED, UPHELD, SENT_TO_SUPREME_COURT, COMMUTED)
                .when(monthsAlone)
                .expectNoEvents()
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aRetrialOrderedOnAppealAwaitsANewVerdict() {
        fixture.given(CASE_OPENED, SENTENCED, APPEALED,
                        new AppealDecided(CASE_ID, "retrial-ordered", AppealOutcome.RETRIAL_ORDERED, List.of(),
                                APPEAL_HEARD))
                .when(new DeliverVerdict(CASE_ID, "sokolova-retried", List.of(SIX_YEARS), null, APPEAL_HEARD))
                .expectEvents(new VerdictDelivered(CASE_ID, "sokolova-retried", List.of(SIX_YEARS), null,
                        APPEAL_HEARD));
    }

    @Test
    void aRetrialNeedsItsVerdictBeforeAnAppeal() {
        fixture.given(CASE_OPENED, SENTENCED, APPEALED,
                        new AppealDecided(CASE_ID, "retrial-ordered", AppealOutcome.RETRIAL_ORDERED, List.of(),
                                APPEAL_HEARD))
                .when(new FileAppeal(CASE_ID, "supreme-court-review", List.of(SOKOLOVA_ID), null, REVIEW_SOUGHT))
                .expectException(rejectedAt("caseId"));
    }

    @Test
    void theLawyerIsFreedWhenHerSentenceIsCommuted() {
        fixture.given(CASE_OPENED, SENTENCED, APPEALED, UPHELD, SENT_TO_SUPREME_COURT, COMMUTED)
                .when(release(SOKOLOVA_ID))
                .expectEvents(FREED);
    }

    @Test
    void aDefendantHeldSinceTheOpeningCanBeReleasedBeforeAVerdict() {
        DefendantReleased bailed = new DefendantReleased(CASE_ID, "sokolova-bailed", SOKOLOVA_ID, ReleaseKind.BAIL,
                CLOSING_STATEMENTS);
        fixture.given(CASE_OPENED)
                .when(new ReleaseDefendant(CASE_ID, "sokolova-bailed", SOKOLOVA_ID, ReleaseKind.BAIL,
                        CLOSING_STATEMENTS))
                .expectEvents(bailed);
    }

    @Test
    void aDefendantAtLibertyCannotBeReleased() {
        fixture.given(OPENED_AT_LIBERTY)
                .when(release(SOKOLOVA_ID))
                .expectException(rejectedAt("defendantId"));
    }

    @Test
    void aPrisonSentenceTakesADefendantIntoCustody() {
        fixture.given(OPENED_AT_LIBERTY, SENTENCED)
                .when(release(SOKOLOVA_ID))
                .expectEvents(FREED);
    }

    @Test
    void aSuspendedSentenceDoesNotTakeADefendantIntoCustody() {
        fixture.given(OPENED_AT_LIBERTY,
                        new VerdictDelivered(CASE_ID, "sokolova-sentenced", List.of(THREE_YEARS_SUSPENDED), null,
                                SENTENCING))
                .when(release(SOKOLOVA_ID))
                .expectException(rejectedAt("defendantId"));
    }

    @Test
    void aPrisonSentenceImposedOnAppealTakesADefendantIntoCustody() {
        fixture.given(OPENED_AT_LIBERTY,
                        new VerdictDelivered(CASE_ID, "sokolova-sentenced", List.of(THREE_YEARS_SUSPENDED), null,
                                SENTENCING),
                        APPEALED,
                        new AppealDecided(CASE_ID, "sentence-increased", AppealOutcome.SENTENCE_INCREASED,
                                List.of(SIX_YEARS), APPEAL_HEARD))
                .when(release(SOKOLOVA_ID))
                .expectEvents(FREED);
    }

    @Test
    void aDefendantIsReleasedOnce() {
        fixture.given(CASE_OPENED, SENTENCED, APPEALED, UPHELD, SENT_TO_SUPREME_COURT, COMMUTED, FREED)
                .when(new ReleaseDefendant(CASE_ID, "sokolova-freed-again", SOKOLOVA_ID, ReleaseKind.SENTENCE_COMMUTED,
                        RELEASE))
                .expectException(rejectedAt("defendantId"));
    }

    @Test
    void releasingSomeoneNotADefendantIsRejected() {
        fixture.given(CASE_OPENED)
                .when(release(TURBAYEV.id()))
                .expectException(notFoundAt("defendantId"));
    }

    @Test
    void aReleaseNamesTheDefendant() {
        fixture.given(CASE_OPENED)
                .when(release(null))
                .expectException(rejectedAt("defendantId"));
    }

    @Test
    void aReleaseIsOfAKind() {
        fixture.given(CASE_OPENED, SENTENCED)
                .when(new ReleaseDefendant(CASE_ID, "sokolova-freed", SOKOLOVA_ID, null, RELEASE))
                .expectException(rejectedAt("kind"));
    }

    @Test
    void aVerdictSentTwiceIsRecordedOnce() {
        fixture.givenCommands(OPEN_CASE, verdict(SIX_YEARS))
                .when(verdict(SIX_YEARS))
                .expectNoEvents()
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aVerdictSentAgainWithAnotherSentenceIsRefused() {
        fixture.givenCommands(OPEN_CASE, verdict(SIX_YEARS))
                .when(new DeliverVerdict(CASE_ID, verdict(SIX_YEARS).recordId(), List.of(), "Acquitted", SENTENCING))
                .expectException(reused(verdict(SIX_YEARS).recordId(), "VerdictDelivered", "judgements", "summary"));
    }

    /** Every command but the opening, each reusing the opening's record id and many breaking a rule besides. */
    static Stream<CaseCommand> commandsReusingTheOpeningsRecordId() {
        String taken = OPEN_CASE.recordId();
        return Stream.of(
                new FileCharges(CASE_ID, taken, List.of(TURBAYEV.id()), CHARGES, List.of(), INDICTMENT),
                new RecordHearing(CASE_ID, taken, "Closing statements", CLOSING_STATEMENTS),
                new DeliverVerdict(CASE_ID, taken, List.of(SIX_YEARS), null, SENTENCING),
                new FileAppeal(CASE_ID, taken, List.of(SOKOLOVA_ID), null, APPEAL_LODGED),
                new DecideAppeal(CASE_ID, taken, AppealOutcome.UPHELD, null, APPEAL_HEARD),
                new CloseCase(CASE_ID, taken, CaseClosure.DISMISSED, null, SENTENCING),
                new ReleaseDefendant(CASE_ID, taken, SOKOLOVA_ID, ReleaseKind.SENTENCE_COMMUTED, RELEASE));
    }

    @ParameterizedTest
    @MethodSource("commandsReusingTheOpeningsRecordId")
    void aCommandOfAnotherKindWhoseRecordIdIsTakenIsRefused(CaseCommand command) {
        fixture.given(CASE_OPENED)
                .when(command)
                .expectNoEvents()
                .expectException(reused(OPEN_CASE.recordId(), "CaseOpened"));
    }
}
