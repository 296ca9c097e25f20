package org.labourtracker.dispute;

import static org.labourtracker.Marikana.AFP;
import static org.labourtracker.Marikana.DISPUTE_ID;
import static org.labourtracker.Marikana.FINDINGS;
import static org.labourtracker.Marikana.INQUIRY_ANNOUNCED;
import static org.labourtracker.Marikana.MARIKANA;
import static org.labourtracker.Marikana.MOURNING;
import static org.labourtracker.Marikana.NUM;
import static org.labourtracker.Marikana.OPEN_DISPUTE;
import static org.labourtracker.Marikana.SHOP_STEWARD_SHOT;
import static org.labourtracker.Marikana.STRIKE;
import static org.labourtracker.Marikana.STRIKERS_KILLED;
import static org.labourtracker.Marikana.WAGE_DEMAND;
import static org.labourtracker.Marikana.WIKIPEDIA;
import static org.labourtracker.Marikana.evidence;
import static org.labourtracker.Rejections.rejectedAt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.labourtracker.Marikana;
import org.labourtracker.Zhanaozen;
import org.labourtracker.dispute.DisputeCommand.RaiseDemand;
import org.labourtracker.dispute.DisputeCommand.RecordEmployerResponse;
import org.labourtracker.dispute.DisputeCommand.RecordIntervention;
import org.labourtracker.dispute.DisputeCommand.RecordProtest;
import org.labourtracker.dispute.DisputeCommand.RecordStateAction;
import org.labourtracker.dispute.DisputeCommand.RecordStrike;
import org.labourtracker.dispute.DisputeCommand.ReportAbuse;
import org.labourtracker.dispute.DisputeEvent.AbuseReported;
import org.labourtracker.dispute.DisputeEvent.CasualtiesReported;
import org.labourtracker.dispute.DisputeEvent.DemandRaised;
import org.labourtracker.dispute.DisputeEvent.DisputeOpened;
import org.labourtracker.dispute.DisputeEvent.EmployerResponseRecorded;
import org.labourtracker.dispute.DisputeEvent.InterventionRecorded;
import org.labourtracker.dispute.DisputeEvent.ProtestRecorded;
import org.labourtracker.dispute.DisputeEvent.StateActionRecorded;
import org.labourtracker.dispute.DisputeEvent.StrikeRecorded;
import org.labourtracker.evidence.Actor;
import org.labourtracker.evidence.ActorRole;
import org.labourtracker.evidence.ActorType;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Evidence;
import org.labourtracker.evidence.Money;
import org.labourtracker.evidence.Place;
import org.labourtracker.evidence.Reliability;
import org.labourtracker.evidence.Source;
import org.labourtracker.evidence.SourceKind;
import org.labourtracker.evidence.When;

/**
 * The vocabulary from the field's codebooks (docs/vocabulary.md), recorded through the dispute's
 * rules with the Marikana case: actors, victims and perpetrators, money, strike legality and union
 * stances, interventions, and the new kinds; and each new rule's refusal, by its field.
 */
class VocabularyTest {

    private static final DisputeOpened OPENED = new DisputeOpened(DISPUTE_ID, OPEN_DISPUTE.recordId(),
            OPEN_DISPUTE.title(), OPEN_DISPUTE.industry(), OPEN_DISPUTE.status(), OPEN_DISPUTE.employers(),
            OPEN_DISPUTE.unions(), OPEN_DISPUTE.evidence());
    private static final DemandRaised WAGE_DEMANDED = new DemandRaised(DISPUTE_ID, WAGE_DEMAND.recordId(),
            WAGE_DEMAND.demandId(), WAGE_DEMAND.text(), WAGE_DEMAND.money(), WAGE_DEMAND.evidence());

