package org.labourtracker.dispute;

import static org.labourtracker.Zhanaozen.AKTAU;
import static org.labourtracker.Zhanaozen.DISPUTE_ID;
import static org.labourtracker.Zhanaozen.DISPUTE_OPENED;
import static org.labourtracker.Zhanaozen.WSWS;
import static org.labourtracker.Zhanaozen.evidence;

import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.labourtracker.Zhanaozen;
import org.labourtracker.dispute.DisputeCommand.RaiseDemand;
import org.labourtracker.dispute.DisputeEvent.DemandRaised;
import org.labourtracker.evidence.ExpectedVersion;
import org.labourtracker.evidence.StaleVersion;
import org.labourtracker.evidence.When;

/** A monitor who last saw an older version of the dispute records nothing until they look again. */
class ExpectedVersionTest {

    private static final RaiseDemand RAISE_WAGE_DEMAND = new RaiseDemand(DISPUTE_ID, "wages-demanded",
            "wage-agreements", "Honour the agreements to raise wages", evidence(When.month(2011, 5), AKTAU, WSWS));
    private static final DemandRaised WAGE_DEMAND_RAISED = new DemandRaised(DISPUTE_ID, "wages-demanded",
            "wage-agreements", "Honour the agreements to raise wages", RAISE_WAGE_DEMAND.evidence());

    private FixtureConfiguration<Dispute> fixture;

    @BeforeEach
    void setUp() {
        fixture = Zhanaozen.disputeFixture();
    }

    @Test
    void aRecordSentWithTheCurrentVersionIsRecorded() {
        fixture.given(DISPUTE_OPENED)
                .when(RAISE_WAGE_DEMAND, MetaData.with(ExpectedVersion.METADATA_KEY, 0L))
                .expectEvents(WAGE_DEMAND_RAISED);
    }

    @Test
    void aRecordSentWithAStaleVersionIsRejected() {
        fixture.given(DISPUTE_OPENED, WAGE_DEMAND_RAISED)
                .when(new RaiseDemand(DISPUTE_ID, "sokolova-demanded", "free-sokolova", "Free Natalia Sokolova",
                        RAISE_WAGE_DEMAND.evidence()), MetaData.with(ExpectedVersion.METADATA_KEY, 0L))
                .expectException(StaleVersion.class)
                .expectNoEvents();
    }

    @Test
    void aRetryOfARecordThatMovedTheStreamOnIsStillARepeatNotAConflict() {
        fixture.given(DISPUTE_OPENED, WAGE_DEMAND_RAISED)
                .when(RAISE_WAGE_DEMAND, MetaData.with(ExpectedVersion.METADATA_KEY, 0L))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
