package org.labourtracker.projections.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.labourtracker.projections.Mangystau.DISPUTE;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.labourtracker.projections.Mangystau;
import org.labourtracker.projections.figures.ClaimStatus;
import org.labourtracker.projections.figures.ClaimView;
import org.labourtracker.projections.figures.FigureGroup;
import org.labourtracker.projections.figures.FigureKind;
import org.labourtracker.projections.history.StoredRecord;

/**
 * A dispute's shares of the figure totals, folded record by record: the same whatever order the records
 * come in (a record can be about an earlier day than those before it), and the same groups, ranges and
 * standing records as the dispute's figures view. The records are the 2011 strike in Mangystau with
 * vague figures, counts of employers and a replaced record ({@link VagueCountedAndReplacedTest}), and
 * the killing of Zhaksylyk Turbayev in August 2011, recorded after the shooting of December
 * ({@link RoundInputsTest#turbayevKilled}).
 */
class FigureSharesTest {

    private final Mangystau strike = VagueCountedAndReplacedTest.inWords().add(RoundInputsTest.turbayevKilled());
    private final List<StoredRecord> claimRecords = strike.records().stream().filter(RoundInputs::carriesFigures)
            .toList();

    @Test
    void recordsFoldedInAnyOrderGiveTheSameShares() {
        Map<Overviews.Counted, Overviews.Share> inTimelineOrder = FigureShares.of(DISPUTE,
                claimRecords.stream().sorted(StoredRecord.TIMELINE_ORDER).toList()).shares();
        List<StoredRecord> reversed = new ArrayList<>(claimRecords);
        Collections.reverse(reversed);
        List<StoredRecord> shuffled = new ArrayList<>(claimRecords);
        Collections.shuffle(shuffled, new Random(2011));

        assertThat(FigureShares.of(DISPUTE, reversed).shares()).isEqualTo(inTimelineOrder);
        assertThat(FigureShares.of(DISPUTE, shuffled).shares()).isEqualTo(inTimelineOrder);
        assertThat(FigureShares.of(DISPUTE, claimRecords).records()).isEqualTo(claimRecords.size());
    }

    @Test
    void eachIncidentIsAPartWithTheRangesAndStandingRecordsOfItsGroupInTheFiguresView() {
        Map<Overviews.Counted, Overviews.Share> shares = FigureShares.of(DISPUTE, claimRecords).shares();
        List<FigurePart> expected = new ArrayList<>();
        List<FigurePart> parts = new ArrayList<>();
        for (FigureGroup group : strike.figures(true).groups()) {
            boolean claimed = group.spread().official().claimed() || group.spread().independent().claimed();
            if (claimed && TotalMethod.of(group.kind()) == TotalMethod.SUM_OF_INCIDENTS) {
                expected.add(new FigurePart(DISPUTE, group.incident(), group.claims().stream()
                        .filter(claim -> claim.status() == ClaimStatus.STANDING).map(ClaimView::recordId).distinct()
                        .toList(), group.spread()));
            }
        }
        shares.forEach((counted, share) -> {
            if (TotalMethod.of(counted.kind()) == TotalMethod.SUM_OF_INCIDENTS) {
                parts.addAll(share.listed());
            }
        });

        // the killed (Turbayev in August before the shooting), the injured (the beating was replaced:
        // none), the dismissed and the employers' other actions
        assertThat(parts).hasSize(4).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(shares.get(new Overviews.Counted(FigureKind.KILLED, null))
                .listed()).extracting(FigurePart::incident)
                .containsExactly(RoundInputsTest.TURBAYEV, "Shooting in Zhanaozen town square, 16 December 2011");
    }
}
