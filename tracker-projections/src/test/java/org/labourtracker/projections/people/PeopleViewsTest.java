package org.labourtracker.projections.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.labourtracker.projections.Mangystau.AKTAU;
import static org.labourtracker.projections.Mangystau.DISPUTE;
import static org.labourtracker.projections.Mangystau.EURASIANET;
import static org.labourtracker.projections.Mangystau.WSWS;
import static org.labourtracker.projections.Mangystau.ZHANAOZEN;
import static org.labourtracker.projections.Mangystau.evidence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.labourtracker.dispute.CasualtyKind;
import org.labourtracker.dispute.DemandOutcome;
import org.labourtracker.dispute.DetentionKind;
import org.labourtracker.dispute.DisputeEvent.CasualtiesReported;
import org.labourtracker.dispute.DisputeEvent.DemandOutcomeRecorded;
import org.labourtracker.dispute.DisputeEvent.DetaineesReleased;
import org.labourtracker.dispute.DisputeEvent.DetentionsReported;
import org.labourtracker.dispute.DisputeEvent.StateActionRecorded;
import org.labourtracker.dispute.StateActionKind;
import org.labourtracker.editorial.EditorialEvent.RecordRetracted;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Person;
import org.labourtracker.evidence.PersonRole;
import org.labourtracker.evidence.When;
import org.labourtracker.legal.AppealOutcome;
import org.labourtracker.legal.CaseEvent.AppealDecided;
import org.labourtracker.legal.CaseEvent.AppealFiled;
import org.labourtracker.legal.CaseEvent.CaseOpened;
import org.labourtracker.legal.CaseEvent.ChargesFiled;
import org.labourtracker.legal.CaseEvent.DefendantReleased;
import org.labourtracker.legal.CaseEvent.VerdictDelivered;
import org.labourtracker.legal.Defendant;
import org.labourtracker.legal.Finding;
import org.labourtracker.legal.Judgement;
import org.labourtracker.legal.ReleaseKind;
import org.labourtracker.legal.Sentence;
import org.labourtracker.legal.SentenceKind;
import org.labourtracker.legal.SentenceLength;
import org.labourtracker.projections.Mangystau;
import org.labourtracker.projections.history.Redactor;
import org.labourtracker.projections.history.StoredRecord;

/** The people and legal track derived from the Mangystau records (see {@link Mangystau} for the sources). */
class PeopleViewsTest {

    static final Person SOKOLOVA = new Person("natalia-sokolova", "Natalia Sokolova", PersonRole.LAWYER, false);
    static final Person TURBAYEV = new Person("zhaksylyk-turbayev", "Zhaksylyk Turbayev", PersonRole.ACTIVIST, false);
    /** Supposed, not reported: a striker held after the Aktau demonstration of June 2011, name withheld. */
    static final Person STRIKER = new Person("aktau-striker", "Yerlan K.", PersonRole.WORKER, true);

    static final String SOKOLOVA_CASE = "case-sokolova";
    static final String STRIKER_CASE = "case-aktau-striker";
    static final Sentence SIX_YEARS = new Sentence(SentenceKind.PRISON, 72, SentenceLength.EXACT, null, "six years");

    /**
     * WSWS: Sokolova "has been serving a six-year prison sentence since August for the crime of
     * 'inciting a social conflict'"; held from the start (the workers demand her release). The appeal is
     * supposed, not reported.
     */
    static Mangystau sokolovaSentenced() {
        return Mangystau.strike()
                .add(new CaseOpened(SOKOLOVA_CASE, "case-opened", DISPUTE,
                        "Prosecution of union lawyer Natalia Sokolova", null, null, List.of(new Defendant(SOKOLOVA, true)), List.of(), 0,
                        evidence(When.year(2011), AKTAU, WSWS)))
                .add(new ChargesFiled(SOKOLOVA_CASE, "charges", List.of(SOKOLOVA.id()),
                        List.of("Inciting social conflict"), List.of(), evidence(When.year(2011), AKTAU, WSWS)))
                .add(new VerdictDelivered(SOKOLOVA_CASE, "verdict",
                        List.of(new Judgement(SOKOLOVA.id(), Finding.CONVICTED, SIX_YEARS)), null,
                        evidence(When.month(2011, 8), AKTAU, WSWS)))
                .add(new AppealFiled(SOKOLOVA_CASE, "appeal", List.of(), null,
                        evidence(When.month(2011, 9), AKTAU, WSWS)));
    }

