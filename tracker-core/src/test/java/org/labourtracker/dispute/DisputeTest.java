package org.labourtracker.dispute;

import static org.labourtracker.Rejections.notFoundAt;
import static org.labourtracker.Rejections.rejectedAt;
import static org.labourtracker.Rejections.reused;
import static org.labourtracker.Zhanaozen.AKTAU;
import static org.labourtracker.Zhanaozen.ATYRAU;
import static org.labourtracker.Zhanaozen.CASE_ID;
import static org.labourtracker.Zhanaozen.DISPUTE_ID;
import static org.labourtracker.Zhanaozen.DISPUTE_OPENED;
import static org.labourtracker.Zhanaozen.EURASIANET;
import static org.labourtracker.Zhanaozen.HRW;
import static org.labourtracker.Zhanaozen.INDEPENDENT_DEATH_TOLL;
import static org.labourtracker.Zhanaozen.KARAZHANBASMUNAI;
import static org.labourtracker.Zhanaozen.KARAZHANBASMUNAI_UNION;
import static org.labourtracker.Zhanaozen.OFFICIAL_DEATH_TOLL;
import static org.labourtracker.Zhanaozen.OPEN_DISPUTE;
import static org.labourtracker.Zhanaozen.PROSECUTOR_GENERAL;
import static org.labourtracker.Zhanaozen.SOKOLOVA;
import static org.labourtracker.Zhanaozen.TURBAYEV;
import static org.labourtracker.Zhanaozen.UZENMUNAYGAS;
import static org.labourtracker.Zhanaozen.WSWS;
import static org.labourtracker.Zhanaozen.ZHANAOZEN;
import static org.labourtracker.Zhanaozen.evidence;
import static org.labourtracker.Zhanaozen.shooting;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.labourtracker.Zhanaozen;
import org.labourtracker.dispute.DisputeCommand.AddParty;
import org.labourtracker.dispute.DisputeCommand.ChangeStatus;
import org.labourtracker.dispute.DisputeCommand.OpenDispute;
import org.labourtracker.dispute.DisputeCommand.RaiseDemand;
import org.labourtracker.dispute.DisputeCommand.RecordDemandOutcome;
import org.labourtracker.dispute.DisputeCommand.RecordEmployerResponse;
import org.labourtracker.dispute.DisputeCommand.RecordProtest;
import org.labourtracker.dispute.DisputeCommand.RecordStateAction;
import org.labourtracker.dispute.DisputeCommand.RecordStrike;
import org.labourtracker.dispute.DisputeCommand.ReleaseDetainees;
import org.labourtracker.dispute.DisputeCommand.ReportAbuse;
import org.labourtracker.dispute.DisputeCommand.ReportCasualties;
import org.labourtracker.dispute.DisputeCommand.ReportDetentions;
import org.labourtracker.dispute.DisputeEvent.AbuseReported;
import org.labourtracker.dispute.DisputeEvent.CasualtiesReported;
import org.labourtracker.dispute.DisputeEvent.DemandOutcomeRecorded;
import org.labourtracker.dispute.DisputeEvent.DemandRaised;
import org.labourtracker.dispute.DisputeEvent.DetaineesReleased;
import org.labourtracker.dispute.DisputeEvent.DetentionsReported;
import org.labourtracker.dispute.DisputeEvent.DisputeOpened;
import org.labourtracker.dispute.DisputeEvent.EmployerResponseRecorded;
import org.labourtracker.dispute.DisputeEvent.PartyJoined;
import org.labourtracker.dispute.DisputeEvent.ProtestRecorded;
import org.labourtracker.dispute.DisputeEvent.StateActionRecorded;
import org.labourtracker.dispute.DisputeEvent.StatusChanged;
import org.labourtracker.dispute.DisputeEvent.StrikeRecorded;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Evidence;
import org.labourtracker.evidence.Person;
import org.labourtracker.evidence.When;

class DisputeTest {

    private static final Evidence WAGE_DEMAND = evidence(When.month(2011, 5), AKTAU, WSWS);
    private static final DemandRaised WAGES_DEMANDED = new DemandRaised(DISPUTE_ID, "wages-demanded",
            "wage-agreements", "Honour the agreements to raise wages", WAGE_DEMAND);
    private static final Evidence LAWYER_ARRESTED = evidence(When.month(2011, 5), AKTAU, HRW);
    private static final DetentionsReported SOKOLOVA_ARRESTED = new DetentionsReported(DISPUTE_ID,
            "sokolova-arrested", "Arrest of the union's lawyer", DetentionKind.ARRESTED, List.of(),
            List.of(SOKOLOVA), LAWYER_ARRESTED);
    private static final Evidence LAWYER_FREED = evidence(When.day(2012, 3, 7), ATYRAU, EURASIANET);

    private FixtureConfiguration<Dispute> fixture;

    @BeforeEach
    void setUp() {
        fixture = Zhanaozen.disputeFixture();
    }

    @Test
    void theStrikeAtKarazhanbasMunaiIsOpenedWithItsOwnersAndUnion() {
        fixture.givenNoPriorActivity()
                .when(OPEN_DISPUTE)
                .expectEvents(DISPUTE_OPENED);
    }

