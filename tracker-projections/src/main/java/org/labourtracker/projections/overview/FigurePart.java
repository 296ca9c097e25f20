package org.labourtracker.projections.overview;

import java.util.List;

import org.labourtracker.projections.figures.Spread;

/**
 * One part of a {@link FigureTotal}: an incident of a dispute ({@link TotalMethod#SUM_OF_INCIDENTS}),
 * or a dispute's peak ({@link TotalMethod#SUM_OF_DISPUTE_PEAKS}, {@code incident} null), with the
 * standing records it comes from and its ranges by side, open ends kept.
 *
 * @param disputeId the dispute the part belongs to
 * @param incident  the incident, null for a dispute's peak
 * @param recordIds the standing records the part comes from
 * @param spread    the part's ranges, official and independent apart
 */
public record FigurePart(String disputeId, String incident, List<String> recordIds, Spread spread) {
}