    /** Eurasianet: "Surprise Release for Zhanaozen Union Lawyer" in March 2012; its terms are not in the seed. */
    static Mangystau sokolovaReleased() {
        return sokolovaSentenced().add(new DefendantReleased(SOKOLOVA_CASE, "released", SOKOLOVA.id(),
                ReleaseKind.OTHER, evidence(When.month(2012, 3), AKTAU, EURASIANET)));
    }

    /**
     * WSWS: the June demonstration in Aktau "ended with hundreds of arrests". One striker (supposed,
     * name withheld) is named among them, held when a case opens against him, charged, and let go.
     */
    static Mangystau strikerArrested() {
        return Mangystau.strike()
                .add(new DetentionsReported(DISPUTE, "arrests-aktau-june", "Aktau demonstration, June 2011",
                        DetentionKind.ARRESTED, List.of(Claim.of(WSWS, 200, null, null, "hundreds of arrests")),
                        List.of(STRIKER), evidence(When.month(2011, 6), AKTAU, WSWS)))
                .add(new CaseOpened(STRIKER_CASE, "case-opened", DISPUTE, "Prosecution of an Aktau striker", null, null,
                        List.of(new Defendant(STRIKER, true)), List.of(), 0, evidence(When.day(2011, 6, 20), AKTAU, WSWS)))
                .add(new ChargesFiled(STRIKER_CASE, "charges", List.of(), List.of("Taking part in an illegal strike"), List.of(),
                        evidence(When.day(2011, 6, 21), AKTAU, WSWS)));
    }

    @Test
    void aDefendantHeldWhenTheCaseOpensIsDetainedThenCharged() {
        PersonView sokolova = Mangystau.strike()
                .add(new CaseOpened(SOKOLOVA_CASE, "case-opened", DISPUTE,
                        "Prosecution of union lawyer Natalia Sokolova", null, null, List.of(new Defendant(SOKOLOVA, true)), List.of(), 0,
                        evidence(When.year(2011), AKTAU, WSWS)))
                .people(true).person(SOKOLOVA.id()).orElseThrow();

        assertThat(sokolova.standing()).isEqualTo(LegalStanding.DETAINED);
        assertThat(sokolova.inCustody()).isTrue();
        assertThat(sokolova.caseIds()).containsExactly(SOKOLOVA_CASE);
    }

    @Test
    void aPrisonSentenceKeepsThePersonInCustodyAndTheCaseUnderAppeal() {
        DisputePeople people = sokolovaSentenced().people(true);
        PersonView sokolova = people.person(SOKOLOVA.id()).orElseThrow();

        assertThat(sokolova.standing()).isEqualTo(LegalStanding.SENTENCED);
        assertThat(sokolova.sentence()).isEqualTo(SIX_YEARS);
        assertThat(sokolova.inCustody()).isTrue();
        assertThat(people.inCustody()).containsExactly(sokolova);
        assertThat(sokolova.facts()).extracting(PersonFact::recordId, PersonFact::what).containsExactly(
                tuple("case-opened", "defendant in Prosecution of union lawyer Natalia Sokolova, held in custody"),
                tuple("charges", "charged: Inciting social conflict"),
                tuple("verdict", "sentenced: prison, 72 months (six years)"),
                tuple("appeal", "appealed"));

        CaseView trial = people.legalCase(SOKOLOVA_CASE).orElseThrow();
        assertThat(trial.stage()).isEqualTo(CaseStage.UNDER_APPEAL);
        assertThat(trial.charges()).containsExactly("Inciting social conflict");
        assertThat(trial.againstOfficials()).isFalse();
        assertThat(trial.defendants()).containsExactly(new DefendantView(SOKOLOVA.id(), "Natalia Sokolova",
                PersonRole.LAWYER, true, List.of("Inciting social conflict"), Finding.CONVICTED, SIX_YEARS, null));
    }

    @Test
    void aReleasedDefendantIsOutOfCustodyInTheirViewAndTheCase() {
        DisputePeople people = sokolovaReleased().people(true);
        PersonView sokolova = people.person(SOKOLOVA.id()).orElseThrow();

        assertThat(sokolova.standing()).isEqualTo(LegalStanding.RELEASED);
        assertThat(sokolova.inCustody()).isFalse();
        // released, not cleared: the sentence stands
        assertThat(sokolova.sentence()).isEqualTo(SIX_YEARS);
        assertThat(people.inCustody()).isEmpty();
        DefendantView defendant = people.legalCase(SOKOLOVA_CASE).orElseThrow().defendants().get(0);
        assertThat(defendant.inCustody()).isFalse();
        assertThat(defendant.released()).isEqualTo(ReleaseKind.OTHER);
    }

