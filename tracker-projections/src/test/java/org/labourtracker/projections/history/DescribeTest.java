package org.labourtracker.projections.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.labourtracker.projections.Mangystau.AKTAU;
import static org.labourtracker.projections.Mangystau.DISPUTE;
import static org.labourtracker.projections.Mangystau.EURASIANET;
import static org.labourtracker.projections.Mangystau.UZENMUNAYGAS;
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
import org.labourtracker.dispute.DisputeEvent.DemandOutcomeRecorded;
import org.labourtracker.dispute.DisputeEvent.DetaineesReleased;
import org.labourtracker.dispute.DisputeEvent.DetentionsReported;
import org.labourtracker.dispute.DisputeEvent.EmployerResponseRecorded;
import org.labourtracker.dispute.DisputeEvent.PartyJoined;
import org.labourtracker.dispute.DisputeEvent.ProtestRecorded;
import org.labourtracker.dispute.DisputeEvent.StateActionRecorded;
import org.labourtracker.dispute.DisputeEvent.StatusChanged;
import org.labourtracker.dispute.DisputeEvent.StrikeRecorded;
import org.labourtracker.dispute.DisputeStatus;
import org.labourtracker.dispute.EmployerResponseKind;
import org.labourtracker.dispute.PartySide;
import org.labourtracker.dispute.ProtestKind;
import org.labourtracker.dispute.StateActionKind;
import org.labourtracker.dispute.StrikeKind;
import org.labourtracker.editorial.EditorialEvent.RecordRetracted;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Evidence;
import org.labourtracker.evidence.Supersession;
import org.labourtracker.evidence.Vague;
import org.labourtracker.evidence.When;
import org.labourtracker.legal.AppealOutcome;
import org.labourtracker.legal.CaseClosure;
import org.labourtracker.legal.CaseEvent.AppealDecided;
import org.labourtracker.legal.CaseEvent.CaseClosed;
import org.labourtracker.legal.CaseEvent.ChargesFiled;
import org.labourtracker.legal.CaseEvent.DefendantReleased;
import org.labourtracker.legal.ReleaseKind;
import org.labourtracker.projections.Mangystau;

/** The words records are told in: headlines that name no one, and each record's own fields. */
class DescribeTest {

    static final Evidence SHOOTING_DAY = evidence(When.day(2011, 12, 16), ZHANAOZEN, WSWS);
    static final String CASE = "case-sokolova";

    @Test
    void aStrikeIsToldByItsKindAndTheEmployerItNames() {
        // WSWS: "The strike began in May at KarazhanbasMunai in Aktau"; Emancipation: it "was violently crushed"
        assertThat(Describe.headline(new StrikeRecorded(DISPUTE, "s", StrikeKind.STARTED, "KarazhanbasMunai", List.of(),
                evidence(When.month(2011, 5), AKTAU, WSWS)))).isEqualTo("Strike started at KarazhanbasMunai");
        assertThat(Describe.headline(new StrikeRecorded(DISPUTE, "s", StrikeKind.ENDED, null, List.of(), SHOOTING_DAY)))
                .isEqualTo("Strike ended");
    }

    @Test
    void aPartyAndAStatusAreToldInWords() {
        assertThat(Describe.headline(new PartyJoined(DISPUTE, "p", PartySide.EMPLOYER, UZENMUNAYGAS, SHOOTING_DAY)))
                .isEqualTo("Employer joined: UzenMunayGas");
        assertThat(Describe.headline(new StatusChanged(DISPUTE, "s", DisputeStatus.SUPPRESSED, SHOOTING_DAY)))
                .isEqualTo("Status changed to suppressed");
    }

    @Test
    void aStateActionNamesTheAuthorityThatTookIt() {
        // WSWS: "President Nursultan Nazarbayev issued a decree declaring a state of emergency" (as in
        // tracker-core's ZhanaozenInWords fixture)
        assertThat(Describe.headline(new StateActionRecorded(DISPUTE, "emergency-declared",
                StateActionKind.STATE_OF_EMERGENCY, "President of Kazakhstan", evidence(When.day(2011, 12, 17),
                ZHANAOZEN, WSWS)))).isEqualTo("State action: state of emergency by President of Kazakhstan");
        // WSWS: "The companies have fired hundreds of striking workers"
        assertThat(Describe.headline(new EmployerResponseRecorded(DISPUTE, "hundreds-fired",
                EmployerResponseKind.DISMISSALS, null,
                List.of(Claim.vague(WSWS, Vague.HUNDREDS, "fired hundreds of striking workers")), SHOOTING_DAY)))
                .isEqualTo("Employer response: dismissals");
    }

    @Test
    void harmsAndProtestsAreToldByKindAndIncident() {
        assertThat(Describe.headline(new CasualtiesReported(DISPUTE, "c", "Shetpe railway blockade, 17 December 2011",
                CasualtyKind.INJURED, List.of(), List.of(), SHOOTING_DAY)))
                .isEqualTo("Injured: Shetpe railway blockade, 17 December 2011");
        assertThat(Describe.headline(new DetentionsReported(DISPUTE, "d", null, DetentionKind.ARRESTED, List.of(),
                List.of(), SHOOTING_DAY))).isEqualTo("Arrested");
        assertThat(Describe.headline(new ProtestRecorded(DISPUTE, "p", ProtestKind.HUNGER_STRIKE, List.of(),
                SHOOTING_DAY))).isEqualTo("Hunger strike held");
    }