    private static final Source GO_EXPRESS = new Source("Go Express", "Marikana family gets R3.9m",
            "https://www.goexpress.co.za/2017/08/28/marikana-family-gets-r3-9m/", null, LocalDate.of(2017, 8, 28), "en",
            SourceKind.MEDIA, Reliability.FAIRLY_RELIABLE, false);
    private static final Evidence PAID = new Evidence(When.between(LocalDate.of(2017, 8, 1), LocalDate.of(2017, 8, 28)),
            Marikana.SOUTH_AFRICA, List.of(GO_EXPRESS), null);
    private static final Source MAIL_AND_GUARDIAN = new Source("Mail & Guardian",
            "Ten years later, still no memorial park at site of Marikana massacre",
            "https://mg.co.za/business/2022-08-18-ten-years-later-still-no-memorial-park-at-site-of-marikana-massacre/",
            null, LocalDate.of(2022, 8, 18), "en", SourceKind.MEDIA, Reliability.USUALLY_RELIABLE, false);
    private static final Evidence ACQUIRED = evidence(When.year(2019), MARIKANA, MAIL_AND_GUARDIAN);
    private static final Source DAILY_MAVERICK = new Source("Daily Maverick", "Images of Marikana, August 16, 2013",
            "https://www.dailymaverick.co.za/article/2013-08-16-images-of-marikana-august-16-2013/", "Greg Nicolson",
            LocalDate.of(2013, 8, 16), "en", SourceKind.MEDIA, Reliability.USUALLY_RELIABLE, false);
    private static final Evidence ANNIVERSARY = evidence(When.day(2013, 8, 16), MARIKANA, DAILY_MAVERICK);

    private FixtureConfiguration<Dispute> fixture;

    @BeforeEach
    void setUp() {
        fixture = Marikana.disputeFixture();
    }

    @Test
    void anUnprotectedStrikeOfRockDrillOperatorsIsRecordedWithTheMajorityUnionOpposingIt() {
        fixture.given(OPENED)
                .when(STRIKE)
                .expectEvents(new StrikeRecorded(DISPUTE_ID, "strike-started", StrikeKind.STARTED, "Lonmin",
                        STRIKE.workersOut(), StrikeLegality.UNPROTECTED, "rock drill operators",
                        List.of(new UnionStance("National Union of Mineworkers", Stance.OPPOSING)), STRIKE.evidence()));
    }

    @Test
    void aStrikeRecordedWithoutTheNewFieldsSaysNothingOfThem() {
        fixture.given(OPENED)
                .when(new RecordStrike(DISPUTE_ID, "strike-started", StrikeKind.STARTED, "Lonmin", null,
                        STRIKE.evidence()))
                .expectEvents(new StrikeRecorded(DISPUTE_ID, "strike-started", StrikeKind.STARTED, "Lonmin", List.of(),
                        null, null, List.of(), STRIKE.evidence()));
    }

    @Test
    void aUnionsStanceIsGivenOnceAndNamesTheUnion() {
        fixture.given(OPENED)
                .when(new RecordStrike(DISPUTE_ID, "strike-started", StrikeKind.STARTED, "Lonmin", List.of(),
                        StrikeLegality.UNPROTECTED, null, List.of(new UnionStance(NUM.name(), Stance.OPPOSING),
                        new UnionStance(NUM.name(), Stance.BACKING)), STRIKE.evidence()))
                .expectException(rejectedAt("unionStances"));
        fixture.given(OPENED)
                .when(new RecordStrike(DISPUTE_ID, "strike-started", StrikeKind.STARTED, "Lonmin", List.of(),
                        null, null, List.of(new UnionStance(null, Stance.OPPOSING)), STRIKE.evidence()))
                .expectException(rejectedAt("unionStances[0].union"));
        fixture.given(OPENED)
                .when(new RecordStrike(DISPUTE_ID, "strike-started", StrikeKind.STARTED, "Lonmin", List.of(),
                        null, "rock drill\u0000operators", null, STRIKE.evidence()))
                .expectException(rejectedAt("workers"));
    }

