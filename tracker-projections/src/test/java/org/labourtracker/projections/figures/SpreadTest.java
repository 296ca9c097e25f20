package org.labourtracker.projections.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.labourtracker.projections.Mangystau.DISPUTE;
import static org.labourtracker.projections.Mangystau.EMANCIPATION;
import static org.labourtracker.projections.Mangystau.OFFICIALS_VIA_WSWS;
import static org.labourtracker.projections.Mangystau.WORKERS_BLOG;
import static org.labourtracker.projections.Mangystau.WSWS;
import static org.labourtracker.projections.Mangystau.ZHANAOZEN;
import static org.labourtracker.projections.Mangystau.evidence;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.labourtracker.dispute.CasualtyKind;
import org.labourtracker.dispute.DetentionKind;
import org.labourtracker.dispute.DisputeEvent.CasualtiesReported;
import org.labourtracker.dispute.DisputeEvent.DetentionsReported;
import org.labourtracker.dispute.DisputeEvent.EmployerResponseRecorded;
import org.labourtracker.dispute.DisputeEvent.StatusChanged;
import org.labourtracker.dispute.DisputeEvent.StrikeRecorded;
import org.labourtracker.dispute.DisputeStatus;
import org.labourtracker.dispute.EmployerResponseKind;
import org.labourtracker.dispute.StrikeKind;
import org.labourtracker.dispute.VictimCategory;
import org.labourtracker.evidence.ActorType;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Counted;
import org.labourtracker.evidence.Evidence;
import org.labourtracker.evidence.Reliability;
import org.labourtracker.evidence.Source;
import org.labourtracker.evidence.SourceKind;
import org.labourtracker.evidence.Vague;
import org.labourtracker.evidence.When;

/**
 * The ranges of the Mangystau figures by side, and what each kind of record counts (see
 * {@link org.labourtracker.projections.Mangystau} for the sources).
 */
class SpreadTest {

    static final Evidence SHOOTING_DAY = evidence(When.day(2011, 12, 16), ZHANAOZEN, WSWS);
    /** The company itself, with a figure of its own (supposed, not reported): an employer speaks for a party. */
    static final Source UZENMUNAYGAS_STATEMENT = new Source("UzenMunayGas", "Statement on the strike", null, null,
            LocalDate.of(2011, 7, 1), "ru", SourceKind.EMPLOYER, Reliability.NOT_USUALLY_RELIABLE, false);

    @Test
    void aRangeRunsFromTheLeastLowToTheGreatestHigh() {
        // officials: "the deaths of 13 workers"; the blog: "at least ten ... up to seventy"
        SideRange range = SideRange.of(List.of(Claim.of(OFFICIALS_VIA_WSWS, 13, 13, 13, "the deaths of 13 workers"),
                Claim.of(WORKERS_BLOG, 10, null, 70, "at least ten; up to seventy")));

        assertThat(range).isEqualTo(new SideRange(10, 70, 2, false, false, false));
    }

    @Test
    void aBestEstimateAloneStandsForBothEnds() {
        // DOMAIN.md: officials gave "64 injured"
        assertThat(SideRange.of(List.of(Claim.of(OFFICIALS_VIA_WSWS, null, 64, null, "64 injured"))))
                .isEqualTo(new SideRange(64, 64, 1, false, false));
    }

    @Test
    void aClaimWithNoUpperNumberLeavesTheRangeOpenAboveAndOneWithNoLowerOpenBelow() {
        // WSWS: "over 70 people were killed"; "as many as 800 wounded"
        assertThat(SideRange.of(List.of(Claim.of(WSWS, 71, null, null, "over 70 people were killed"))))
                .isEqualTo(new SideRange(71, null, 1, false, true));
        assertThat(SideRange.of(List.of(Claim.of(WSWS, null, null, 800, "as many as 800 wounded"))))
                .isEqualTo(new SideRange(null, 800, 1, true, false));
    }

