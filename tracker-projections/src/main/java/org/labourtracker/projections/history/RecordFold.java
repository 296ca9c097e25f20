package org.labourtracker.projections.history;

import java.util.Optional;

import org.labourtracker.dispute.DisputeEvent;
import org.labourtracker.editorial.EditorialEvent;
import org.labourtracker.legal.CaseEvent;

/**
 * The one fold of the read side: how an event of a dispute's or a legal case's stream changes the
 * records it is kept as. Live projections and time travel both run their events through here, so
 * they agree by construction.
 */
public final class RecordFold {

    private RecordFold() {
    }

    /**
     * Applies one event. Returns the record that was added or changed, if any: an event that is no
     * record, an edit of a record not known, or a confidentiality change returns nothing.
     */
    public static Optional<StoredRecord> apply(StreamEvent event, RecordAccess store) {
        Object payload = event.payload();
        if (payload instanceof DisputeEvent disputeEvent) {
            store.mapStream(event.streamId(), disputeEvent.disputeId());
            return add(event, disputeEvent.disputeId(), store);
        }
        if (payload instanceof CaseEvent caseEvent) {
            String disputeId;
            if (caseEvent instanceof CaseEvent.CaseOpened opened) {
                disputeId = opened.disputeId();
                store.mapStream(event.streamId(), disputeId);
            } else {
                disputeId = store.disputeOf(event.streamId()).orElse(null);
                if (disputeId == null) {
                    return Optional.empty();
                }
            }
            return add(event, disputeId, store);
        }
        if (payload instanceof EditorialEvent.ConfidentialityChanged changed) {
            store.confidentiality(event.streamId(), changed.personId(), changed.confidential(), event.sequence());
            return Optional.empty();
        }
        if (payload instanceof EditorialEvent edit) {
            Optional<StoredRecord> target = store.find(event.streamId(), edit.targetRecordId());
            if (target.isEmpty() || target.get().hasEdit(edit.recordId())) {
                return Optional.empty();
            }
            StoredRecord edited = target.get().edited(edit, event);
            store.update(edited);
            return Optional.of(edited);
        }
        return Optional.empty();
    }

    private static Optional<StoredRecord> add(StreamEvent event, String disputeId, RecordAccess store) {
        StoredRecord record = StoredRecord.recorded(event, disputeId);
        store.insert(record);
        return Optional.of(record);
    }
}