    @Test
    void theWageDemandKeepsItsSumInRand() {
        fixture.given(OPENED)
                .when(WAGE_DEMAND)
                .expectEvents(new DemandRaised(DISPUTE_ID, "wage-demanded", "wage-12500",
                        "A monthly wage of R12,500 for rock drill operators", new Money(new BigDecimal("12500"), "ZAR"),
                        WAGE_DEMAND.evidence()));
    }

    static Stream<Arguments> moneyThatIsRefused() {
        return Stream.of(
                Arguments.of(Money.of("12500", "RAND"), "money.currency"),
                Arguments.of(Money.of("12500", "zar"), "money.currency"),
                Arguments.of(new Money(new BigDecimal("12500"), null), "money.currency"),
                Arguments.of(Money.of("-12500", "ZAR"), "money.amount"),
                Arguments.of(Money.of("12500.00001", "ZAR"), "money.amount"),
                Arguments.of(new Money(null, "ZAR"), "money.amount"));
    }

    @ParameterizedTest
    @MethodSource("moneyThatIsRefused")
    void moneyNeedsAnIsoCurrencyAndAnAmountThatIsNotNegative(Money money, String field) {
        fixture.given(OPENED)
                .when(demand(money))
                .expectException(rejectedAt(field));
    }

    /** "The government has paid R3.9-million to a family that claimed loss of support" (Go Express, 28 August 2017). */
    @Test
    void theStatesCompensationCarriesItsSum() {
        fixture.given(OPENED)
                .when(new RecordStateAction(DISPUTE_ID, "family-compensated", StateActionKind.COMPENSATION,
                        "Ministry of Police", Money.of("-3900000", "ZAR"), PAID))
                .expectException(rejectedAt("money.amount"));
        fixture.given(OPENED)
                .when(new RecordStateAction(DISPUTE_ID, "family-compensated", StateActionKind.COMPENSATION,
                        "Ministry of Police", Money.of("3900000", "ZAR"), PAID))
                .expectEvents(new StateActionRecorded(DISPUTE_ID, "family-compensated", StateActionKind.COMPENSATION,
                        "Ministry of Police", Money.of("3900000", "ZAR"), PAID));
    }

    /** "Sibanye-Stillwater acquired Lonmin in 2019 for R4.3-billion" (Mail & Guardian, 18 August 2022). */
    @Test
    void anEmployersReorganisationCarriesItsSum() {
        fixture.given(OPENED)
                .when(new RecordEmployerResponse(DISPUTE_ID, "lonmin-acquired", EmployerResponseKind.REORGANISATION,
                        "Lonmin", null, Money.of("4300000000", "XXY"), ACQUIRED))
                .expectException(rejectedAt("money.currency"));
        fixture.given(OPENED)
                .when(new RecordEmployerResponse(DISPUTE_ID, "lonmin-acquired", EmployerResponseKind.REORGANISATION,
                        "Lonmin", null, Money.of("4300000000", "ZAR"), ACQUIRED))
                .expectEvents(new EmployerResponseRecorded(DISPUTE_ID, "lonmin-acquired",
                        EmployerResponseKind.REORGANISATION, "Lonmin", List.of(), Money.of("4300000000", "ZAR"), ACQUIRED));
    }

    @Test
    void policeKillingStrikersIsRecordedWithVictimsPerpetratorAndActors() {
        fixture.given(OPENED)
                .when(STRIKERS_KILLED)
                .expectEvents(new CasualtiesReported(DISPUTE_ID, "strikers-killed",
                        "Police shooting at Marikana, 16 August 2012", CasualtyKind.KILLED, STRIKERS_KILLED.claims(),
                        List.of(), VictimCategory.STRIKERS, ActorType.STATE_FORCES, STRIKERS_KILLED.evidence()));
    }