    @Test
    void releasesAreCountedWithoutNamingAnyone() {
        assertThat(Describe.headline(new DetaineesReleased(DISPUTE, "r", List.of("aktau-striker"), SHOOTING_DAY)))
                .isEqualTo("A detainee released");
        assertThat(Describe.headline(new DetaineesReleased(DISPUTE, "r", List.of("aktau-striker", "aktau-striker-2"),
                SHOOTING_DAY))).isEqualTo("2 detainees released");
    }

    @Test
    void aCasesRecordsAreToldByWhatTheCourtOrProsecutionDid() {
        Evidence march = evidence(When.month(2012, 3), AKTAU, EURASIANET);
        assertThat(Describe.headline(new ChargesFiled(CASE, "charges", List.of("natalia-sokolova"),
                List.of("Inciting social conflict"), List.of(), march)))
                .isEqualTo("Charges filed: Inciting social conflict");
        assertThat(Describe.headline(new AppealDecided(CASE, "appeal", AppealOutcome.SENTENCE_REDUCED, List.of(), march)))
                .isEqualTo("Appeal decided: sentence reduced");
        assertThat(Describe.headline(new CaseClosed(CASE, "closed", CaseClosure.CHARGES_WITHDRAWN, null, march)))
                .isEqualTo("Case closed without a verdict: charges withdrawn");
        assertThat(Describe.headline(new DefendantReleased(CASE, "released", "natalia-sokolova", ReleaseKind.PAROLE,
                march))).isEqualTo("Defendant released: parole");
    }

    @Test
    void anOutcomeIsToldInTheWordsOfItsDemandThoughTheRaisingWasRetracted() {
        Mangystau strike = Mangystau.strike().edit(new RecordRetracted(DISPUTE, "sokolova-retracted",
                "demand-free-sokolova", "Raised by her defenders, not the strikers"));
        Map<String, String> texts = Describe.demandTexts(strike.records());

        assertThat(texts).containsOnly(entry("wages", "Honour the agreements to raise workers' wages"),
                entry("free-sokolova", "Free the union's lawyer Natalia Sokolova"));
        assertThat(Describe.headline(new DemandOutcomeRecorded(DISPUTE, "sokolova-freed", "free-sokolova",
                DemandOutcome.PARTLY_MET, evidence(When.month(2012, 3), AKTAU, EURASIANET)), texts))
                .isEqualTo("Demand partly met: Free the union's lawyer Natalia Sokolova");
    }

    @Test
    void detailsLeaveOutWhatTheRecordDoesNotSay() {
        Map<String, Object> details = Describe.details(new StrikeRecorded(DISPUTE, "strike-uzen", StrikeKind.SPREAD,
                "UzenMunayGas", List.of(Claim.of(WSWS, null, null, 18_000, "as many as 18,000 workers")), SHOOTING_DAY),
                RedactorTest.arrests().redactor(true));

        assertThat(details).containsExactly(entry("kind", StrikeKind.SPREAD), entry("employer", "UzenMunayGas"));
    }

    @Test
    void detailsGiveAHiddenPersonsIdByPseudonym() {
        DetaineesReleased release = new DetaineesReleased(DISPUTE, "released", List.of("aktau-striker", "aktau-striker-2"),
                evidence(When.month(2011, 7), AKTAU, WORKERS_BLOG));

        assertThat(Describe.details(release, RedactorTest.arrests().redactor(false)))
                .containsExactly(entry("personIds", List.of("confidential-2", "confidential-1")));
        assertThat(Describe.details(release, RedactorTest.arrests().redactor(true)))
                .containsExactly(entry("personIds", List.of("aktau-striker", "aktau-striker-2")));
    }

    @Test
    void aReplacementsDetailsNameTheRecordItReplacesAndWhy() {
        // tracker-core's ZhanaozenInWords: the beating first entered as casualties, replaced by an employer's response
        String reason = "The company sent hired thugs: an employer's response, not casualties";
        Map<String, Object> details = Describe.details(new EmployerResponseRecorded(DISPUTE, "thugs-sent",
                EmployerResponseKind.VIOLENCE_BY_AGENTS, "KarazhanbasMunai",
                List.of(Claim.vague(WSWS, Vague.SEVERAL, "to beat several workers")),
                evidence(When.month(2011, 1), AKTAU, WSWS).superseding("workers-beaten", reason)),
                RedactorTest.arrests().redactor(true));

        assertThat(details).containsExactly(entry("kind", EmployerResponseKind.VIOLENCE_BY_AGENTS),
                entry("employer", "KarazhanbasMunai"), entry("supersedes", new Supersession("workers-beaten", reason)));
    }
}
