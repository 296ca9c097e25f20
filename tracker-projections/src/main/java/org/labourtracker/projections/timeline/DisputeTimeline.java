package org.labourtracker.projections.timeline;

import java.util.List;
import java.util.Optional;

/**
 * Every record of a dispute and its legal cases, in order of when it happened, then of when it was recorded.
 *
 * @param disputeId the dispute's id
 * @param entries   the records, retracted and merged ones marked
 */
public record DisputeTimeline(String disputeId, List<TimelineEntry> entries) {

    public Optional<TimelineEntry> entry(String recordId) {
        return entries.stream().filter(e -> e.recordId().equals(recordId)).findFirst();
    }
}
