package org.labourtracker.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.labourtracker.projections.figures.FigureKind;
import org.labourtracker.projections.figures.SideRange;
import org.labourtracker.projections.figures.Spread;
import org.labourtracker.projections.overview.FigurePart;
import org.labourtracker.projections.overview.FigureTotal;
import org.labourtracker.projections.overview.SideTotal;
import org.labourtracker.projections.overview.TotalMethod;

/**
 * The overview says beside each total how it was made, so that a sum of incidents is never read as one
 * incident's figure: the Zhanaozen shooting of 16 December 2011 (official 10-13 killed, independent
 * 10-70+) and the shooting at Shetpe the next day (1 killed), and the peaks of the 2011 and 2021 strikes.
 */
class TotalMethodWordsTest {

    private final Formats fmt = new Formats();

    @Test
    void killedInTwoIncidentsAreSaidToBeAddedUpIncidentByIncident() {
        FigureTotal killed = total(FigureKind.KILLED, TotalMethod.SUM_OF_INCIDENTS,
                part("mangystau-oil-strike-2011", "Zhanaozen shooting, 16 December 2011"),
                part("mangystau-oil-strike-2011", "Shetpe, 17 December 2011"));

        assertThat(fmt.method(killed)).isEqualTo("2 incidents added up");
        assertThat(fmt.total(killed.independent())).isEqualTo("11–71+");
    }

    @Test
    void incidentsOfTwoDisputesSaySo() {
        FigureTotal arrested = total(FigureKind.ARRESTED, TotalMethod.SUM_OF_INCIDENTS,
                part("mangystau-oil-strike-2011", "Zhanaozen shooting, 16 December 2011"),
                part("mangystau-oil-strike-2011", "Aktau, June 2011"),
                part("zhanaozen-strikes-2021", "Zhanaozen, 2021"));

        assertThat(fmt.method(arrested)).isEqualTo("3 incidents in 2 disputes added up");
    }

    @Test
    void headCountsAreEachDisputesPeakAndOneIncidentIsNotCalledASum() {
        assertThat(fmt.method(total(FigureKind.WORKERS_OUT, TotalMethod.SUM_OF_DISPUTE_PEAKS,
                part("mangystau-oil-strike-2011", null), part("zhanaozen-strikes-2021", null))))
                .isEqualTo("2 disputes' peaks added up");
        assertThat(fmt.method(total(FigureKind.KILLED, TotalMethod.SUM_OF_INCIDENTS,
                part("mangystau-oil-strike-2011", "Zhanaozen shooting, 16 December 2011"))))
                .isEqualTo("one incident");
    }

    private static FigurePart part(String disputeId, String incident) {
        return new FigurePart(disputeId, incident, List.of("record"), new Spread(SideRange.NONE, SideRange.NONE));
    }

    private static FigureTotal total(FigureKind kind, TotalMethod method, FigurePart... parts) {
        return new FigureTotal(kind, null, new SideTotal(10, 13, parts.length, 0, 0, false, false),
                new SideTotal(11, 71, parts.length, 0, 0, false, true), method,
                (int) Arrays.stream(parts).map(FigurePart::disputeId).distinct().count(), parts.length, List.of(parts));
    }
}
