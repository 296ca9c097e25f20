package org.labourtracker.projections.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.labourtracker.projections.Mangystau.AKTAU;
import static org.labourtracker.projections.Mangystau.DISPUTE;
import static org.labourtracker.projections.Mangystau.WSWS;
import static org.labourtracker.projections.Mangystau.ZHANAOZEN;
import static org.labourtracker.projections.Mangystau.evidence;
import static org.labourtracker.projections.people.PeopleViewsTest.SOKOLOVA;
import static org.labourtracker.projections.people.PeopleViewsTest.SOKOLOVA_CASE;
import static org.labourtracker.projections.people.PeopleViewsTest.STRIKER;
import static org.labourtracker.projections.people.PeopleViewsTest.STRIKER_CASE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.labourtracker.dispute.DetentionKind;
import org.labourtracker.dispute.DisputeEvent.DetentionsReported;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Evidence;
import org.labourtracker.evidence.Money;
import org.labourtracker.evidence.PersonRole;
import org.labourtracker.evidence.Reliability;
import org.labourtracker.evidence.Source;
import org.labourtracker.evidence.SourceKind;
import org.labourtracker.evidence.When;
import org.labourtracker.legal.CaseClosure;
import org.labourtracker.legal.CaseEvent.CaseClosed;
import org.labourtracker.legal.CaseEvent.CaseOpened;
import org.labourtracker.legal.CaseEvent.ChargesFiled;
import org.labourtracker.legal.CaseEvent.DefendantReleased;
import org.labourtracker.legal.CaseEvent.VerdictDelivered;
import org.labourtracker.legal.Defendant;
import org.labourtracker.legal.DefendantGroup;
import org.labourtracker.legal.Finding;
import org.labourtracker.legal.Judgement;
import org.labourtracker.legal.ReleaseKind;
import org.labourtracker.legal.Sentence;
import org.labourtracker.legal.SentenceKind;
import org.labourtracker.legal.SentenceLength;
import org.labourtracker.projections.Mangystau;
import org.labourtracker.projections.history.Describe;
import org.labourtracker.projections.history.Redactor;

/**
 * Group defendants, cases closed without a verdict and sentences of rough or unknown length as the
 * people view shows them. The police trial follows Human Rights Watch's World Report 2013 ("In May
 * 2012, five officers were convicted for 'abuse of power'") and Reuters, 28 May 2012 ("Five Kazakh
 * policemen were jailed for between five and seven years"; each officer's own term is left out
 * here). The arrests cited, the group's release, the fine and the closures are variants that exercise the view; no source reports them.
 */
class GroupDefendantsAndOutcomesViewTest {

    static final Source WORLD_REPORT_2013 = new Source("Human Rights Watch", "World Report 2013: Kazakhstan",
            "https://www.hrw.org/world-report/2013/country-chapters/kazakhstan", null, LocalDate.of(2013, 1, 31),
            "en", SourceKind.NGO, Reliability.USUALLY_RELIABLE, false);
    static final Source REUTERS = new Source("Reuters",
            "Report from Almaty, 28 May 2012",
            "http://in.reuters.com/article/kazakhstan-trial-idINL5E8GS78P20120528", "Dmitry Solovyov",
            LocalDate.of(2012, 5, 28), "en", SourceKind.MEDIA, Reliability.USUALLY_RELIABLE, false);

    static final String POLICE_CASE = "zhanaozen-police-trial";
    static final String OFFICERS = "zhanaozen-police-officers";
    static final Evidence TRIAL = evidence(When.day(2012, 5, 28), AKTAU, WORLD_REPORT_2013, REUTERS);
    static final Claim FIVE = Claim.of(WORLD_REPORT_2013, null, 5, null, "five police officers");
    static final DefendantGroup OFFICERS_HELD = new DefendantGroup(OFFICERS,
            "Police officers accused over the shooting in the town square", PersonRole.POLICE_OFFICER, FIVE, true);
    static final Sentence FIVE_TO_SEVEN_YEARS = new Sentence(SentenceKind.PRISON, null, SentenceLength.UNKNOWN, null,
            "between five and seven years in prison");

    /** The arrests in the town square, recorded in the dispute; "shetpe-detentions" is cited but never recorded. */
    static Mangystau policeOfficersSentenced() {
        return Mangystau.strike()
                .add(new DetentionsReported(DISPUTE, "shooting-detentions", "Zhanaozen town square, 16 December 2011",
                        DetentionKind.ARRESTED, List.of(Claim.of(WSWS, 70, null, null, "70 arrested")), List.of(),
                        evidence(When.day(2011, 12, 16), ZHANAOZEN, WSWS)))
                .add(new CaseOpened(POLICE_CASE, "officers-tried", DISPUTE,
                        "Trial of police officers over the Zhanaozen shooting", "Aktau City Court",
                        "Mangystau regional prosecutor's office", List.of(), List.of(OFFICERS_HELD), 0, TRIAL))
                .add(new ChargesFiled(POLICE_CASE, "officers-charged", List.of(), List.of("Abuse of power"),
                        List.of("shooting-detentions", "shetpe-detentions"), TRIAL))
                .add(new VerdictDelivered(POLICE_CASE, "officers-sentenced",
                        List.of(new Judgement(OFFICERS, Finding.CONVICTED, FIVE_TO_SEVEN_YEARS)), null, TRIAL));
    }