    @Test
    void anAppealThatReducesTheSentenceDecidesTheCaseAgain() {
        // supposed, not reported: the appeal court halves the sentence
        Sentence threeYears = new Sentence(SentenceKind.PRISON, 36, SentenceLength.EXACT, null, "three years");
        DisputePeople people = sokolovaSentenced()
                .add(new AppealDecided(SOKOLOVA_CASE, "appeal-decided", AppealOutcome.SENTENCE_REDUCED,
                        List.of(new Judgement(SOKOLOVA.id(), Finding.CONVICTED, threeYears)),
                        evidence(When.month(2011, 11), AKTAU, WSWS)))
                .people(true);

        CaseView trial = people.legalCase(SOKOLOVA_CASE).orElseThrow();
        assertThat(trial.stage()).isEqualTo(CaseStage.DECIDED);
        assertThat(trial.lastAppealOutcome()).isEqualTo(AppealOutcome.SENTENCE_REDUCED);
        assertThat(trial.defendants().get(0).sentence()).isEqualTo(threeYears);
        assertThat(people.person(SOKOLOVA.id()).orElseThrow().sentence()).isEqualTo(threeYears);
    }

    @Test
    void aPersonKilledHasThatHarmAndNoLegalStanding() {
        // WSWS: "In early August, hired thugs murdered trade union activist Zhaksylyk Turbayev at his workplace."
        PersonView turbayev = Mangystau.strike()
                .add(new CasualtiesReported(DISPUTE, "turbayev-killed", "Murder of Zhaksylyk Turbayev",
                        CasualtyKind.KILLED, List.of(Claim.of(WSWS, 1, 1, 1, "murdered at his workplace")),
                        List.of(TURBAYEV), evidence(When.month(2011, 8), ZHANAOZEN, WSWS)))
                .people(true).person(TURBAYEV.id()).orElseThrow();

        assertThat(turbayev.harms()).containsExactly(Harm.KILLED);
        assertThat(turbayev.standing()).isEqualTo(LegalStanding.NONE);
        assertThat(turbayev.facts()).extracting(PersonFact::what).containsExactly("killed: Murder of Zhaksylyk Turbayev");
    }

    @Test
    void anArrestedPersonIsHeldUntilReleased() {
        Mangystau m = strikerArrested();
        assertThat(m.people(true).person(STRIKER.id()).orElseThrow().inCustody()).isTrue();

        PersonView released = m.add(new DetaineesReleased(DISPUTE, "striker-released", List.of(STRIKER.id()),
                evidence(When.day(2011, 6, 30), AKTAU, WSWS))).people(true).person(STRIKER.id()).orElseThrow();
        assertThat(released.inCustody()).isFalse();
        assertThat(released.standing()).isEqualTo(LegalStanding.RELEASED);
    }

    // Issue #13, bug 2: a release recorded on the dispute clears custody in the court case as well.

    @Test
    void aDetaineeReleasedIsNoLongerShownHeldInTheirCourtCase() {
        DisputePeople people = strikerArrested()
                .add(new DetaineesReleased(DISPUTE, "striker-released", List.of(STRIKER.id()),
                        evidence(When.day(2011, 6, 30), AKTAU, WSWS)))
                .people(true);

        DefendantView defendant = people.legalCase(STRIKER_CASE).orElseThrow().defendants().get(0);
        assertThat(defendant.inCustody()).isFalse();
        assertThat(people.person(STRIKER.id()).orElseThrow().inCustody()).isFalse();
    }

    // Issue #13, bug 3: charges dropped are not an acquittal.

    @Test
    void chargesDroppedAreShownAsChargesDroppedNotAsAnAcquittal() {
        DisputePeople people = strikerArrested()
                .add(new VerdictDelivered(STRIKER_CASE, "dropped",
                        List.of(new Judgement(STRIKER.id(), Finding.CHARGES_DROPPED, null)), null,
                        evidence(When.day(2011, 7, 15), AKTAU, WSWS)))
                .people(true);

        PersonView striker = people.person(STRIKER.id()).orElseThrow();
        assertThat(striker.standing()).isEqualTo(LegalStanding.CHARGES_DROPPED);
        assertThat(striker.inCustody()).isFalse();
        assertThat(striker.facts()).extracting(PersonFact::what).last().isEqualTo("charges dropped");
        assertThat(people.withStanding(LegalStanding.ACQUITTED)).isEmpty();
        assertThat(people.legalCase(STRIKER_CASE).orElseThrow().defendants().get(0).finding())
                .isEqualTo(Finding.CHARGES_DROPPED);
    }

