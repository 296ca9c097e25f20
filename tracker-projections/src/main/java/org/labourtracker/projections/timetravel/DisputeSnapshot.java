package org.labourtracker.projections.timetravel;

import java.time.Instant;
import java.time.LocalDate;

import org.labourtracker.projections.figures.DisputeFigures;
import org.labourtracker.projections.people.DisputePeople;
import org.labourtracker.projections.summary.DisputeSummary;
import org.labourtracker.projections.timeline.TimelinePage;

/**
 * A dispute as it was known: the same views as the live read models, computed by the same code from
 * the records recorded by {@code knownAt} that happened by {@code happenedBy}. The summary's
 * {@code asOf} is {@code happenedBy} when given, else today.
 *
 * @param disputeId  the dispute's id
 * @param knownAt    the moment of knowledge: only records recorded by then count
 * @param happenedBy the last day of the world that counts, null for every day
 * @param summary    the dispute's summary as known then
 * @param timeline   a page of the dispute's timeline as known then, with the cursor of the next page
 * @param figures    the dispute's figures as known then
 * @param people     the dispute's people and cases as known then
 */
public record DisputeSnapshot(String disputeId, Instant knownAt, LocalDate happenedBy, DisputeSummary summary,
                              TimelinePage timeline, DisputeFigures figures, DisputePeople people) {

    /** The snapshot with these figures (a page of its own, for one). */
    public DisputeSnapshot withFigures(DisputeFigures shown) {
        return new DisputeSnapshot(disputeId, knownAt, happenedBy, summary, timeline, shown, people);
    }
}
