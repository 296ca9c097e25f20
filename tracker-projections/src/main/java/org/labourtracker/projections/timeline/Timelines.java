package org.labourtracker.projections.timeline;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.labourtracker.dispute.DisputeEvent;
import org.labourtracker.evidence.Evidence;
import org.labourtracker.legal.CaseEvent;
import org.labourtracker.projections.history.Describe;
import org.labourtracker.projections.history.Redactor;
import org.labourtracker.projections.history.StoredRecord;

/** Computes timelines from records: pure, for the live view and time travel alike. */
public final class Timelines {

    private Timelines() {
    }

    public static DisputeTimeline of(String disputeId, Collection<StoredRecord> records, Redactor redactor) {
        Map<String, String> demandTexts = Describe.demandTexts(records);
        return new DisputeTimeline(disputeId, records.stream()
                .sorted(StoredRecord.TIMELINE_ORDER)
                .map(record -> entry(record, redactor, demandTexts))
                .toList());
    }

    /** One entry; {@code demandTexts} are the words of the dispute's demands ({@link Describe#demandTexts}). */
    public static TimelineEntry entry(StoredRecord record, Redactor redactor, Map<String, String> demandTexts) {
        Evidence evidence = record.evidence();
        List<EditNote> edits = record.edits().stream()
                .map(e -> new EditNote(e.recordId(), e.kind(), e.reason(), e.recordedAt(), e.recordedBy(),
                        redactor.correction(e.correction()), e.keptRecordId()))
                .toList();
        Original original = null;
        if (record.isCorrected()) {
            Evidence first = first(record.payload());
            original = new Original(first.when(), first.where(), redactor.sources(first.sources()),
                    redactor.claims(firstClaims(record)), first.notes());
        }
        return new TimelineEntry(record.streamId(), record.recordId(), record.sequence(), record.type(),
                Describe.headline(record.payload(), demandTexts), evidence.when(), evidence.where(),
                redactor.sources(evidence.sources()), redactor.claims(record.claims()),
                redactor.people(record.people()), evidence.notes(), Describe.details(record.payload(), redactor),
                record.recordedAt(), record.recordedBy(), record.standing(), record.mergedInto(), edits, original, null);
    }

    private static Evidence first(Object payload) {
        if (payload instanceof DisputeEvent e) {
            return e.evidence();
        }
        return ((CaseEvent) payload).evidence();
    }

    private static List<org.labourtracker.evidence.Claim> firstClaims(StoredRecord record) {
        return record.payload() instanceof DisputeEvent e && e.claims() != null ? e.claims() : List.of();
    }

}
