package org.labourtracker.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.labourtracker.Rejections.rejectedAt;
import static org.labourtracker.Zhanaozen.DISPUTE_ID;
import static org.labourtracker.Zhanaozen.DISPUTE_OPENED;
import static org.labourtracker.Zhanaozen.WSWS;
import static org.labourtracker.ZhanaozenInWords.HUNDREDS_FIRED;
import static org.labourtracker.ZhanaozenInWords.OUT_AT_TWO_EMPLOYERS;
import static org.labourtracker.ZhanaozenInWords.SCORES_KILLED;
import static org.labourtracker.ZhanaozenInWords.WORKERS_BLOG;

import java.util.List;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.labourtracker.Zhanaozen;
import org.labourtracker.dispute.Dispute;
import org.labourtracker.dispute.DisputeCommand.RecordEmployerResponse;
import org.labourtracker.dispute.DisputeCommand.RecordProtest;
import org.labourtracker.dispute.DisputeCommand.ReportCasualties;
import org.labourtracker.dispute.DisputeEvent.CasualtiesReported;
import org.labourtracker.dispute.DisputeEvent.EmployerResponseRecorded;
import org.labourtracker.dispute.DisputeEvent.StrikeRecorded;
import org.labourtracker.dispute.ProtestKind;

/**
 * Vague quantities kept in the source's words ("hundreds", "scores", "several") with the range our
 * convention reads them as and no best estimate, and figures that say what they count (a strike's
 * employers apart from its workers); each rule's refusal names its field.
 */
class VagueFiguresTest {

    private FixtureConfiguration<Dispute> fixture;

    @BeforeEach
    void setUp() {
        fixture = Zhanaozen.disputeFixture();
    }

    @Test
    void theConventionReadsEachVagueWordAsARange() {
        assertThat(List.of(Vague.values())).extracting(Vague::name, Vague::low, Vague::high).containsExactly(
                tuple("HANDFUL", 2, 5),
                tuple("FEW", 2, 9),
                tuple("SEVERAL", 3, 9),
                tuple("TENS", 10, 99),
                tuple("DOZENS", 12, 99),
                tuple("SCORES", 20, 99),
                tuple("HUNDREDS", 100, 999),
                tuple("THOUSANDS", 1_000, 9_999),
                tuple("TENS_OF_THOUSANDS", 10_000, 99_999));
    }

    @Test
    void hundredsFiredAreRecordedAsTheSourceSaidWithTheConventionsRangeAndNoBest() {
        Claim hundreds = new Claim(WSWS, 100, null, 999, "fired hundreds of striking workers", Vague.HUNDREDS, null);

        fixture.given(DISPUTE_OPENED)
                .when(HUNDREDS_FIRED)
                .expectEvents(new EmployerResponseRecorded(DISPUTE_ID, "hundreds-fired", HUNDREDS_FIRED.kind(), null,
                        List.of(hundreds), null, HUNDREDS_FIRED.evidence()));
    }

    @Test
    void scoresGunnedDownAreACasualtyClaimOfTwentyToNinetyNine() {
        fixture.given(DISPUTE_OPENED)
                .when(SCORES_KILLED)
                .expectEvents(new CasualtiesReported(DISPUTE_ID, "scores-killed", SCORES_KILLED.incident(),
                        SCORES_KILLED.kind(), List.of(new Claim(WORKERS_BLOG, 20, null, 99,
                        "scores of people gunned down", Vague.SCORES, null)), List.of(), null,
                        SCORES_KILLED.perpetrator(), SCORES_KILLED.evidence()));
    }

    @Test
    void aVagueFigureWithABestEstimateIsRefused() {
        fixture.given(DISPUTE_OPENED)
                .when(withClaim(new Claim(WSWS, null, 300, null, "fired hundreds of striking workers", Vague.HUNDREDS,
                        null)))
                .expectException(rejectedAt("affected[0].best"))
                .expectNoEvents();
    }

    @Test
    void aVagueFigureWhoseRangeIsNotTheConventionsIsRefused() {
        fixture.given(DISPUTE_OPENED)
                .when(withClaim(new Claim(WSWS, 200, null, 999, "fired hundreds of striking workers", Vague.HUNDREDS,
                        null)))
                .expectException(rejectedAt("affected[0].low"))
                .expectNoEvents();
        fixture.given(DISPUTE_OPENED)
                .when(withClaim(new Claim(WSWS, null, null, 2_000, "fired hundreds of striking workers", Vague.HUNDREDS,
                        null)))
                .expectException(rejectedAt("affected[0].high"))
                .expectNoEvents();
    }

    @Test
    void aVagueFigureNeedsTheSourcesWords() {
        fixture.given(DISPUTE_OPENED)
                .when(withClaim(Claim.vague(WSWS, Vague.HUNDREDS, null)))
                .expectException(rejectedAt("affected[0].wording"))
                .expectNoEvents();
    }

    @Test
    void aStrikeCountsItsEmployersApartFromItsWorkers() {
        fixture.given(DISPUTE_OPENED)
                .when(OUT_AT_TWO_EMPLOYERS)
                .expectEvents(new StrikeRecorded(DISPUTE_ID, "out-at-two-employers", OUT_AT_TWO_EMPLOYERS.kind(), null,
                        List.of(new Claim(WSWS, null, null, 18_000, "as many as 18,000 workers have been on strike"),
                                new Claim(WSWS, 2, 2, 2,
                                        "in both Zhanaozen (at UzenMunayGas ...) and Aktau (at KarazhanbasMunai ...)",
                                        null, Counted.EMPLOYERS)),
                        null, null, List.of(), OUT_AT_TWO_EMPLOYERS.evidence()));
    }

    @Test
    void onlyAStrikesFiguresCountEmployersOrEstablishments() {
        Claim twoEmployers = Claim.of(WSWS, 2, 2, 2, "both companies").counting(Counted.EMPLOYERS);
        fixture.given(DISPUTE_OPENED)
                .when(new ReportCasualties(DISPUTE_ID, "killed", "Zhanaozen shooting, 16 December 2011",
                        SCORES_KILLED.kind(), List.of(twoEmployers), List.of(), SCORES_KILLED.evidence()))
                .expectException(rejectedAt("claims[0].counted"))
                .expectNoEvents();
        fixture.given(DISPUTE_OPENED)
                .when(new RecordProtest(DISPUTE_ID, "sit-in", ProtestKind.SIT_IN,
                        List.of(Claim.of(WSWS, 1, 1, 1, "the square").counting(Counted.ESTABLISHMENTS)),
                        SCORES_KILLED.evidence()))
                .expectException(rejectedAt("participants[0].counted"))
                .expectNoEvents();
        fixture.given(DISPUTE_OPENED)
                .when(withClaim(twoEmployers))
                .expectException(rejectedAt("affected[0].counted"))
                .expectNoEvents();
    }

    private static RecordEmployerResponse withClaim(Claim claim) {
        return new RecordEmployerResponse(DISPUTE_ID, "hundreds-fired", HUNDREDS_FIRED.kind(), null, List.of(claim),
                HUNDREDS_FIRED.evidence());
    }
}