    @Test
    void anAcquittalIsStillAnAcquittal() {
        PersonView striker = strikerArrested()
                .add(new VerdictDelivered(STRIKER_CASE, "acquitted",
                        List.of(new Judgement(STRIKER.id(), Finding.ACQUITTED, null)), null,
                        evidence(When.day(2011, 7, 15), AKTAU, WSWS)))
                .people(true).person(STRIKER.id()).orElseThrow();

        assertThat(striker.standing()).isEqualTo(LegalStanding.ACQUITTED);
    }

    @Test
    void aConfidentialPersonIsPseudonymisedForAReaderWhoMayNotSeeThem() {
        DisputePeople people = strikerArrested().people(false);

        assertThat(people.person(STRIKER.id())).isEmpty();
        PersonView hidden = people.person("confidential-1").orElseThrow();
        assertThat(List.of(hidden.name(), hidden.role(), hidden.confidential(), hidden.inCustody()))
                .containsExactly(Redactor.HIDDEN, PersonRole.WORKER, true, true);
        assertThat(hidden.facts()).extracting(PersonFact::what).containsExactly(
                "arrested: Aktau demonstration, June 2011",
                "defendant in Prosecution of an Aktau striker, held in custody",
                "charged: Taking part in an illegal strike");
        DefendantView defendant = people.legalCase(STRIKER_CASE).orElseThrow().defendants().get(0);
        assertThat(List.of(defendant.personId(), defendant.name())).containsExactly("confidential-1", Redactor.HIDDEN);
    }

    @Test
    void aConfidentialPersonIsNamedForAReaderWhoMaySeeThem() {
        PersonView shown = strikerArrested().people(true).person(STRIKER.id()).orElseThrow();

        assertThat(List.of(shown.name(), shown.confidential())).containsExactly("Yerlan K.", true);
    }

    // Issue #15: a page for a person and one for a case.

    @Test
    void aPersonsRecordGathersWhatEachDisputeNamingThemSays() {
        Mangystau other = Mangystau.securityGuardsStrike();
        PersonRecord record = PeopleViews.person(SOKOLOVA.id(),
                byDispute(sokolovaSentenced(), other), Map.of(), false);

        assertThat(List.of(record.personId(), record.name(), record.role(), record.confidential()))
                .containsExactly(SOKOLOVA.id(), "Natalia Sokolova", PersonRole.LAWYER, false);
        assertThat(record.disputes()).extracting(PersonInDispute::disputeId).containsExactly(DISPUTE);
        assertThat(record.disputes().get(0).person().facts()).extracting(PersonFact::streamId, PersonFact::recordId)
                .containsExactly(tuple(SOKOLOVA_CASE, "case-opened"), tuple(SOKOLOVA_CASE, "charges"),
                        tuple(SOKOLOVA_CASE, "verdict"), tuple(SOKOLOVA_CASE, "appeal"));
        assertThat(PeopleViews.person("nobody", byDispute(sokolovaSentenced(), other), Map.of(), true))
                .isNull();
    }

    @Test
    void aConfidentialPersonHasNoRecordForAReaderWhoMayNotSeeThemNotEvenByPseudonym() {
        Map<String, List<StoredRecord>> disputes =
                byDispute(strikerArrested());

        assertThat(PeopleViews.person(STRIKER.id(), disputes, Map.of(), false)).isNull();
        assertThat(PeopleViews.person("confidential-1", disputes, Map.of(), false)).isNull();
        assertThat(PeopleViews.person(STRIKER.id(), disputes, Map.of(), true).name()).isEqualTo("Yerlan K.");
    }

    @Test
    void aPersonConfidentialInOneDisputeHasNoRecordBelowAuditorThoughAnotherNamesThemOpenly() {
        // supposed, not reported: the striker is named, without the flag, among the 2021 guards detained
        Person named = new Person(STRIKER.id(), STRIKER.name(), STRIKER.role(), false);
        Mangystau guards = Mangystau.securityGuardsStrike()
                .add(new DetentionsReported("kmg-security-strike-2021", "guards-detained", null, DetentionKind.DETAINED,
                        List.of(), List.of(named), evidence(When.month(2021, 7), ZHANAOZEN, WSWS)));

        assertThat(PeopleViews.person(STRIKER.id(), byDispute(guards), Map.of(), false)).isNotNull();
        assertThat(PeopleViews.person(STRIKER.id(), byDispute(strikerArrested(), guards), Map.of(), false))
                .isNull();
        assertThat(PeopleViews.person(STRIKER.id(), byDispute(strikerArrested(), guards), Map.of(), true)
                .disputes()).extracting(PersonInDispute::disputeId)
                .containsExactly(DISPUTE, "kmg-security-strike-2021");
    }

