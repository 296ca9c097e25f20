package org.labourtracker.projections.timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A change to what was known about a dispute: a record added, or a correction, retraction or merge
 * of one. The record is shown as it stands now; what a correction changed is in its edit.
 *
 * @param recordedAt when the change was recorded
 * @param recordedBy who recorded it
 * @param record     the record added or edited
 * @param edit       the correction, retraction or merge; absent when the record itself was added
 */
public record RecordChange(Instant recordedAt, String recordedBy, TimelineEntry record, EditNote edit) {

    /**
     * The changes recorded after {@code from} and up to {@code to} (either may be null: open), in the
     * order recorded.
     */
    public static List<RecordChange> between(DisputeTimeline timeline, Instant from, Instant to) {
        List<RecordChange> changes = new ArrayList<>();
        for (TimelineEntry entry : timeline.entries()) {
            if (within(entry.recordedAt(), from, to)) {
                changes.add(new RecordChange(entry.recordedAt(), entry.recordedBy(), entry, null));
            }
            for (EditNote edit : entry.edits()) {
                if (within(edit.recordedAt(), from, to)) {
                    changes.add(new RecordChange(edit.recordedAt(), edit.recordedBy(), entry, edit));
                }
            }
        }
        changes.sort(Comparator.comparing(RecordChange::recordedAt));
        return changes;
    }

    private static boolean within(Instant recordedAt, Instant from, Instant to) {
        return (from == null || recordedAt.isAfter(from)) && (to == null || !recordedAt.isAfter(to));
    }
}
