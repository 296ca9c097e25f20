package org.labourtracker.projections.timeline;

import java.util.List;
import java.util.Map;

import org.labourtracker.dispute.DisputeEvent.DemandRaised;
import org.labourtracker.projections.history.Confidentiality;
import org.labourtracker.projections.history.Describe;

import org.labourtracker.projections.history.RecordTable;
import org.labourtracker.projections.history.Redactor;
import org.labourtracker.projections.history.StoredRecord;
import org.labourtracker.projections.history.TimelinePosition;
import org.labourtracker.projections.history.ViewCache;
import org.springframework.stereotype.Component;

/** A dispute's timeline, from the record store: every record of the dispute and its legal cases. */
@Component
public class TimelineStore {

    private final RecordTable table;
    private final ViewCache views;

    TimelineStore(RecordTable table, ViewCache views) {
        this.table = table;
        this.views = views;
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
            // a page is kept as drawn while the dispute is unchanged: readers of a long timeline ask for the same pages
            ViewCache.Slot slot = new ViewCache.Slot("timeline-page " + (after == null ? "first" : after.cursor())
                    + " " + limit, disputeId, confidentialVisible);
            return views.get(slot, table.version(disputeId), () -> {
                List<StoredRecord> records = table.page(disputeId, after, limit + 1);
                boolean more = records.size() > limit;
                List<StoredRecord> shown = more ? records.subList(0, limit) : records;
                Context context = context(disputeId);
                Redactor redactor = Redactor.of(confidentialVisible, context.confidentiality(), context.mentions());
                TimelinePage page = new TimelinePage(disputeId, shown.stream()
                        .map(record -> Timelines.entry(record, redactor, context.demandTexts())).toList(),
                        more ? TimelinePosition.of(shown.get(shown.size() - 1)).cursor() : null);
                return new ViewCache.Computed<>(page, shown.size() + 1L);
            });
        });
    }

    /** The records recorded last over every dispute, the latest first, as the reader may see them. */
    public RecentRecords recent(int limit, boolean confidentialVisible) {
        return table.consistently(() -> new RecentRecords(table.recordedLast(limit).stream()
                .map(record -> new RecentRecords.Recent(record.disputeId(), entry(record, confidentialVisible)))
                .toList()));
    }

    /** One entry as the given reader sees it; the redaction needs all the dispute's mentions. */
    public TimelineEntry entry(StoredRecord record, boolean confidentialVisible) {
        return table.consistently(() -> {
            Context context = context(record.disputeId());
            return Timelines.entry(record,
                    Redactor.of(confidentialVisible, context.confidentiality(), context.mentions()),
                    context.demandTexts());
        });
    }

    /**
     * What any entry of the dispute needs besides its record, the same for every reader: every mention
     * of a person (for the redaction) and the words of the demands, by id (for the headlines of their
     * outcomes). Kept while the dispute is unchanged, so that each page does not read them again.
     */
    private record Context(Confidentiality confidentiality, List<StoredRecord> mentions,
                           Map<String, String> demandTexts) {
    }

    private Context context(String disputeId) {
        return views.get(new ViewCache.Slot("timeline-context", disputeId, true), table.version(disputeId), () -> {
            List<StoredRecord> mentions = table.mentioningPeople(disputeId);
            Map<String, String> demandTexts = Describe.demandTexts(
                    table.ofDispute(disputeId, List.of(DemandRaised.class.getSimpleName())));
            return new ViewCache.Computed<>(new Context(table.confidentiality(disputeId), mentions, demandTexts),
                    mentions.size() + demandTexts.size());
        });
    }
}