    @Test
    void aVagueClaimGivesTheConventionsRangeMarkedVague() {
        // the blog: "journalists at the scene claim to have seen scores of people gunned down" (as in
        // tracker-core's ZhanaozenInWords fixture); with WSWS's "over 70"
        SideRange range = SideRange.of(List.of(Claim.vague(WORKERS_BLOG, Vague.SCORES, "scores of people gunned down"),
                Claim.of(WSWS, 71, null, null, "over 70 people were killed")));

        assertThat(range).isEqualTo(new SideRange(20, 99, 2, false, true, true));
        assertThat(SideRange.of(List.of())).isEqualTo(SideRange.NONE);
        assertThat(SideRange.NONE.claimed()).isFalse();
    }

    @Test
    void officialsAndEmployersSpeakForTheOfficialSideAndEveryoneElseIsIndependent() {
        Spread spread = Spread.of(List.of(Claim.of(OFFICIALS_VIA_WSWS, 13, 13, 13, "the deaths of 13 workers"),
                Claim.of(UZENMUNAYGAS_STATEMENT, 9, 9, 9, "nine"),
                Claim.of(WSWS, 71, null, null, "over 70 people were killed"),
                Claim.of(EMANCIPATION, 18, null, null, "more than 17 dead")));

        assertThat(spread).isEqualTo(new Spread(new SideRange(9, 13, 2, false, false),
                new SideRange(18, null, 2, false, true)));
    }

    @Test
    void aStrikesClaimCountingEmployersOrEstablishmentsIsAKindOfItsOwn() {
        // WSWS: the strike "in both Zhanaozen (at UzenMunayGas ...) and Aktau (at KarazhanbasMunai ...)"
        StrikeRecorded strike = new StrikeRecorded(DISPUTE, "out-at-two", StrikeKind.SPREAD, null, List.of(),
                SHOOTING_DAY);

        assertThat(FigureKind.of(strike, null)).isEqualTo(FigureKind.WORKERS_OUT);
        assertThat(FigureKind.of(strike, Counted.EMPLOYERS)).isEqualTo(FigureKind.EMPLOYERS_OUT);
        assertThat(FigureKind.of(strike, Counted.ESTABLISHMENTS)).isEqualTo(FigureKind.ESTABLISHMENTS_OUT);
        EmployerResponseRecorded fired = new EmployerResponseRecorded(DISPUTE, "fired", EmployerResponseKind.DISMISSALS,
                null, List.of(), SHOOTING_DAY);
        assertThat(FigureKind.of(fired, Counted.EMPLOYERS)).isEqualTo(FigureKind.DISMISSED);
    }

    @Test
    void eachKindOfRecordCountsItsOwnThingAndAStatusCountsNothing() {
        CasualtiesReported wounded = new CasualtiesReported(DISPUTE, "wounded", "Shooting", CasualtyKind.INJURED,
                List.of(), List.of(), VictimCategory.PROTESTERS, ActorType.STATE_FORCES, SHOOTING_DAY);
        DetentionsReported arrests = new DetentionsReported(DISPUTE, "arrests", "Aktau demonstration, June 2011",
                DetentionKind.ARRESTED, List.of(), List.of(), SHOOTING_DAY);

        assertThat(FigureKind.of(wounded)).isEqualTo(FigureKind.INJURED);
        assertThat(FigureKind.victimsOf(wounded)).isEqualTo(VictimCategory.PROTESTERS);
        assertThat(FigureKind.of(arrests)).isEqualTo(FigureKind.ARRESTED);
        assertThat(FigureKind.incidentOf(arrests)).isEqualTo("Aktau demonstration, June 2011");
        assertThat(FigureKind.victimsOf(arrests)).isNull();
        assertThat(FigureKind.of(new EmployerResponseRecorded(DISPUTE, "r", EmployerResponseKind.REPLACEMENT_WORKERS,
                null, List.of(), SHOOTING_DAY))).isEqualTo(FigureKind.REPLACEMENT_WORKERS);
        assertThat(FigureKind.of(new EmployerResponseRecorded(DISPUTE, "t", EmployerResponseKind.THREATS, null,
                List.of(), SHOOTING_DAY))).isEqualTo(FigureKind.OTHER_EMPLOYER_ACTION);
        assertThat(FigureKind.of(new StatusChanged(DISPUTE, "s", DisputeStatus.ENDED, SHOOTING_DAY))).isNull();
    }
}
