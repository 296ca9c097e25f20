package org.labourtracker.projections.overview;

import org.labourtracker.projections.figures.FigureKind;

/** How a {@link FigureTotal} puts its parts together. */
public enum TotalMethod {
    /**
     * Each incident's range added to the others': the people killed, injured, arrested, dismissed in
     * one incident are not the ones of another, so counts of separate incidents add up.
     */
    SUM_OF_INCIDENTS,
    /**
     * Each dispute's peak added to the others': a head count of workers out or of protesters (or of
     * the employers or establishments on strike) is a
     * count at a moment, and the same people are counted again at the next moment (when a strike
     * starts, spreads and ends, or at each demonstration), so it cannot be added across time. Per
     * dispute and side the peak is at least the greatest low any record gives and at most the greatest
     * high (no less than that low); open above if any record gives no upper number. Peaks of
     * different disputes are added, as different disputes are different groups of workers.
     */
    SUM_OF_DISPUTE_PEAKS;

    public static TotalMethod of(FigureKind kind) {
        return switch (kind) {
            case WORKERS_OUT, EMPLOYERS_OUT, ESTABLISHMENTS_OUT, PARTICIPANTS -> SUM_OF_DISPUTE_PEAKS;
            default -> SUM_OF_INCIDENTS;
        };
    }
}
