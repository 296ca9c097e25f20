package org.labourtracker.projections.timeline;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A page of a dispute's timeline, in the timeline's order; {@code next} is the cursor of the page
 * after it, or null on the last page.
 *
 * @param disputeId the dispute's id
 * @param entries   the page's records, in timeline order
 * @param next      the cursor of the next page (pass it as after), null on the last page
 */
public record TimelinePage(String disputeId, List<TimelineEntry> entries, String next) {

    public TimelinePage withEntries(UnaryOperator<List<TimelineEntry>> change) {
        return new TimelinePage(disputeId, change.apply(entries), next);
    }
}
