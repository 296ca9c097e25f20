package org.labourtracker.projections.timeline;

import org.labourtracker.projections.history.TimelinePosition;

/**
 * Asks for one page of a dispute's timeline ({@link TimelinePage}, or null for an unknown dispute):
 * up to {@code limit} entries after {@code after}, or from the first when it is null.
 *
 * @param confidentialVisible whether the reader may see confidential names and sources
 */
public record DisputeTimelinePageQuery(String disputeId, TimelinePosition after, int limit,
                                       boolean confidentialVisible) {
}
