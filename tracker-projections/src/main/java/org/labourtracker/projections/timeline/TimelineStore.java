package org.labourtracker.projections.timeline;

import java.util.List;
import java.util.Map;

import org.labourtracker.dispute.DisputeEvent.DemandRaised;
import org.labourtracker.projections.history.Describe;

import org.labourtracker.projections.history.RecordTable;
import org.labourtracker.projections.history.Redactor;
import org.labourtracker.projections.history.StoredRecord;
import org.labourtracker.projections.history.TimelinePosition;
import org.springframework.stereotype.Component;

/** A dispute's timeline, from the record store: every record of the dispute and its legal cases. */
@Component
public class TimelineStore {

    private final RecordTable table;

    TimelineStore(RecordTable table) {
        this.table = table;
    }

    public RecordTable table() {
        return table;
    }

    /** The dispute's timeline, or null if the read model does not know the dispute. */
    public DisputeTimeline timeline(String disputeId, boolean confidentialVisible) {
        return table.consistently(() -> {
            if (!table.knows(disputeId)) {
                return null;
            }
            List<StoredRecord> records = table.ofDispute(disputeId);
            return Timelines.of(disputeId, records,
                    Redactor.of(confidentialVisible, table.confidentiality(disputeId), records));
        });
    }

    /**
     * A page of the dispute's timeline, or null if the read model does not know the dispute. The page
     * is redacted as the whole timeline would be: by every mention of a person in the dispute.
     */
    public TimelinePage page(String disputeId, TimelinePosition after, int limit, boolean confidentialVisible) {
        return table.consistently(() -> {
            if (!table.knows(disputeId)) {
                return null;
            }
            List<StoredRecord> records = table.page(disputeId, after, limit + 1);
            boolean more = records.size() > limit;
            List<StoredRecord> shown = more ? records.subList(0, limit) : records;
            Redactor redactor = Redactor.of(confidentialVisible, table.confidentiality(disputeId),
                    table.mentioningPeople(disputeId));
            Map<String, String> demandTexts = demandTexts(disputeId);
            return new TimelinePage(disputeId, shown.stream()
                    .map(record -> Timelines.entry(record, redactor, demandTexts)).toList(),
                    more ? TimelinePosition.of(shown.get(shown.size() - 1)).cursor() : null);
        });
    }

    /** One entry as the given reader sees it; the redaction needs all the dispute's mentions. */
    TimelineEntry entry(StoredRecord record, boolean confidentialVisible) {
        return table.consistently(() -> {
            List<StoredRecord> records = table.ofDispute(record.disputeId());
            return Timelines.entry(record,
                    Redactor.of(confidentialVisible, table.confidentiality(record.disputeId()), records),
                    Describe.demandTexts(records));
        });
    }

    /** The words of the dispute's demands, by id, for the headlines of their outcomes. */
    Map<String, String> demandTexts(String disputeId) {
        return Describe.demandTexts(table.ofDispute(disputeId, List.of(DemandRaised.class.getSimpleName())));
    }
}
