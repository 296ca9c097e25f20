package org.labourtracker.editorial;

import static org.labourtracker.Rejections.notFoundAt;
import static org.labourtracker.Rejections.rejectedAt;
import static org.labourtracker.Rejections.reused;
import static org.labourtracker.Zhanaozen.CASE_ID;
import static org.labourtracker.Zhanaozen.CASE_OPENED;
import static org.labourtracker.Zhanaozen.DISPUTE_ID;
import static org.labourtracker.Zhanaozen.DISPUTE_OPENED;
import static org.labourtracker.Zhanaozen.HRW;
import static org.labourtracker.Zhanaozen.AKTAU;
import static org.labourtracker.Zhanaozen.evidence;
import static org.labourtracker.ZhanaozenInWords.BEATING_AS_CASUALTIES;
import static org.labourtracker.ZhanaozenInWords.THUGS_SENT;
import static org.labourtracker.ZhanaozenInWords.WRONG_KIND;

import java.util.List;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.labourtracker.Zhanaozen;
import org.labourtracker.dispute.Dispute;
import org.labourtracker.dispute.DisputeCommand.RecordEmployerResponse;
import org.labourtracker.dispute.DisputeEvent.CasualtiesReported;
import org.labourtracker.dispute.DisputeEvent.EmployerResponseRecorded;
import org.labourtracker.editorial.EditorialCommand.CorrectRecord;
import org.labourtracker.editorial.EditorialCommand.RetractRecord;
import org.labourtracker.editorial.EditorialEvent.DuplicateMerged;
import org.labourtracker.editorial.EditorialEvent.RecordRetracted;
import org.labourtracker.editorial.EditorialEvent.RecordSuperseded;
import org.labourtracker.evidence.Evidence;
import org.labourtracker.evidence.When;
import org.labourtracker.legal.CaseCommand.RecordHearing;
import org.labourtracker.legal.CaseEvent.HearingHeld;
import org.labourtracker.legal.LegalCase;

/**
 * A record entered under the wrong kind is replaced by a new record that supersedes it: the beating
 * of KarazhanbasMunai workers in January 2011, first entered as casualties by an unknown
 * perpetrator, was the company's response by hired thugs (WSWS, 19 December 2011). The superseded
 * record must be in the stream and still stand.
 */
class SupersessionTest {

    private static final CasualtiesReported BEATEN = new CasualtiesReported(DISPUTE_ID, "workers-beaten",
            BEATING_AS_CASUALTIES.incident(), BEATING_AS_CASUALTIES.kind(), BEATING_AS_CASUALTIES.claims(), List.of(),
            BEATING_AS_CASUALTIES.victims(), BEATING_AS_CASUALTIES.perpetrator(), BEATING_AS_CASUALTIES.evidence());
    /** Recorded by someone else after the replacement. */
    private static final CasualtiesReported BEATEN_AGAIN = new CasualtiesReported(DISPUTE_ID, "workers-beaten-again",
            BEATING_AS_CASUALTIES.incident(), BEATING_AS_CASUALTIES.kind(), BEATING_AS_CASUALTIES.claims(), List.of(),
            BEATING_AS_CASUALTIES.victims(), BEATING_AS_CASUALTIES.perpetrator(), BEATING_AS_CASUALTIES.evidence());
    private static final EmployerResponseRecorded SENT = new EmployerResponseRecorded(DISPUTE_ID, "thugs-sent",
            THUGS_SENT.kind(), "KarazhanbasMunai", THUGS_SENT.affected(), null, THUGS_SENT.evidence());
    private static final RecordSuperseded REPLACED = new RecordSuperseded(DISPUTE_ID, "thugs-sent", "workers-beaten",
            WRONG_KIND);

    private FixtureConfiguration<Dispute> fixture;

    @BeforeEach
    void setUp() {
        fixture = Zhanaozen.disputeFixture();
    }

    @Test
    void theBeatingEnteredAsCasualtiesIsReplacedByTheEmployersResponseItWas() {
        fixture.given(DISPUTE_OPENED, BEATEN)
                .when(THUGS_SENT)
                .expectEvents(SENT, REPLACED)
                .expectResultMessagePayload(3L);
    }

    @Test
    void theReplacementSentAgainRecordsNothing() {
        fixture.given(DISPUTE_OPENED, BEATEN, SENT, REPLACED, BEATEN_AGAIN)
                .when(THUGS_SENT)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(3L);
    }