    @Test
    void anUnknownKillerIsAValueOfItsOwn() {
        fixture.given(OPENED)
                .when(SHOP_STEWARD_SHOT)
                .expectEvents(new CasualtiesReported(DISPUTE_ID, "shop-steward-shot",
                        "Shooting of a NUM shop steward at Rowland shaft, 12 August 2013", CasualtyKind.KILLED,
                        List.of(Claim.of(AFP, 1, 1, 1, "a person was shot dead")), List.of(), VictimCategory.UNIONISTS,
                        ActorType.UNKNOWN, SHOP_STEWARD_SHOT.evidence()));
    }

    /** Told by one encyclopaedia, not established by a court: the union's part is recorded as alleged. */
    @Test
    void anAllegedLinkIsKeptAsAlleged() {
        Evidence told = new Evidence(When.day(2012, 8, 11), MARIKANA, List.of(WIKIPEDIA), null,
                List.of(new Actor(ActorType.UNION, NUM.name(), ActorRole.PERPETRATOR, true)));
        List<Claim> wounded = List.of(Claim.of(WIKIPEDIA, 2, 2, 2, "two wounded strikers"));
        fixture.given(OPENED)
                .when(new DisputeCommand.ReportCasualties(DISPUTE_ID, "marchers-shot", null, CasualtyKind.INJURED,
                        wounded, null, VictimCategory.STRIKERS, ActorType.UNION, told))
                .expectEvents(new CasualtiesReported(DISPUTE_ID, "marchers-shot", null, CasualtyKind.INJURED,
                        wounded, List.of(), VictimCategory.STRIKERS, ActorType.UNION, told));
    }

    @Test
    void anActorNeedsATypeARoleAndANameThatIsNotBlank() {
        fixture.given(OPENED)
                .when(strike(actors(new Actor(null, "Lonmin", ActorRole.PERPETRATOR, false))))
                .expectException(rejectedAt("evidence.actors[0].type"));
        fixture.given(OPENED)
                .when(strike(actors(new Actor(ActorType.UNION, NUM.name(), null, false))))
                .expectException(rejectedAt("evidence.actors[0].role"));
        fixture.given(OPENED)
                .when(strike(actors(new Actor(ActorType.UNION, " ", ActorRole.TARGET, false))))
                .expectException(rejectedAt("evidence.actors[0].name"));
    }

    @Test
    void stateResponsesThatAreNotRepressionHaveKindsOfTheirOwn() {
        fixture.given(OPENED)
                .when(MOURNING)
                .expectEvents(new StateActionRecorded(DISPUTE_ID, "mourning-declared", StateActionKind.MOURNING,
                        "President Jacob Zuma", null, MOURNING.evidence()));
        fixture.given(OPENED)
                .when(INQUIRY_ANNOUNCED)
                .expectEvents(new StateActionRecorded(DISPUTE_ID, "inquiry-announced", StateActionKind.INQUIRY_ANNOUNCED,
                        "President Jacob Zuma", null, INQUIRY_ANNOUNCED.evidence()));
    }

    @Test
    void aCommissionsFindingsAreAnInterventionByItsBody() {
        fixture.given(OPENED)
                .when(FINDINGS)
                .expectEvents(new InterventionRecorded(DISPUTE_ID, "commission-findings",
                        InterventionKind.INQUIRY_FINDINGS, "Marikana Commission of Inquiry",
                        ActorType.NATIONAL_INSTITUTION, FINDINGS.evidence()));
    }

    @Test
    void anInterventionNamesItsKindAndAKnownBody() {
        fixture.given(OPENED)
                .when(intervention(null, "Marikana Commission of Inquiry", ActorType.NATIONAL_INSTITUTION))
                .expectException(rejectedAt("kind"));
        fixture.given(OPENED)
                .when(intervention(InterventionKind.INQUIRY_FINDINGS, null, ActorType.NATIONAL_INSTITUTION))
                .expectException(rejectedAt("body"));
        fixture.given(OPENED)
                .when(intervention(InterventionKind.INQUIRY_FINDINGS, "Marikana Commission of Inquiry", null))
                .expectException(rejectedAt("bodyType"));
        fixture.given(OPENED)
                .when(intervention(InterventionKind.INQUIRY_FINDINGS, "Marikana Commission of Inquiry", ActorType.UNKNOWN))
                .expectException(rejectedAt("bodyType"));
    }