    @Test
    void aCaseRecordHasItsProceedingsInTimelineOrderAndItsDispute() {
        Mangystau m = sokolovaSentenced();
        CaseRecord trial = PeopleViews.legalCase(DISPUTE, SOKOLOVA_CASE, m.records(), m.redactor(true));

        assertThat(trial.disputeId()).isEqualTo(DISPUTE);
        assertThat(trial.legalCase().title()).isEqualTo("Prosecution of union lawyer Natalia Sokolova");
        assertThat(trial.proceedings()).extracting(e -> e.recordId(), e -> e.type()).containsExactly(
                tuple("case-opened", "CaseOpened"), tuple("charges", "ChargesFiled"),
                tuple("verdict", "VerdictDelivered"), tuple("appeal", "AppealFiled"));
        assertThat(PeopleViews.legalCase(DISPUTE, "no-such-case", m.records(), m.redactor(true))).isNull();
        assertThat(PeopleViews.legalCase(DISPUTE, DISPUTE, m.records(), m.redactor(true))).isNull();
    }

    @Test
    void aCaseRecordBelowAuditorShowsAConfidentialDefendantByPseudonym() {
        Mangystau m = strikerArrested();
        CaseRecord trial = PeopleViews.legalCase(DISPUTE, STRIKER_CASE, m.records(), m.redactor(false));

        assertThat(trial.legalCase().defendants()).extracting(DefendantView::personId, DefendantView::name)
                .containsExactly(tuple("confidential-1", Redactor.HIDDEN));
        assertThat(trial.proceedings().get(0).people()).extracting(Person::name).containsExactly(Redactor.HIDDEN);
    }

    private static Map<String, List<StoredRecord>> byDispute(
            Mangystau... disputes) {
        Map<String, List<StoredRecord>> records =
                new LinkedHashMap<>();
        for (Mangystau m : disputes) {
            records.put(m.disputeId(), m.records());
        }
        return records;
    }

    // Issue #13: officials and executives named on any record.

    /**
     * WSWS: "President Nursultan Nazarbayev issued a decree declaring a state of emergency" (as in
     * tracker-core's ZhanaozenInWords fixture).
     */
    static final Person NAZARBAYEV = new Person("nursultan-nazarbayev", "Nursultan Nazarbayev", PersonRole.POLITICIAN,
            false);

    static Mangystau emergencyDeclared() {
        return Mangystau.strike().add(new StateActionRecorded(DISPUTE, "emergency-declared",
                StateActionKind.STATE_OF_EMERGENCY, "President of Kazakhstan",
                evidence(When.day(2011, 12, 17), ZHANAOZEN, WSWS).naming(List.of(NAZARBAYEV))));
    }

    @Test
    void aPoliticianNamedOnAStateActionIsOneOfTheDisputesPeopleWithNoLegalStanding() {
        PersonView nazarbayev = emergencyDeclared().people(true).person(NAZARBAYEV.id()).orElseThrow();

        assertThat(nazarbayev).isEqualTo(new PersonView(NAZARBAYEV.id(), "Nursultan Nazarbayev", PersonRole.POLITICIAN,
                false, false, LegalStanding.NONE, null, List.of(), List.of(), List.of(new PersonFact(DISPUTE,
                "emergency-declared", When.day(2011, 12, 17),
                "named as politician: State action: state of emergency by President of Kazakhstan"))));
    }

    @Test
    void aPersonNamedOnlyOnARetractedRecordIsNoneOfTheDisputesPeople() {
        DisputePeople people = emergencyDeclared()
                .edit(new RecordRetracted(DISPUTE, "emergency-retracted", "emergency-declared", "Entered twice"))
                .people(true);

        assertThat(people.person(NAZARBAYEV.id())).isEmpty();
    }

    @Test
    void anExecutiveNamedOnADemandsOutcomeHasItInTheDemandsWords() {
        // WSWS: the companies did not "comply with agreements to raise the workers' wages"; the executive
        // who refused is supposed, not reported
        Person executive = new Person("uzen-executive", "Serik Akhmetov", PersonRole.EXECUTIVE, false);
        DisputePeople people = Mangystau.strike()
                .add(new DemandOutcomeRecorded(DISPUTE, "wages-refused", "wages", DemandOutcome.REFUSED,
                        evidence(When.month(2011, 6), ZHANAOZEN, WSWS).naming(List.of(executive))))
                .people(true);

        assertThat(people.person(executive.id()).orElseThrow().facts()).extracting(PersonFact::what)
                .containsExactly("named as executive: Demand refused: Honour the agreements to raise workers' wages");
    }
}