    @Test
    void policeOfficersTriedAsAGroupAreShownWithTheirSizeChargesAndSentence() {
        CaseView trial = policeOfficersSentenced().people(true).legalCase(POLICE_CASE).orElseThrow();

        assertThat(trial.groups()).containsExactly(new GroupDefendantView(OFFICERS,
                "Police officers accused over the shooting in the town square", PersonRole.POLICE_OFFICER, FIVE, true,
                List.of("Abuse of power"), Finding.CONVICTED, FIVE_TO_SEVEN_YEARS, null));
        assertThat(trial.defendants()).isEmpty();
        assertThat(trial.prosecutor()).isEqualTo("Mangystau regional prosecutor's office");
        assertThat(trial.againstOfficials()).isTrue();
        assertThat(trial.stage()).isEqualTo(CaseStage.DECIDED);
    }

    @Test
    void theArrestsBehindTheChargesAreLookedUpInTheDispute() {
        CaseView trial = policeOfficersSentenced().people(true).legalCase(POLICE_CASE).orElseThrow();

        assertThat(trial.arrests()).containsExactly(
                new CitedDetention("shooting-detentions", DetentionKind.ARRESTED,
                        "Zhanaozen town square, 16 December 2011"),
                new CitedDetention("shetpe-detentions", null, null));
    }

    @Test
    void aGroupReleasedIsNoLongerHeld() {
        GroupDefendantView officers = policeOfficersSentenced()
                .add(new DefendantReleased(POLICE_CASE, "officers-amnestied", OFFICERS, ReleaseKind.AMNESTY, TRIAL))
                .people(true).legalCase(POLICE_CASE).orElseThrow().groups().get(0);

        assertThat(officers.inCustody()).isFalse();
        assertThat(officers.released()).isEqualTo(ReleaseKind.AMNESTY);
        assertThat(officers.sentence()).isEqualTo(FIVE_TO_SEVEN_YEARS);
    }

    @Test
    void aGroupsSizeFromAConfidentialSourceIsRedacted() {
        Source witness = new Source("A witness in Zhanaozen", "Interview", null, null, null, "ru", SourceKind.WITNESS,
                Reliability.CANNOT_BE_JUDGED, true);
        DefendantGroup strikers = new DefendantGroup("zhanaozen-strikers", "Striking oil workers", PersonRole.WORKER,
                Claim.of(witness, null, 37, null, "37 residents"), true);
        Claim shown = Mangystau.strike()
                .add(new CaseOpened("residents-trial", "residents-tried", DISPUTE, "Trial of Zhanaozen residents", null,
                        null, List.of(), List.of(strikers), 0, TRIAL))
                .people(false).legalCase("residents-trial").orElseThrow().groups().get(0).size();

        assertThat(shown.best()).isEqualTo(37);
        assertThat(shown.source().publisher()).isEqualTo(Redactor.HIDDEN);
    }

    @Test
    void chargesWithdrawnCloseTheCaseAndDropTheCharges() {
        DisputePeople people = PeopleViewsTest.strikerArrested()
                .add(new CaseClosed(STRIKER_CASE, "charges-withdrawn", CaseClosure.CHARGES_WITHDRAWN, null,
                        evidence(When.day(2011, 7, 15), AKTAU, WSWS)))
                .people(true);

        CaseView trial = people.legalCase(STRIKER_CASE).orElseThrow();
        assertThat(trial.stage()).isEqualTo(CaseStage.CLOSED);
        assertThat(trial.closure()).isEqualTo(CaseClosure.CHARGES_WITHDRAWN);
        PersonView striker = people.person(STRIKER.id()).orElseThrow();
        assertThat(striker.standing()).isEqualTo(LegalStanding.CHARGES_DROPPED);
        assertThat(striker.facts()).extracting(PersonFact::what).last().isEqualTo("case closed: charges withdrawn");
        // held until a release is recorded: closing the case does not say when they walked free
        assertThat(striker.inCustody()).isTrue();
    }

    @Test
    void aDismissedCaseIsClosedWithoutAnAcquittal() {
        PersonView sokolova = Mangystau.strike()
                .add(new CaseOpened(SOKOLOVA_CASE, "case-opened", DISPUTE, "Prosecution of union lawyer Natalia Sokolova",
                        null, null, List.of(new Defendant(SOKOLOVA, false)), List.of(), 0,
                        evidence(When.year(2011), AKTAU, WSWS)))
                .add(new CaseClosed(SOKOLOVA_CASE, "dismissed", CaseClosure.DISMISSED, null,
                        evidence(When.year(2011), AKTAU, WSWS)))
                .people(true).person(SOKOLOVA.id()).orElseThrow();

        assertThat(sokolova.standing()).isEqualTo(LegalStanding.CASE_CLOSED);
    }

    @Test
    void aSentenceIsToldWithHowWellItsLengthIsKnownAndItsFine() {
        assertThat(PeopleViews.sentence(FIVE_TO_SEVEN_YEARS))
                .isEqualTo("prison, length unknown (between five and seven years in prison)");
        assertThat(PeopleViews.sentence(new Sentence(SentenceKind.PRISON, 60, SentenceLength.APPROXIMATE, null, null)))
                .isEqualTo("prison, about 60 months");
        assertThat(PeopleViews.sentence(new Sentence(SentenceKind.SUSPENDED, 36, SentenceLength.EXACT,
                new Money(new BigDecimal("500000"), "KZT"), null)))
                .isEqualTo("suspended, 36 months, fine of 500000 KZT");
    }

    @Test
    void aClosedCaseHasAHeadline() {
        assertThat(Describe.headline(new CaseClosed(STRIKER_CASE, "charges-withdrawn", CaseClosure.CHARGES_WITHDRAWN,
                null, TRIAL))).isEqualTo("Case closed without a verdict: charges withdrawn");
    }
}