    @Test
    void anInterventionSentAgainIsRecordedOnce() {
        fixture.given(OPENED)
                .andGivenCommands(FINDINGS)
                .when(FINDINGS)
                .expectNoEvents()
                .expectSuccessfulHandlerExecution();
    }

    /** "Well over 5,000 people attended" the first anniversary at the koppie (Daily Maverick, 16 August 2013). */
    @Test
    void aCommemorationIsAProtestOfItsOwnKind() {
        List<Claim> crowd = List.of(Claim.of(DAILY_MAVERICK, 5_001, null, null, "Well over 5,000 people"));
        fixture.given(OPENED)
                .when(new RecordProtest(DISPUTE_ID, "first-anniversary", ProtestKind.COMMEMORATION, crowd, ANNIVERSARY))
                .expectEvents(new ProtestRecorded(DISPUTE_ID, "first-anniversary", ProtestKind.COMMEMORATION, crowd,
                        ANNIVERSARY));
    }

    /**
     * Another dispute: Bangladesh garment workers' strikes of December 2018 and January 2019, after which
     * women seeking to form unions "have suffered physical attacks and rape" (Solidarity Center, March 2019).
     */
    @Test
    void sexualViolenceIsAnAbuseOfItsOwnKind() {
        String garment = "bangladesh-garment-wages-2019";
        Source solidarity = new Source("Solidarity Center", "Bangladesh Workers Targeted with Gender-Based Violence",
                "https://www.solidaritycenter.org/tag/solidarity-center/page/65/", null, LocalDate.of(2019, 3, 4), "en",
                SourceKind.NGO, Reliability.USUALLY_RELIABLE, false);
        Evidence reported = new Evidence(When.between(LocalDate.of(2018, 12, 1), LocalDate.of(2019, 3, 4)),
                new Place(null, null, "BD", null), List.of(solidarity), null,
                List.of(new Actor(ActorType.COMPANY_MANAGEMENT, null, ActorRole.PERPETRATOR, true)));
        List<Claim> some = List.of(Claim.of(solidarity, 1, null, null, "some have suffered physical attacks and rape"));
        FixtureConfiguration<Dispute> bangladesh = Zhanaozen.fixture(Dispute.class, garment);
        bangladesh.given(new DisputeOpened(garment, "strikes", "Garment workers' wage strikes", "garment manufacturing",
                        DisputeStatus.ACTIVE, List.of(), List.of(), reported))
                .when(new ReportAbuse(garment, "gender-based-violence", AbuseKind.SEXUAL_VIOLENCE, some, null, reported))
                .expectEvents(new AbuseReported(garment, "gender-based-violence", AbuseKind.SEXUAL_VIOLENCE, some,
                        List.of(), reported));
    }

    private static RecordStrike strike(Evidence evidence) {
        return new RecordStrike(DISPUTE_ID, STRIKE.recordId(), STRIKE.kind(), STRIKE.employer(), STRIKE.workersOut(),
                STRIKE.legality(), STRIKE.workers(), STRIKE.unionStances(), evidence);
    }

    private static RaiseDemand demand(Money money) {
        return new RaiseDemand(DISPUTE_ID, "wage-demanded", "wage-12500", WAGE_DEMAND.text(), money,
                WAGE_DEMAND.evidence());
    }

    private static RecordIntervention intervention(InterventionKind kind, String body, ActorType type) {
        return new RecordIntervention(DISPUTE_ID, "commission-findings", kind, body, type, FINDINGS.evidence());
    }

    private static Evidence actors(Actor... actors) {
        return new Evidence(STRIKE.evidence().when(), STRIKE.evidence().where(), STRIKE.evidence().sources(), null,
                List.of(actors));
    }
}
