package org.labourtracker.legal;

import static org.labourtracker.Rejections.notFoundAt;
import static org.labourtracker.Rejections.rejectedAt;
import static org.labourtracker.Rejections.reused;
import static org.labourtracker.Zhanaozen.AKTAU;
import static org.labourtracker.Zhanaozen.CASE_ID;
import static org.labourtracker.Zhanaozen.CASE_OPENED;
import static org.labourtracker.Zhanaozen.DISPUTE_ID;
import static org.labourtracker.Zhanaozen.HRW;
import static org.labourtracker.Zhanaozen.OPEN_DIALOG;
import static org.labourtracker.Zhanaozen.SOKOLOVA;
import static org.labourtracker.Zhanaozen.evidence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.labourtracker.Zhanaozen;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Evidence;
import org.labourtracker.evidence.Money;
import org.labourtracker.evidence.PersonRole;
import org.labourtracker.evidence.Reliability;
import org.labourtracker.evidence.Source;
import org.labourtracker.evidence.SourceKind;
import org.labourtracker.evidence.When;
import org.labourtracker.legal.CaseCommand.CloseCase;
import org.labourtracker.legal.CaseCommand.DeliverVerdict;
import org.labourtracker.legal.CaseCommand.FileAppeal;
import org.labourtracker.legal.CaseCommand.FileCharges;
import org.labourtracker.legal.CaseCommand.OpenCase;
import org.labourtracker.legal.CaseCommand.RecordHearing;
import org.labourtracker.legal.CaseCommand.ReleaseDefendant;
import org.labourtracker.legal.CaseEvent.CaseClosed;
import org.labourtracker.legal.CaseEvent.CaseOpened;
import org.labourtracker.legal.CaseEvent.ChargesFiled;
import org.labourtracker.legal.CaseEvent.DefendantReleased;
import org.labourtracker.legal.CaseEvent.VerdictDelivered;

/**
 * Defendants who are not named one by one, outcomes that are not a verdict, and sentences whose
 * length is rough or unknown. The police trial follows Human Rights Watch's
 * World Report 2013 ("In May 2012, five officers were convicted for 'abuse of power'") and Reuters,
 * 28 May 2012 ("Five Kazakh policemen were jailed for between five and seven years"; each officer's
 * own term is left out here). Fines, withdrawn charges and releases of groups are variants of these cases that exercise the rules; no source reports them.
 */
class GroupDefendantsAndOutcomesTest {

    static final Source WORLD_REPORT_2013 = new Source("Human Rights Watch", "World Report 2013: Kazakhstan",
            "https://www.hrw.org/world-report/2013/country-chapters/kazakhstan", null, LocalDate.of(2013, 1, 31),
            "en", SourceKind.NGO, Reliability.USUALLY_RELIABLE, false);
    static final Source REUTERS = new Source("Reuters",
            "Report from Almaty, 28 May 2012",
            "http://in.reuters.com/article/kazakhstan-trial-idINL5E8GS78P20120528", "Dmitry Solovyov",
            LocalDate.of(2012, 5, 28), "en", SourceKind.MEDIA, Reliability.USUALLY_RELIABLE, false);

    private static final String POLICE_CASE = "zhanaozen-police-trial";
    private static final String OFFICERS = "zhanaozen-police-officers";
    private static final String PROSECUTOR = "Mangystau regional prosecutor's office";
    private static final Evidence TRIAL = evidence(When.day(2012, 5, 28), AKTAU, WORLD_REPORT_2013, REUTERS);
    private static final Claim FIVE = Claim.of(WORLD_REPORT_2013, null, 5, null, "five police officers");
    private static final DefendantGroup OFFICERS_AT_LIBERTY = new DefendantGroup(OFFICERS,
            "Police officers accused over the shooting in the town square", PersonRole.POLICE_OFFICER, FIVE, false);
    private static final DefendantGroup OFFICERS_HELD = new DefendantGroup(OFFICERS, OFFICERS_AT_LIBERTY.description(),
            PersonRole.POLICE_OFFICER, FIVE, true);

