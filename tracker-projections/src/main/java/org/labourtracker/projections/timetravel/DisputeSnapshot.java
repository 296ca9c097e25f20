package org.labourtracker.projections.timetravel;

import java.time.Instant;
import java.time.LocalDate;

import org.labourtracker.projections.figures.DisputeFigures;
import org.labourtracker.projections.people.DisputePeople;
import org.labourtracker.projections.summary.DisputeSummary;
import org.labourtracker.projections.timeline.DisputeTimeline;

/**
 * A dispute as it was known: the same views as the live read models, computed by the same code from
 * the records recorded by {@code knownAt} that happened by {@code happenedBy}. The summary's
 * {@code asOf} is {@code happenedBy} when given, else today.
 */
public record DisputeSnapshot(String disputeId, Instant knownAt, LocalDate happenedBy, DisputeSummary summary,
                              DisputeTimeline timeline, DisputeFigures figures, DisputePeople people) {
}