    @Test
    void theSupersededRecordMustBeInTheStream() {
        fixture.given(DISPUTE_OPENED)
                .when(THUGS_SENT)
                .expectException(notFoundAt("evidence.supersedes.recordId"))
                .expectNoEvents();
    }

    @Test
    void aRetractedRecordCannotBeSuperseded() {
        fixture.given(DISPUTE_OPENED, BEATEN,
                        new RecordRetracted(DISPUTE_ID, "beating-retracted", "workers-beaten", "Entered twice"))
                .when(THUGS_SENT)
                .expectException(rejectedAt("evidence.supersedes.recordId"))
                .expectNoEvents();
    }

    @Test
    void aMergedRecordCannotBeSuperseded() {
        fixture.given(DISPUTE_OPENED, BEATEN, new DuplicateMerged(DISPUTE_ID, "beating-merged", "workers-beaten",
                        "strike-begins", "Duplicate"))
                .when(THUGS_SENT)
                .expectException(rejectedAt("evidence.supersedes.recordId"))
                .expectNoEvents();
    }

    @Test
    void aRecordAlreadySupersededCannotBeSupersededAgain() {
        fixture.given(DISPUTE_OPENED, BEATEN, SENT, REPLACED)
                .when(new RecordEmployerResponse(DISPUTE_ID, "thugs-sent-again", THUGS_SENT.kind(), "KarazhanbasMunai",
                        THUGS_SENT.affected(), THUGS_SENT.evidence()))
                .expectException(rejectedAt("evidence.supersedes.recordId"))
                .expectNoEvents();
    }

    @Test
    void aSupersededRecordCanNoLongerBeCorrectedOrRetracted() {
        fixture.given(DISPUTE_OPENED, BEATEN, SENT, REPLACED)
                .when(new RetractRecord(DISPUTE_ID, "beating-retracted", "workers-beaten", "Wrong kind"))
                .expectException(rejectedAt("retractedRecordId"))
                .expectNoEvents();
        fixture.given(DISPUTE_OPENED, BEATEN, SENT, REPLACED)
                .when(new CorrectRecord(DISPUTE_ID, "beating-corrected", "workers-beaten", "Wrong place",
                        new Correction(null, Zhanaozen.ZHANAOZEN, null, null, null)))
                .expectException(rejectedAt("correctedRecordId"))
                .expectNoEvents();
    }

    @Test
    void aSupersessionGivesItsReason() {
        Evidence noReason = BEATING_AS_CASUALTIES.evidence().superseding("workers-beaten", " ");
        fixture.given(DISPUTE_OPENED, BEATEN)
                .when(new RecordEmployerResponse(DISPUTE_ID, "thugs-sent", THUGS_SENT.kind(), "KarazhanbasMunai",
                        THUGS_SENT.affected(), noReason))
                .expectException(rejectedAt("evidence.supersedes.reason"))
                .expectNoEvents();
    }

    @Test
    void anEditCannotTakeTheReplacementsRecordId() {
        fixture.given(DISPUTE_OPENED, BEATEN, SENT, REPLACED)
                .when(new RetractRecord(DISPUTE_ID, "thugs-sent", "strike-begins", "Reusing an id"))
                .expectException(reused("thugs-sent", "EmployerResponseRecorded"))
                .expectNoEvents();
    }

    @Test
    void aLegalCasesRecordIsReplacedAlike() {
        FixtureConfiguration<LegalCase> cases = Zhanaozen.caseFixture();
        Evidence heard = evidence(When.month(2011, 7), AKTAU, HRW);
        HearingHeld misdated = new HearingHeld(CASE_ID, "hearing-july", "First hearing", heard);
        Evidence replacing = evidence(When.month(2011, 7), AKTAU, HRW)
                .superseding("hearing-july", "Entered under another trial's hearing");

        cases.given(CASE_OPENED, misdated)
                .when(new RecordHearing(CASE_ID, "hearing-july-fixed", "First hearing of the lawyer's trial", replacing))
                .expectEvents(new HearingHeld(CASE_ID, "hearing-july-fixed", "First hearing of the lawyer's trial",
                                replacing),
                        new RecordSuperseded(CASE_ID, "hearing-july-fixed", "hearing-july",
                                "Entered under another trial's hearing"));
    }
}