    private static final String TITLE = "Trial of police officers over the Zhanaozen shooting";
    private static final CaseOpened OFFICERS_TRIED = new CaseOpened(POLICE_CASE, "officers-tried", DISPUTE_ID, TITLE,
            "Aktau City Court", PROSECUTOR, List.of(), List.of(OFFICERS_AT_LIBERTY), 0, TRIAL);
    private static final CaseOpened OFFICERS_TRIED_IN_CUSTODY = new CaseOpened(POLICE_CASE, "officers-tried",
            DISPUTE_ID, TITLE, "Aktau City Court", PROSECUTOR, List.of(), List.of(OFFICERS_HELD), 0, TRIAL);

    /** "between five and seven years": each officer's own term is not given. */
    private static final Sentence FIVE_TO_SEVEN_YEARS = new Sentence(SentenceKind.PRISON, null, SentenceLength.UNKNOWN,
            null, "between five and seven years in prison");
    private static final VerdictDelivered OFFICERS_SENTENCED = new VerdictDelivered(POLICE_CASE, "officers-sentenced",
            List.of(new Judgement(OFFICERS, Finding.CONVICTED, FIVE_TO_SEVEN_YEARS)), null, TRIAL);

    private static final Evidence SENTENCING = evidence(When.month(2011, 8), AKTAU, HRW);

