package org.labourtracker.dispute;

import static org.labourtracker.Zhanaozen.AKTAU;
import static org.labourtracker.Zhanaozen.CASE_ID;
import static org.labourtracker.Zhanaozen.CASE_OPENED;
import static org.labourtracker.Zhanaozen.DISPUTE_ID;
import static org.labourtracker.Zhanaozen.DISPUTE_OPENED;
import static org.labourtracker.Zhanaozen.OPEN_CASE;
import static org.labourtracker.Zhanaozen.OPEN_DISPUTE;
import static org.labourtracker.Zhanaozen.SOKOLOVA;
import static org.labourtracker.Zhanaozen.WSWS;
import static org.labourtracker.Zhanaozen.evidence;

import org.junit.jupiter.api.Test;
import org.labourtracker.Zhanaozen;
import org.labourtracker.dispute.DisputeCommand.RaiseDemand;
import org.labourtracker.dispute.DisputeEvent.DemandRaised;
import org.labourtracker.editorial.EditorialCommand.ChangeConfidentiality;
import org.labourtracker.editorial.EditorialCommand.RetractRecord;
import org.labourtracker.editorial.EditorialEvent.RecordRetracted;
import org.labourtracker.evidence.When;

/**
 * Every record is answered with the version of its stream that it made (the API's ETag): the
 * sequence number of its event, whoever records in the same stream afterwards. A repeat adds nothing
 * and is answered with the version its first sending made.
 */
class AnsweredVersionTest {

    private static final RaiseDemand RAISE_WAGE_DEMAND = new RaiseDemand(DISPUTE_ID, "wages-demanded",
            "wage-agreements", "Honour the agreements to raise wages", evidence(When.month(2011, 5), AKTAU, WSWS));
    private static final DemandRaised WAGE_DEMAND_RAISED = new DemandRaised(DISPUTE_ID, "wages-demanded",
            "wage-agreements", "Honour the agreements to raise wages", RAISE_WAGE_DEMAND.evidence());
    private static final RaiseDemand RAISE_SOKOLOVA_DEMAND = new RaiseDemand(DISPUTE_ID, "sokolova-demanded",
            "free-sokolova", "Free Natalia Sokolova", RAISE_WAGE_DEMAND.evidence());
    private static final DemandRaised SOKOLOVA_DEMAND_RAISED = new DemandRaised(DISPUTE_ID, "sokolova-demanded",
            "free-sokolova", "Free Natalia Sokolova", RAISE_WAGE_DEMAND.evidence());

    @Test
    void theOpeningIsAnsweredWithVersionZero() {
        Zhanaozen.disputeFixture().givenNoPriorActivity()
                .when(OPEN_DISPUTE)
                .expectEvents(DISPUTE_OPENED)
                .expectResultMessagePayload(0L);
    }

    @Test
    void aRecordIsAnsweredWithTheSequenceNumberOfItsEvent() {
        Zhanaozen.disputeFixture().given(DISPUTE_OPENED, WAGE_DEMAND_RAISED)
                .when(RAISE_SOKOLOVA_DEMAND)
                .expectEvents(SOKOLOVA_DEMAND_RAISED)
                .expectResultMessagePayload(2L);
    }

    @Test
    void aRepeatIsAnsweredWithTheVersionItsFirstSendingMadeNotTheStreamsLast() {
        Zhanaozen.disputeFixture().given(DISPUTE_OPENED, WAGE_DEMAND_RAISED, SOKOLOVA_DEMAND_RAISED)
                .when(RAISE_WAGE_DEMAND)
                .expectNoEvents()
                .expectResultMessagePayload(1L);
    }

    @Test
    void theOpeningSentAgainIsAnsweredWithVersionZero() {
        Zhanaozen.disputeFixture().given(DISPUTE_OPENED, WAGE_DEMAND_RAISED)
                .when(OPEN_DISPUTE)
                .expectNoEvents()
                .expectResultMessagePayload(0L);
    }

    @Test
    void anEditSentAgainIsAnsweredWithTheVersionItMade() {
        RetractRecord retract = new RetractRecord(DISPUTE_ID, "wage-demand-retracted", "wages-demanded", "entered twice");
        Zhanaozen.disputeFixture().given(DISPUTE_OPENED, WAGE_DEMAND_RAISED,
                        new RecordRetracted(DISPUTE_ID, "wage-demand-retracted", "wages-demanded", "entered twice"),
                        SOKOLOVA_DEMAND_RAISED)
                .when(retract)
                .expectNoEvents()
                .expectResultMessagePayload(2L);
    }

    @Test
    void anEditIsAnsweredWithTheSequenceNumberOfItsEvent() {
        Zhanaozen.disputeFixture().given(DISPUTE_OPENED, WAGE_DEMAND_RAISED, SOKOLOVA_DEMAND_RAISED)
                .when(new RetractRecord(DISPUTE_ID, "wage-demand-retracted", "wages-demanded", "entered twice"))
                .expectEvents(new RecordRetracted(DISPUTE_ID, "wage-demand-retracted", "wages-demanded",
                        "entered twice"))
                .expectResultMessagePayload(3L);
    }

    @Test
    void aLegalCaseAnswersTheSameWay() {
        Zhanaozen.caseFixture().givenNoPriorActivity()
                .when(OPEN_CASE)
                .expectEvents(CASE_OPENED)
                .expectResultMessagePayload(0L);
        Zhanaozen.caseFixture().given(CASE_OPENED)
                .when(new ChangeConfidentiality(CASE_ID, "sokolova-withheld", SOKOLOVA.id(), true, "At risk"))
                .expectResultMessagePayload(1L);
    }
}
