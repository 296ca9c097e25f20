package org.labourtracker.projections.timeline;

import java.util.List;

import org.labourtracker.projections.history.RecordTable;
import org.labourtracker.projections.history.Redactor;
import org.labourtracker.projections.history.StoredRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The timeline read model's tables: every record of every dispute and legal case. */
@Component
public class TimelineStore {

    private final RecordTable table;

    TimelineStore(JdbcTemplate jdbc) {
        this.table = new RecordTable(jdbc, "rm_timeline", payload -> true);
    }

    public RecordTable table() {
        return table;
    }

    /** The dispute's timeline, or null if the read model does not know the dispute. */
    public DisputeTimeline timeline(String disputeId, boolean confidentialVisible) {
        if (!table.knows(disputeId)) {
            return null;
        }
        List<StoredRecord> records = table.ofDispute(disputeId);
        return Timelines.of(disputeId, records, Redactor.of(confidentialVisible, table.confidentiality(disputeId), records));
    }

    /** One entry as the given reader sees it; the redaction needs all the dispute's mentions. */
    TimelineEntry entry(StoredRecord record, boolean confidentialVisible) {
        List<StoredRecord> records = table.ofDispute(record.disputeId());
        return Timelines.entry(record,
                Redactor.of(confidentialVisible, table.confidentiality(record.disputeId()), records));
    }
}