    private FixtureConfiguration<LegalCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = Zhanaozen.caseFixture();
    }

    private static OpenCase openPoliceCase(String prosecutor, List<DefendantGroup> groups) {
        return new OpenCase(POLICE_CASE, "officers-tried", DISPUTE_ID, TITLE, "Aktau City Court", prosecutor, null,
                groups, 0, TRIAL);
    }

    private static DefendantGroup officers(String id, String description, PersonRole role, Claim size) {
        return new DefendantGroup(id, description, role, size, false);
    }

    private static DeliverVerdict sentence(Sentence sentence) {
        return new DeliverVerdict(POLICE_CASE, "officers-sentenced", List.of(new Judgement(OFFICERS,
                Finding.CONVICTED, sentence)), null, TRIAL);
    }

    private static CloseCase close(String caseId, CaseClosure closure) {
        return new CloseCase(caseId, "charges-withdrawn", closure, "The prosecutor withdrew the charges", SENTENCING);
    }

    @Test
    void policeOfficersAreTriedAsAGroupByTheRegionalProsecutor() {
        fixture.givenNoPriorActivity()
                .when(openPoliceCase(PROSECUTOR, List.of(OFFICERS_AT_LIBERTY)))
                .expectEvents(OFFICERS_TRIED);
    }

    @Test
    void aGroupIsDescribed() {
        fixture.givenNoPriorActivity()
                .when(openPoliceCase(PROSECUTOR, List.of(officers(OFFICERS, null, PersonRole.POLICE_OFFICER, FIVE))))
                .expectException(rejectedAt("groups[0].description"));
    }

    @Test
    void aGroupHasARole() {
        fixture.givenNoPriorActivity()
                .when(openPoliceCase(PROSECUTOR, List.of(officers(OFFICERS, "Police officers", null, FIVE))))
                .expectException(rejectedAt("groups[0].role"));
    }

    @Test
    void aGroupsSizeIsOptional() {
        DefendantGroup uncounted = officers(OFFICERS, "Police officers", PersonRole.POLICE_OFFICER, null);
        fixture.givenNoPriorActivity()
                .when(openPoliceCase(null, List.of(uncounted)))
                .expectEvents(new CaseOpened(POLICE_CASE, "officers-tried", DISPUTE_ID, TITLE, "Aktau City Court", null,
                        List.of(), List.of(uncounted), 0, TRIAL));
    }

    @Test
    void aGroupsSizeIsAClaimOfItsSource() {
        Claim unsourced = Claim.of(null, null, 5, null, "five police officers");
        fixture.givenNoPriorActivity()
                .when(openPoliceCase(PROSECUTOR, List.of(officers(OFFICERS, "Police officers",
                        PersonRole.POLICE_OFFICER, unsourced))))
                .expectException(rejectedAt("groups[0].size.source"));
    }

    @Test
    void aGroupIsGivenAnId() {
        fixture.givenNoPriorActivity()
                .when(openPoliceCase(PROSECUTOR, List.of(officers("police officers", "Police officers",
                        PersonRole.POLICE_OFFICER, FIVE))))
                .expectException(rejectedAt("groups[0].id"));
    }

    @Test
    void aGroupsIdIsNotAlsoANamedDefendants() {
        DefendantGroup lawyers = officers(SOKOLOVA.id(), "Union lawyers", PersonRole.LAWYER, null);
        fixture.givenNoPriorActivity()
                .when(new OpenCase(POLICE_CASE, "officers-tried", DISPUTE_ID, TITLE, null, null,
                        List.of(new Defendant(SOKOLOVA, true)), List.of(lawyers), 0, TRIAL))
                .expectException(rejectedAt("groups[0].id"));
    }

    @Test
    void twoGroupsHaveTwoIds() {
        fixture.givenNoPriorActivity()
                .when(openPoliceCase(PROSECUTOR, List.of(OFFICERS_AT_LIBERTY, OFFICERS_HELD)))
                .expectException(rejectedAt("groups[1].id"));
    }

    @Test
    void aGroupMayNotBeNull() {
        List<DefendantGroup> groups = new ArrayList<>();
        groups.add(null);
        fixture.givenNoPriorActivity()
                .when(openPoliceCase(PROSECUTOR, groups))
                .expectException(rejectedAt("groups[0]"));
    }

    @Test
    void theProsecutorIsNamedOnOneLine() {
        fixture.givenNoPriorActivity()
                .when(openPoliceCase("Mangystau\nregional prosecutor", List.of(OFFICERS_AT_LIBERTY)))
                .expectException(rejectedAt("prosecutor"));
    }

    @Test
    void chargesAgainstTheGroupCiteTheArrestsBehindThem() {
        fixture.given(OFFICERS_TRIED)
                .when(new FileCharges(POLICE_CASE, "officers-charged", List.of(OFFICERS), List.of("Abuse of power"),
                        List.of("shooting-detentions"), TRIAL))
                .expectEvents(new ChargesFiled(POLICE_CASE, "officers-charged", List.of(OFFICERS),
                        List.of("Abuse of power"), List.of("shooting-detentions"), TRIAL));
    }

    @Test
    void aDetentionRecordIsCitedByItsId() {
        fixture.given(OFFICERS_TRIED)
                .when(new FileCharges(POLICE_CASE, "officers-charged", List.of(OFFICERS), List.of("Abuse of power"),
                        List.of("shooting-detentions", "arrests of 17 December"), TRIAL))
                .expectException(rejectedAt("detentionRecordIds[1]"));
    }

    @Test
    void aDetentionRecordIsCitedOnce() {
        fixture.given(OFFICERS_TRIED)
                .when(new FileCharges(POLICE_CASE, "officers-charged", List.of(OFFICERS), List.of("Abuse of power"),
                        List.of("shooting-detentions", "shooting-detentions"), TRIAL))
                .expectException(rejectedAt("detentionRecordIds"));
    }

    @Test
    void theOfficersAreSentencedForTermsTheSourceDoesNotGiveOneByOne() {
        fixture.given(OFFICERS_TRIED)
                .when(sentence(FIVE_TO_SEVEN_YEARS))
                .expectEvents(OFFICERS_SENTENCED);
    }

    @Test
    void aJudgementOnAGroupNotInTheCaseIsRejected() {
        fixture.given(OFFICERS_TRIED)
                .when(new DeliverVerdict(POLICE_CASE, "officers-sentenced", List.of(new Judgement("zhanaozen-strikers",
                        Finding.CONVICTED, FIVE_TO_SEVEN_YEARS)), null, TRIAL))
                .expectException(notFoundAt("judgements"));
    }

    @Test
    void monthsAloneAreAnExactLength() {
        fixture.given(OFFICERS_TRIED)
                .when(sentence(new Sentence(SentenceKind.PRISON, 60, null, null, "five years")))
                .expectEvents(new VerdictDelivered(POLICE_CASE, "officers-sentenced", List.of(new Judgement(OFFICERS,
                        Finding.CONVICTED, new Sentence(SentenceKind.PRISON, 60, SentenceLength.EXACT, null,
                                "five years"))), null, TRIAL));
    }

    @Test
    void aVerdictSentAgainWithMonthsAloneIsTheVerdictItRecorded() {
        DeliverVerdict monthsAlone = sentence(new Sentence(SentenceKind.PRISON, 60, null, null, "five years"));
        fixture.givenCommands(openPoliceCase(PROSECUTOR, List.of(OFFICERS_AT_LIBERTY)), monthsAlone)
                .when(monthsAlone)
                .expectNoEvents()
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aRoughLengthIsGivenInMonths() {
        Sentence aboutSixYears = new Sentence(SentenceKind.PRISON, 72, SentenceLength.APPROXIMATE, null,
                "about six years");
        fixture.given(OFFICERS_TRIED)
                .when(sentence(aboutSixYears))
                .expectEvents(new VerdictDelivered(POLICE_CASE, "officers-sentenced",
                        List.of(new Judgement(OFFICERS, Finding.CONVICTED, aboutSixYears)), null, TRIAL));
    }

    @Test
    void aRoughLengthWithoutMonthsIsRejected() {
        fixture.given(OFFICERS_TRIED)
                .when(sentence(new Sentence(SentenceKind.PRISON, null, SentenceLength.APPROXIMATE, null, null)))
                .expectException(rejectedAt("judgements[0].sentence.months"));
    }

    @Test
    void anUnknownLengthGivesNoMonths() {
        fixture.given(OFFICERS_TRIED)
                .when(sentence(new Sentence(SentenceKind.PRISON, 60, SentenceLength.UNKNOWN, null, null)))
                .expectException(rejectedAt("judgements[0].sentence.length"));
    }

    @Test
    void aSuspendedSentenceOfUnknownLengthIsNotCustody() {
        Sentence suspended = new Sentence(SentenceKind.SUSPENDED, null, SentenceLength.UNKNOWN, null, null);
        fixture.given(OFFICERS_TRIED, new VerdictDelivered(POLICE_CASE, "officers-sentenced",
                        List.of(new Judgement(OFFICERS, Finding.CONVICTED, suspended)), null, TRIAL))
                .when(new ReleaseDefendant(POLICE_CASE, "officers-freed", OFFICERS, ReleaseKind.AMNESTY, TRIAL))
                .expectException(rejectedAt("defendantId"));
    }

    @Test
    void aFineIsAnAmountInItsCurrency() {
        Sentence fined = new Sentence(SentenceKind.FINE, null, null, new Money(new BigDecimal("500000"), "KZT"), null);
        fixture.given(OFFICERS_TRIED)
                .when(sentence(fined))
                .expectEvents(new VerdictDelivered(POLICE_CASE, "officers-sentenced",
                        List.of(new Judgement(OFFICERS, Finding.CONVICTED, fined)), null, TRIAL));
    }

    @Test
    void aFinesCurrencyIsAnIso4217Code() {
        fixture.given(OFFICERS_TRIED)
                .when(sentence(new Sentence(SentenceKind.FINE, null, null, new Money(new BigDecimal("500000"), "tenge"),
                        null)))
                .expectException(rejectedAt("judgements[0].sentence.fine.currency"));
    }

    @Test
    void aFineIsMoreThanNothing() {
        fixture.given(OFFICERS_TRIED)
                .when(sentence(new Sentence(SentenceKind.FINE, null, null, new Money(BigDecimal.ZERO, "KZT"), null)))
                .expectException(rejectedAt("judgements[0].sentence.fine.amount"));
    }

    @Test
    void aFineHasNoFractionsSmallerThanItsCurrencysMinorUnit() {
        fixture.given(OFFICERS_TRIED)
                .when(sentence(new Sentence(SentenceKind.FINE, null, null, new Money(new BigDecimal("10.005"), "USD"),
                        null)))
                .expectException(rejectedAt("judgements[0].sentence.fine.amount"));
    }

    @Test
    void aFineStatesItsAmount() {
        fixture.given(OFFICERS_TRIED)
                .when(sentence(new Sentence(SentenceKind.FINE, null, null, new Money(null, "KZT"), null)))
                .expectException(rejectedAt("judgements[0].sentence.fine.amount"));
    }

    @Test
    void aGroupHeldInCustodyIsReleasedTogether() {
        fixture.given(OFFICERS_TRIED_IN_CUSTODY)
                .when(new ReleaseDefendant(POLICE_CASE, "officers-bailed", OFFICERS, ReleaseKind.BAIL, TRIAL))
                .expectEvents(new DefendantReleased(POLICE_CASE, "officers-bailed", OFFICERS, ReleaseKind.BAIL, TRIAL));
    }

    @Test
    void aGroupAtLibertyCannotBeReleased() {
        fixture.given(OFFICERS_TRIED)
                .when(new ReleaseDefendant(POLICE_CASE, "officers-bailed", OFFICERS, ReleaseKind.BAIL, TRIAL))
                .expectException(rejectedAt("defendantId"));
    }

    @Test
    void aGroupSentencedToPrisonIsHeldAndCanBeReleased() {
        fixture.given(OFFICERS_TRIED, OFFICERS_SENTENCED)
                .when(new ReleaseDefendant(POLICE_CASE, "officers-amnestied", OFFICERS, ReleaseKind.AMNESTY, TRIAL))
                .expectEvents(new DefendantReleased(POLICE_CASE, "officers-amnestied", OFFICERS, ReleaseKind.AMNESTY,
                        TRIAL));
    }

    @Test
    void withdrawnChargesCloseACaseWithoutAVerdict() {
        fixture.given(CASE_OPENED)
                .when(close(CASE_ID, CaseClosure.CHARGES_WITHDRAWN))
                .expectEvents(new CaseClosed(CASE_ID, "charges-withdrawn", CaseClosure.CHARGES_WITHDRAWN,
                        "The prosecutor withdrew the charges", SENTENCING));
    }

    @Test
    void aClosureSaysHowTheCaseEnded() {
        fixture.given(CASE_OPENED)
                .when(close(CASE_ID, null))
                .expectException(rejectedAt("closure"));
    }

    @Test
    void aCaseWithAVerdictIsNotClosedButAppealed() {
        fixture.given(OFFICERS_TRIED, OFFICERS_SENTENCED)
                .when(close(POLICE_CASE, CaseClosure.DISMISSED))
                .expectException(rejectedAt("caseId"));
    }

    @Test
    void aCaseIsClosedOnce() {
        fixture.given(CASE_OPENED, closed())
                .when(new CloseCase(CASE_ID, "case-dismissed", CaseClosure.DISMISSED, null, SENTENCING))
                .expectException(rejectedAt("caseId"));
    }

    @Test
    void aClosedCaseHasNoVerdict() {
        fixture.given(CASE_OPENED, closed())
                .when(new DeliverVerdict(CASE_ID, "sokolova-sentenced", List.of(new Judgement(SOKOLOVA.id(),
                        Finding.ACQUITTED, null)), null, SENTENCING))
                .expectException(rejectedAt("caseId"));
    }

    @Test
    void aClosedCaseTakesNoCharges() {
        fixture.given(CASE_OPENED, closed())
                .when(new FileCharges(CASE_ID, "sokolova-charged", List.of(), List.of("Inciting social discord"), null,
                        SENTENCING))
                .expectException(rejectedAt("caseId"));
    }

    @Test
    void aClosedCaseHasNoHearings() {
        fixture.given(CASE_OPENED, closed())
                .when(new RecordHearing(CASE_ID, "hearing", "Closing statements", SENTENCING))
                .expectException(rejectedAt("caseId"));
    }

    @Test
    void aClosedCaseHasNoAppeal() {
        fixture.given(CASE_OPENED, closed())
                .when(new FileAppeal(CASE_ID, "sokolova-appeals", List.of(), null, SENTENCING))
                .expectException(rejectedAt("caseId"));
    }

    @Test
    void aDefendantHeldWhenTheCaseClosesIsReleased() {
        fixture.given(CASE_OPENED, closed())
                .when(new ReleaseDefendant(CASE_ID, "sokolova-freed", SOKOLOVA.id(), ReleaseKind.CASE_CLOSED,
                        SENTENCING))
                .expectEvents(new DefendantReleased(CASE_ID, "sokolova-freed", SOKOLOVA.id(), ReleaseKind.CASE_CLOSED,
                        SENTENCING));
    }

    @Test
    void aClosureSentAgainIsRecordedOnce() {
        fixture.givenCommands(Zhanaozen.OPEN_CASE, close(CASE_ID, CaseClosure.CHARGES_WITHDRAWN))
                .when(close(CASE_ID, CaseClosure.CHARGES_WITHDRAWN))
                .expectNoEvents()
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aClosureSentAgainOfAnotherKindIsRefused() {
        fixture.givenCommands(Zhanaozen.OPEN_CASE, close(CASE_ID, CaseClosure.CHARGES_WITHDRAWN))
                .when(close(CASE_ID, CaseClosure.DISMISSED))
                .expectException(reused("charges-withdrawn", "CaseClosed", "closure"));
    }

    private static CaseClosed closed() {
        return new CaseClosed(CASE_ID, "charges-withdrawn", CaseClosure.CHARGES_WITHDRAWN, null, SENTENCING);
    }
}