    @Test
    void employersAndUnionsMayBeUnknownWhenADisputeOpens() {
        fixture.givenNoPriorActivity()
                .when(new OpenDispute(DISPUTE_ID, "strike-begins", "Mangystau oil workers' strike", null,
                        DisputeStatus.ACTIVE, null, null, OPEN_DISPUTE.evidence()))
                .expectEvents(new DisputeOpened(DISPUTE_ID, "strike-begins",
                        "Mangystau oil workers' strike", null, DisputeStatus.ACTIVE, List.of(), List.of(),
                        OPEN_DISPUTE.evidence()));
    }

    @Test
    void openingTheSameDisputeTwiceRecordsItOnce() {
        fixture.givenCommands(OPEN_DISPUTE)
                .when(OPEN_DISPUTE)
                .expectNoEvents()
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void anOpenDisputeCannotBeOpenedAgainUnderAnotherRecordId() {
        fixture.given(DISPUTE_OPENED)
                .when(new OpenDispute(DISPUTE_ID, "strike-at-uzenmunaygas", "Zhanaozen oil workers' strike",
                        "oil extraction", DisputeStatus.ACTIVE, List.of(UZENMUNAYGAS), List.of(),
                        evidence(When.month(2011, 5), ZHANAOZEN, WSWS)))
                .expectException(rejectedAt("disputeId"));
    }

    @Test
    void anIdAlreadyUsedByALegalCaseCannotOpenADispute() {
        fixture.givenNoPriorActivity()
                .when(new OpenDispute(CASE_ID, "strike-begins", "Mangystau oil workers' strike", null,
                        DisputeStatus.ACTIVE, List.of(KARAZHANBASMUNAI), List.of(), OPEN_DISPUTE.evidence()))
                .expectException(rejectedAt("disputeId"));
    }

    @Test
    void aDisputeIdIsAnIdentifier() {
        fixture.givenNoPriorActivity()
                .when(new OpenDispute("Mangystau oil strike", "strike-begins", "Mangystau oil workers' strike", null,
                        DisputeStatus.ACTIVE, List.of(KARAZHANBASMUNAI), List.of(), OPEN_DISPUTE.evidence()))
                .expectException(rejectedAt("disputeId"));
    }

    @Test
    void aRecordIdIsAnIdentifier() {
        fixture.givenNoPriorActivity()
                .when(new OpenDispute(DISPUTE_ID, "strike begins", "Mangystau oil workers' strike", null,
                        DisputeStatus.ACTIVE, List.of(KARAZHANBASMUNAI), List.of(), OPEN_DISPUTE.evidence()))
                .expectException(rejectedAt("recordId"));
    }

    @Test
    void aDisputeNeedsATitle() {
        fixture.givenNoPriorActivity()
                .when(new OpenDispute(DISPUTE_ID, "strike-begins", null, "oil extraction", DisputeStatus.ACTIVE,
                        List.of(KARAZHANBASMUNAI), List.of(), OPEN_DISPUTE.evidence()))
                .expectException(rejectedAt("title"));
    }

    @Test
    void aTitleIsAtMostThreeHundredCharacters() {
        fixture.givenNoPriorActivity()
                .when(new OpenDispute(DISPUTE_ID, "strike-begins", "Mangystau oil workers' strike ".repeat(11),
                        "oil extraction", DisputeStatus.ACTIVE, List.of(KARAZHANBASMUNAI), List.of(),
                        OPEN_DISPUTE.evidence()))
                .expectException(rejectedAt("title"));
    }

    @Test
    void aDisputeOpensWithAStatus() {
        fixture.givenNoPriorActivity()
                .when(new OpenDispute(DISPUTE_ID, "strike-begins", "Mangystau oil workers' strike", "oil extraction",
                        null, List.of(KARAZHANBASMUNAI), List.of(), OPEN_DISPUTE.evidence()))
                .expectException(rejectedAt("status"));
    }

    @Test
    void everyOwnerOfAnEmployerIsNamed() {
        fixture.givenNoPriorActivity()
                .when(new OpenDispute(DISPUTE_ID, "strike-begins", "Mangystau oil workers' strike", "oil extraction",
                        DisputeStatus.ACTIVE, List.of(new Organisation("KarazhanbasMunai", List.of("KazMunayGas", " "))),
                        List.of(), OPEN_DISPUTE.evidence()))
                .expectException(rejectedAt("employers[0].owners[1]"));
    }

    @Test
    void everyUnionIsNamed() {
        fixture.givenNoPriorActivity()
                .when(new OpenDispute(DISPUTE_ID, "strike-begins", "Mangystau oil workers' strike", "oil extraction",
                        DisputeStatus.ACTIVE, List.of(KARAZHANBASMUNAI), List.of(new Organisation("", List.of())),
                        OPEN_DISPUTE.evidence()))
                .expectException(rejectedAt("unions[0].name"));
    }

    @Test
    void anIndustryIsASingleLine() {
        fixture.givenNoPriorActivity()
                .when(new OpenDispute(DISPUTE_ID, "strike-begins", "Mangystau oil workers' strike", "oil\textraction",
                        DisputeStatus.ACTIVE, List.of(KARAZHANBASMUNAI), List.of(), OPEN_DISPUTE.evidence()))
                .expectException(rejectedAt("industry"));
    }

    @Test
    void uzenMunayGasJoinsAsASubsidiaryOfKazMunayGas() {
        Evidence spread = evidence(When.month(2011, 5), ZHANAOZEN, WSWS);
        fixture.given(DISPUTE_OPENED)
                .when(new AddParty(DISPUTE_ID, "uzenmunaygas-joins", PartySide.EMPLOYER, UZENMUNAYGAS, spread))
                .expectEvents(new PartyJoined(DISPUTE_ID, "uzenmunaygas-joins", PartySide.EMPLOYER, UZENMUNAYGAS,
                        spread));
    }

    @Test
    void aPartyJoinsOnASide() {
        fixture.given(DISPUTE_OPENED)
                .when(new AddParty(DISPUTE_ID, "uzenmunaygas-joins", null, UZENMUNAYGAS,
                        evidence(When.month(2011, 5), ZHANAOZEN, WSWS)))
                .expectException(rejectedAt("side"));
    }

    @Test
    void aPartyIsGiven() {
        fixture.given(DISPUTE_OPENED)
                .when(new AddParty(DISPUTE_ID, "uzenmunaygas-joins", PartySide.EMPLOYER, null,
                        evidence(When.month(2011, 5), ZHANAOZEN, WSWS)))
                .expectException(rejectedAt("party"));
    }

    @Test
    void aPartyIsNamed() {
        fixture.given(DISPUTE_OPENED)
                .when(new AddParty(DISPUTE_ID, "uzenmunaygas-joins", PartySide.EMPLOYER,
                        new Organisation(null, List.of("KazMunayGas")), evidence(When.month(2011, 5), ZHANAOZEN, WSWS)))
                .expectException(rejectedAt("party.name"));
    }

    @Test
    void theStrikeIsSuppressedByTheShooting() {
        fixture.given(DISPUTE_OPENED)
                .when(new ChangeStatus(DISPUTE_ID, "strike-suppressed", DisputeStatus.SUPPRESSED, shooting()))
                .expectEvents(new StatusChanged(DISPUTE_ID, "strike-suppressed", DisputeStatus.SUPPRESSED, shooting()));
    }

    @Test
    void aStatusTheDisputeAlreadyHasIsNotRecordedAgain() {
        fixture.given(DISPUTE_OPENED)
                .when(new ChangeStatus(DISPUTE_ID, "strike-still-active", DisputeStatus.ACTIVE, shooting()))
                .expectException(rejectedAt("status"));
    }

    @Test
    void theStatusIsTheOneLastChangedTo() {
        fixture.given(DISPUTE_OPENED,
                        new StatusChanged(DISPUTE_ID, "strike-suppressed", DisputeStatus.SUPPRESSED, shooting()))
                .when(new ChangeStatus(DISPUTE_ID, "strike-suppressed-again", DisputeStatus.SUPPRESSED, shooting()))
                .expectException(rejectedAt("status"));
    }

    @Test
    void aStatusChangeNamesTheNewStatus() {
        fixture.given(DISPUTE_OPENED)
                .when(new ChangeStatus(DISPUTE_ID, "strike-suppressed", null, shooting()))
                .expectException(rejectedAt("status"));
    }

    @Test
    void theStrikeSpreadsToUzenMunayGasWithUpTo18000Out() {
        Claim workersOut = Claim.of(WSWS, null, null, 18_000, "as many as 18,000 workers have been on strike");
        Evidence sinceJune = evidence(When.month(2011, 6), ZHANAOZEN, WSWS);
        fixture.given(DISPUTE_OPENED)
                .when(new RecordStrike(DISPUTE_ID, "strike-spreads", StrikeKind.SPREAD, "UzenMunayGas",
                        List.of(workersOut), sinceJune))
                .expectEvents(new StrikeRecorded(DISPUTE_ID, "strike-spreads", StrikeKind.SPREAD, "UzenMunayGas",
                        List.of(workersOut), sinceJune));
    }

    @Test
    void aStrikeWhoseSizeIsUnknownIsRecordedWithoutFigures() {
        fixture.given(DISPUTE_OPENED)
                .when(new RecordStrike(DISPUTE_ID, "strike-starts", StrikeKind.STARTED, "KarazhanbasMunai", null,
                        OPEN_DISPUTE.evidence()))
                .expectEvents(new StrikeRecorded(DISPUTE_ID, "strike-starts", StrikeKind.STARTED, "KarazhanbasMunai",
                        List.of(), OPEN_DISPUTE.evidence()));
    }

    @Test
    void aStrikeStartsSpreadsOrEnds() {
        fixture.given(DISPUTE_OPENED)
                .when(new RecordStrike(DISPUTE_ID, "strike-starts", null, "KarazhanbasMunai", null,
                        OPEN_DISPUTE.evidence()))
                .expectException(rejectedAt("kind"));
    }

    @Test
    void anEmployerNameIsASingleLine() {
        fixture.given(DISPUTE_OPENED)
                .when(new RecordStrike(DISPUTE_ID, "strike-starts", StrikeKind.STARTED, "Karazhanbas\nMunai", null,
                        OPEN_DISPUTE.evidence()))
                .expectException(rejectedAt("employer"));
    }

    @Test
    void upTo8000DemonstrateInZhanaozenOnPeakDays() {
        Claim demonstrators = Claim.of(WSWS, null, null, 8_000, "up to 8,000 demonstrating in Zhanaozen on peak days");
        Evidence juneToDecember =
                evidence(When.between(LocalDate.of(2011, 6, 1), LocalDate.of(2011, 12, 15)), ZHANAOZEN, WSWS);
        fixture.given(DISPUTE_OPENED)
                .when(new RecordProtest(DISPUTE_ID, "square-demonstrations", ProtestKind.DEMONSTRATION,
                        List.of(demonstrators), juneToDecember))
                .expectEvents(new ProtestRecorded(DISPUTE_ID, "square-demonstrations", ProtestKind.DEMONSTRATION,
                        List.of(demonstrators), juneToDecember));
    }

    @Test
    void aProtestIsOfAKind() {
        fixture.given(DISPUTE_OPENED)
                .when(new RecordProtest(DISPUTE_ID, "square-demonstrations", null, null, shooting()))
                .expectException(rejectedAt("kind"));
    }

    @Test
    void workersDemandThatTheirLawyerBeFreed() {
        Evidence afterHerSentence =
                evidence(When.between(LocalDate.of(2011, 8, 8), LocalDate.of(2011, 12, 19)), ZHANAOZEN, WSWS);
        fixture.given(DISPUTE_OPENED)
                .when(new RaiseDemand(DISPUTE_ID, "sokolova-demanded", "free-sokolova",
                        "Free the union's lawyer Natalia Sokolova", afterHerSentence))
                .expectEvents(new DemandRaised(DISPUTE_ID, "sokolova-demanded", "free-sokolova",
                        "Free the union's lawyer Natalia Sokolova", afterHerSentence));
    }

    @Test
    void aDemandIsRaisedOnlyOnce() {
        fixture.given(DISPUTE_OPENED, WAGES_DEMANDED)
                .when(new RaiseDemand(DISPUTE_ID, "wages-demanded-again", "wage-agreements",
                        "Comply with the wage agreements", WAGE_DEMAND))
                .expectException(rejectedAt("demandId"));
    }

    @Test
    void aDemandIdIsAnIdentifier() {
        fixture.given(DISPUTE_OPENED)
                .when(new RaiseDemand(DISPUTE_ID, "wages-demanded", "wage agreements",
                        "Honour the agreements to raise wages", WAGE_DEMAND))
                .expectException(rejectedAt("demandId"));
    }

    @Test
    void aDemandSaysWhatIsDemanded() {
        fixture.given(DISPUTE_OPENED)
                .when(new RaiseDemand(DISPUTE_ID, "wages-demanded", "wage-agreements", " ", WAGE_DEMAND))
                .expectException(rejectedAt("text"));
    }

    @Test
    void theWageDemandIsRefused() {
        fixture.given(DISPUTE_OPENED, WAGES_DEMANDED)
                .when(new RecordDemandOutcome(DISPUTE_ID, "wages-refused", "wage-agreements", DemandOutcome.REFUSED,
                        shooting()))
                .expectEvents(new DemandOutcomeRecorded(DISPUTE_ID, "wages-refused", "wage-agreements",
                        DemandOutcome.REFUSED, shooting()));
    }

    @Test
    void aRefusedDemandCanStillBePartlyMet() {
        fixture.given(DISPUTE_OPENED, WAGES_DEMANDED, new DemandOutcomeRecorded(DISPUTE_ID, "wages-refused",
                        "wage-agreements", DemandOutcome.REFUSED, shooting()))
                .when(new RecordDemandOutcome(DISPUTE_ID, "wages-partly-met", "wage-agreements",
                        DemandOutcome.PARTLY_MET, shooting()))
                .expectEvents(new DemandOutcomeRecorded(DISPUTE_ID, "wages-partly-met", "wage-agreements",
                        DemandOutcome.PARTLY_MET, shooting()));
    }

    @Test
    void anOutcomeForADemandNeverRaisedIsRejected() {
        fixture.given(DISPUTE_OPENED)
                .when(new RecordDemandOutcome(DISPUTE_ID, "sokolova-freed", "free-sokolova", DemandOutcome.MET,
                        LAWYER_FREED))
                .expectException(notFoundAt("demandId"));
    }

    @Test
    void aMetDemandTakesNoFurtherOutcome() {
        fixture.given(DISPUTE_OPENED, WAGES_DEMANDED, new DemandOutcomeRecorded(DISPUTE_ID, "wages-met",
                        "wage-agreements", DemandOutcome.MET, shooting()))
                .when(new RecordDemandOutcome(DISPUTE_ID, "wages-refused", "wage-agreements", DemandOutcome.REFUSED,
                        shooting()))
                .expectException(rejectedAt("demandId"));
    }

    @Test
    void aWithdrawnDemandTakesNoFurtherOutcome() {
        fixture.given(DISPUTE_OPENED, WAGES_DEMANDED, new DemandOutcomeRecorded(DISPUTE_ID, "wages-withdrawn",
                        "wage-agreements", DemandOutcome.WITHDRAWN, shooting()))
                .when(new RecordDemandOutcome(DISPUTE_ID, "wages-met", "wage-agreements", DemandOutcome.MET,
                        shooting()))
                .expectException(rejectedAt("demandId"));
    }

    @Test
    void aDemandOutcomeSaysWhatTheOutcomeWas() {
        fixture.given(DISPUTE_OPENED, WAGES_DEMANDED)
                .when(new RecordDemandOutcome(DISPUTE_ID, "wages-refused", "wage-agreements", null, shooting()))
                .expectException(rejectedAt("outcome"));
    }

    @Test
    void hundredsOfStrikersAreFired() {
        Claim fired = Claim.of(WSWS, 200, null, null, "hundreds of striking workers");
        Evidence sinceJune = evidence(When.between(LocalDate.of(2011, 6, 1), LocalDate.of(2011, 12, 19)), ZHANAOZEN,
                WSWS);
        fixture.given(DISPUTE_OPENED)
                .when(new RecordEmployerResponse(DISPUTE_ID, "strikers-fired", EmployerResponseKind.DISMISSALS, null,
                        List.of(fired), sinceJune))
                .expectEvents(new EmployerResponseRecorded(DISPUTE_ID, "strikers-fired",
                        EmployerResponseKind.DISMISSALS, null, List.of(fired), sinceJune));
    }

    @Test
    void theUnionSealIsWithheldFromTheNewLeadership() {
        Evidence april = evidence(When.month(2011, 4), AKTAU, WSWS);
        fixture.given(DISPUTE_OPENED)
                .when(new RecordEmployerResponse(DISPUTE_ID, "union-seal-withheld",
                        EmployerResponseKind.UNION_OBSTRUCTION, "KarazhanbasMunai", null, april))
                .expectEvents(new EmployerResponseRecorded(DISPUTE_ID, "union-seal-withheld",
                        EmployerResponseKind.UNION_OBSTRUCTION, "KarazhanbasMunai", List.of(), april));
    }

    @Test
    void anEmployerResponseIsOfAKind() {
        fixture.given(DISPUTE_OPENED)
                .when(new RecordEmployerResponse(DISPUTE_ID, "strikers-fired", null, "UzenMunayGas", null, shooting()))
                .expectException(rejectedAt("kind"));
    }

    @Test
    void localAuthoritiesDeclareTheStrikeIllegal() {
        Evidence in2011 = evidence(When.year(2011), ZHANAOZEN, WSWS);
        fixture.given(DISPUTE_OPENED)
                .when(new RecordStateAction(DISPUTE_ID, "strike-declared-illegal",
                        StateActionKind.STRIKE_DECLARED_ILLEGAL, "Local authorities", in2011))
                .expectEvents(new StateActionRecorded(DISPUTE_ID, "strike-declared-illegal",
                        StateActionKind.STRIKE_DECLARED_ILLEGAL, "Local authorities", in2011));
    }

    @Test
    void aStateOfEmergencyIsDecreedTheDayAfterTheShooting() {
        Evidence decree = new Evidence(When.day(2011, 12, 17), ZHANAOZEN, List.of(WSWS),
                "With a curfew and a ban on strikes and protests, through 5 January 2012");
        fixture.given(DISPUTE_OPENED)
                .when(new RecordStateAction(DISPUTE_ID, "state-of-emergency", StateActionKind.STATE_OF_EMERGENCY,
                        "President Nursultan Nazarbayev", decree))
                .expectEvents(new StateActionRecorded(DISPUTE_ID, "state-of-emergency",
                        StateActionKind.STATE_OF_EMERGENCY, "President Nursultan Nazarbayev", decree));
    }

    @Test
    void aStateActionIsOfAKind() {
        fixture.given(DISPUTE_OPENED)
                .when(new RecordStateAction(DISPUTE_ID, "state-of-emergency", null, "President Nursultan Nazarbayev",
                        shooting()))
                .expectException(rejectedAt("kind"));
    }

    @Test
    void officialAndIndependentDeathTollsAreBothKept() {
        Evidence bothSides = evidence(When.day(2011, 12, 16), ZHANAOZEN, WSWS, PROSECUTOR_GENERAL);
        fixture.given(DISPUTE_OPENED)
                .when(new ReportCasualties(DISPUTE_ID, "square-deaths", "Shooting in the town square",
                        CasualtyKind.KILLED, List.of(OFFICIAL_DEATH_TOLL, INDEPENDENT_DEATH_TOLL), null, bothSides))
                .expectEvents(new CasualtiesReported(DISPUTE_ID, "square-deaths", "Shooting in the town square",
                        CasualtyKind.KILLED, List.of(OFFICIAL_DEATH_TOLL, INDEPENDENT_DEATH_TOLL), List.of(),
                        bothSides));
    }

    @Test
    void asManyAs800WoundedAreReported() {
        Claim wounded = Claim.of(WSWS, null, null, 800, "as many as 800 wounded");
        fixture.given(DISPUTE_OPENED)
                .when(new ReportCasualties(DISPUTE_ID, "square-wounded", "Shooting in the town square",
                        CasualtyKind.INJURED, List.of(wounded), List.of(), shooting()))
                .expectEvents(new CasualtiesReported(DISPUTE_ID, "square-wounded", "Shooting in the town square",
                        CasualtyKind.INJURED, List.of(wounded), List.of(), shooting()));
    }

    @Test
    void aMurderedUnionActivistIsNamed() {
        Claim oneDead = Claim.of(WSWS, 1, 1, 1, null);
        Evidence earlyAugust = evidence(When.month(2011, 8), ZHANAOZEN, WSWS);
        fixture.given(DISPUTE_OPENED)
                .when(new ReportCasualties(DISPUTE_ID, "turbayev-murdered", "Murder at his workplace",
                        CasualtyKind.KILLED, List.of(oneDead), List.of(TURBAYEV), earlyAugust))
                .expectEvents(new CasualtiesReported(DISPUTE_ID, "turbayev-murdered", "Murder at his workplace",
                        CasualtyKind.KILLED, List.of(oneDead), List.of(TURBAYEV), earlyAugust));
    }

    @Test
    void casualtiesAreCountedByAtLeastOneSource() {
        fixture.given(DISPUTE_OPENED)
                .when(new ReportCasualties(DISPUTE_ID, "turbayev-murdered", "Murder at his workplace",
                        CasualtyKind.KILLED, List.of(), List.of(TURBAYEV), shooting()))
                .expectException(rejectedAt("claims"));
    }

    @Test
    void aVictimIsNamedOnlyOncePerRecord() {
        fixture.given(DISPUTE_OPENED)
                .when(new ReportCasualties(DISPUTE_ID, "turbayev-murdered", "Murder at his workplace",
                        CasualtyKind.KILLED, List.of(Claim.of(WSWS, 1, 1, 1, null)), List.of(TURBAYEV, TURBAYEV),
                        shooting()))
                .expectException(rejectedAt("named"));
    }

    @Test
    void casualtiesAreKilledOrInjured() {
        fixture.given(DISPUTE_OPENED)
                .when(new ReportCasualties(DISPUTE_ID, "square-deaths", "Shooting in the town square", null,
                        List.of(OFFICIAL_DEATH_TOLL), null, shooting()))
                .expectException(rejectedAt("kind"));
    }

    @Test
    void seventyArrestsAreReportedWithTheirSource() {
        Claim arrests = Claim.of(WSWS, null, 70, null, "officials also report 70 arrests");
        fixture.given(DISPUTE_OPENED)
                .when(new ReportDetentions(DISPUTE_ID, "unrest-arrests", "Unrest in Zhanaozen", DetentionKind.ARRESTED,
                        List.of(arrests), null, shooting()))
                .expectEvents(new DetentionsReported(DISPUTE_ID, "unrest-arrests", "Unrest in Zhanaozen",
                        DetentionKind.ARRESTED, List.of(arrests), List.of(), shooting()));
    }

    @Test
    void theUnionsLawyerIsArrestedByName() {
        fixture.given(DISPUTE_OPENED)
                .when(new ReportDetentions(DISPUTE_ID, "sokolova-arrested", "Arrest of the union's lawyer",
                        DetentionKind.ARRESTED, null, List.of(SOKOLOVA), LAWYER_ARRESTED))
                .expectEvents(SOKOLOVA_ARRESTED);
    }

    @Test
    void detentionsAreCountedOrNamed() {
        fixture.given(DISPUTE_OPENED)
                .when(new ReportDetentions(DISPUTE_ID, "unrest-arrests", "Unrest in Zhanaozen", DetentionKind.ARRESTED,
                        List.of(), null, shooting()))
                .expectException(rejectedAt("claims"));
    }

    @Test
    void detentionsAreArrestsOrDetentions() {
        fixture.given(DISPUTE_OPENED)
                .when(new ReportDetentions(DISPUTE_ID, "sokolova-arrested", "Arrest of the union's lawyer", null, null,
                        List.of(SOKOLOVA), LAWYER_ARRESTED))
                .expectException(rejectedAt("kind"));
    }

    @Test
    void policeBeatDemonstratorsInAktau() {
        Claim beatings = Claim.of(WSWS, 2, null, null, "a number of beatings by police");
        Evidence june = evidence(When.month(2011, 6), AKTAU, WSWS);
        fixture.given(DISPUTE_OPENED)
                .when(new ReportAbuse(DISPUTE_ID, "aktau-beatings", AbuseKind.ILL_TREATMENT, List.of(beatings), null,
                        june))
                .expectEvents(new AbuseReported(DISPUTE_ID, "aktau-beatings", AbuseKind.ILL_TREATMENT,
                        List.of(beatings), List.of(), june));
    }

    @Test
    void abuseIsCountedOrItsVictimsNamed() {
        fixture.given(DISPUTE_OPENED)
                .when(new ReportAbuse(DISPUTE_ID, "threatening-messages", AbuseKind.INTIMIDATION, null, List.of(),
                        shooting()))
                .expectException(rejectedAt("claims"));
    }

    @Test
    void abuseIsOfAKind() {
        fixture.given(DISPUTE_OPENED)
                .when(new ReportAbuse(DISPUTE_ID, "aktau-beatings", null,
                        List.of(Claim.of(WSWS, 2, null, null, "a number of beatings by police")), null, shooting()))
                .expectException(rejectedAt("kind"));
    }

    @Test
    void theArrestedLawyerIsReleased() {
        fixture.given(DISPUTE_OPENED, SOKOLOVA_ARRESTED)
                .when(new ReleaseDetainees(DISPUTE_ID, "sokolova-freed", List.of(SOKOLOVA.id()), LAWYER_FREED))
                .expectEvents(new DetaineesReleased(DISPUTE_ID, "sokolova-freed", List.of(SOKOLOVA.id()),
                        LAWYER_FREED));
    }

    @Test
    void someoneNeverDetainedCannotBeReleased() {
        fixture.given(DISPUTE_OPENED, SOKOLOVA_ARRESTED)
                .when(new ReleaseDetainees(DISPUTE_ID, "freed", List.of(SOKOLOVA.id(), TURBAYEV.id()), LAWYER_FREED))
                .expectException(rejectedAt("personIds[1]"));
    }

    @Test
    void aDetaineeIsReleasedOnlyOnce() {
        fixture.given(DISPUTE_OPENED, SOKOLOVA_ARRESTED, new DetaineesReleased(DISPUTE_ID, "sokolova-freed",
                        List.of(SOKOLOVA.id()), LAWYER_FREED))
                .when(new ReleaseDetainees(DISPUTE_ID, "sokolova-freed-again", List.of(SOKOLOVA.id()), LAWYER_FREED))
                .expectException(rejectedAt("personIds[0]"));
    }

    @Test
    void aDetaineeIsNotReleasedTwiceInOneRecord() {
        fixture.given(DISPUTE_OPENED, SOKOLOVA_ARRESTED)
                .when(new ReleaseDetainees(DISPUTE_ID, "sokolova-freed", List.of(SOKOLOVA.id(), SOKOLOVA.id()),
                        LAWYER_FREED))
                .expectException(rejectedAt("personIds[1]"));
    }

    @Test
    void aReleasedPersonIsNamedByTheirId() {
        fixture.given(DISPUTE_OPENED, SOKOLOVA_ARRESTED)
                .when(new ReleaseDetainees(DISPUTE_ID, "sokolova-freed", List.of(SOKOLOVA.name()), LAWYER_FREED))
                .expectException(rejectedAt("personIds[0]"));
    }

    @Test
    void aReleaseNamesWhoIsReleased() {
        fixture.given(DISPUTE_OPENED, SOKOLOVA_ARRESTED)
                .when(new ReleaseDetainees(DISPUTE_ID, "sokolova-freed", List.of(), LAWYER_FREED))
                .expectException(rejectedAt("personIds"));
    }

    /** A figure a source got wrong (a negative count), in each kind of record that carries figures. */
    static Stream<Arguments> figuresWhereverTheyAppear() {
        List<Claim> negative = List.of(Claim.of(WSWS, null, -70, null, "70"));
        return Stream.of(
                Arguments.of(new RecordStrike(DISPUTE_ID, "strike-spreads", StrikeKind.SPREAD, "UzenMunayGas", negative,
                        shooting()), "workersOut[0].best"),
                Arguments.of(new RecordProtest(DISPUTE_ID, "square-demonstrations", ProtestKind.DEMONSTRATION,
                        negative, shooting()), "participants[0].best"),
                Arguments.of(new RecordEmployerResponse(DISPUTE_ID, "strikers-fired", EmployerResponseKind.DISMISSALS,
                        null, negative, shooting()), "affected[0].best"),
                Arguments.of(new ReportCasualties(DISPUTE_ID, "square-deaths", null, CasualtyKind.KILLED, negative,
                        null, shooting()), "claims[0].best"),
                Arguments.of(new ReportDetentions(DISPUTE_ID, "unrest-arrests", null, DetentionKind.ARRESTED, negative,
                        null, shooting()), "claims[0].best"),
                Arguments.of(new ReportAbuse(DISPUTE_ID, "aktau-beatings", AbuseKind.ILL_TREATMENT, negative, null,
                        shooting()), "claims[0].best"));
    }

    @ParameterizedTest
    @MethodSource("figuresWhereverTheyAppear")
    void aFigureIsRejectedAtItsPathInTheCommand(DisputeCommand command, String field) {
        fixture.given(DISPUTE_OPENED)
                .when(command)
                .expectException(rejectedAt(field));
    }

    /** A person without an id, in each kind of record that names people. */
    static Stream<Arguments> peopleWhereverTheyAppear() {
        List<Person> unidentified = List.of(new Person(null, TURBAYEV.name(), TURBAYEV.role(), false));
        List<Claim> oneDead = List.of(Claim.of(WSWS, 1, 1, 1, null));
        return Stream.of(
                Arguments.of(new ReportCasualties(DISPUTE_ID, "turbayev-murdered", null, CasualtyKind.KILLED, oneDead,
                        unidentified, shooting()), "named[0].id"),
                Arguments.of(new ReportDetentions(DISPUTE_ID, "sokolova-arrested", null, DetentionKind.ARRESTED, null,
                        unidentified, LAWYER_ARRESTED), "named[0].id"),
                Arguments.of(new ReportAbuse(DISPUTE_ID, "aktau-beatings", AbuseKind.ILL_TREATMENT, null, unidentified,
                        shooting()), "victims[0].id"));
    }

    @ParameterizedTest
    @MethodSource("peopleWhereverTheyAppear")
    void aPersonIsRejectedAtItsPathInTheCommand(DisputeCommand command, String field) {
        fixture.given(DISPUTE_OPENED)
                .when(command)
                .expectException(rejectedAt(field));
    }

    @Test
    void aRecordSentTwiceIsRecordedOnce() {
        RecordStrike spread = new RecordStrike(DISPUTE_ID, "strike-spreads", StrikeKind.SPREAD, "UzenMunayGas",
                List.of(), evidence(When.month(2011, 6), ZHANAOZEN, WSWS));
        fixture.givenCommands(OPEN_DISPUTE, spread)
                .when(spread)
                .expectNoEvents()
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aRecordIdSentAgainWithOtherContentIsRefusedNamingWhatDiffers() {
        RecordStrike spread = new RecordStrike(DISPUTE_ID, "strike-spreads", StrikeKind.SPREAD, "UzenMunayGas",
                List.of(), evidence(When.month(2011, 6), ZHANAOZEN, WSWS));
        fixture.givenCommands(OPEN_DISPUTE, spread)
                .when(new RecordStrike(DISPUTE_ID, "strike-spreads", StrikeKind.SPREAD, "Ersai Caspian Contractor",
                        List.of(), evidence(When.month(2011, 7), ZHANAOZEN, WSWS)))
                .expectException(reused("strike-spreads", "StrikeRecorded", "employer", "evidence"));
    }

    @Test
    void aListLeftOutIsTheSameAsAnEmptyOneWhenARecordIsSentAgain() {
        RecordStrike spread = new RecordStrike(DISPUTE_ID, "strike-spreads", StrikeKind.SPREAD, "UzenMunayGas",
                List.of(), evidence(When.month(2011, 6), ZHANAOZEN, WSWS));
        fixture.givenCommands(OPEN_DISPUTE, spread)
                .when(new RecordStrike(DISPUTE_ID, "strike-spreads", StrikeKind.SPREAD, "UzenMunayGas",
                        null, evidence(When.month(2011, 6), ZHANAOZEN, WSWS)))
                .expectNoEvents()
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theOpeningSentAgainWithAnotherTitleIsRefused() {
        fixture.given(DISPUTE_OPENED)
                .when(new OpenDispute(DISPUTE_ID, OPEN_DISPUTE.recordId(), "Another strike", OPEN_DISPUTE.industry(),
                        OPEN_DISPUTE.status(), OPEN_DISPUTE.employers(), OPEN_DISPUTE.unions(), OPEN_DISPUTE.evidence()))
                .expectException(reused(OPEN_DISPUTE.recordId(), "DisputeOpened", "title"));
    }

    /** Every command but the opening, each reusing the opening's record id and many breaking a rule besides. */
    static Stream<DisputeCommand> commandsReusingTheOpeningsRecordId() {
        String taken = OPEN_DISPUTE.recordId();
        return Stream.of(
                new AddParty(DISPUTE_ID, taken, PartySide.UNION, KARAZHANBASMUNAI_UNION, OPEN_DISPUTE.evidence()),
                new ChangeStatus(DISPUTE_ID, taken, DisputeStatus.ACTIVE, OPEN_DISPUTE.evidence()),
                new RecordStrike(DISPUTE_ID, taken, StrikeKind.STARTED, "KarazhanbasMunai", null,
                        OPEN_DISPUTE.evidence()),
                new RecordProtest(DISPUTE_ID, taken, ProtestKind.DEMONSTRATION, null, shooting()),
                new RaiseDemand(DISPUTE_ID, taken, "wage-agreements", "Honour the agreements to raise wages",
                        WAGE_DEMAND),
                new RecordDemandOutcome(DISPUTE_ID, taken, "free-sokolova", DemandOutcome.MET, LAWYER_FREED),
                new RecordEmployerResponse(DISPUTE_ID, taken, EmployerResponseKind.DISMISSALS, null, null, shooting()),
                new RecordStateAction(DISPUTE_ID, taken, StateActionKind.CURFEW, null, shooting()),
                new ReportCasualties(DISPUTE_ID, taken, null, CasualtyKind.KILLED, List.of(OFFICIAL_DEATH_TOLL), null,
                        shooting()),
                new ReportDetentions(DISPUTE_ID, taken, null, DetentionKind.ARRESTED, null, List.of(SOKOLOVA),
                        LAWYER_ARRESTED),
                new ReportAbuse(DISPUTE_ID, taken, AbuseKind.INTIMIDATION, null, null, shooting()),
                new ReleaseDetainees(DISPUTE_ID, taken, List.of(SOKOLOVA.id()), LAWYER_FREED));
    }

    @ParameterizedTest
    @MethodSource("commandsReusingTheOpeningsRecordId")
    void aCommandOfAnotherKindWhoseRecordIdIsTakenIsRefused(DisputeCommand command) {
        fixture.given(DISPUTE_OPENED)
                .when(command)
                .expectNoEvents()
                .expectException(reused(OPEN_DISPUTE.recordId(), "DisputeOpened"));
    }
}
