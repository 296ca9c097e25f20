package org.labourtracker.projections.timetravel;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.labourtracker.projections.figures.DisputeFigures;
import org.labourtracker.projections.figures.Figures;
import org.labourtracker.projections.history.Confidentiality;
import org.labourtracker.projections.history.Describe;
import org.labourtracker.projections.history.MemoryRecords;
import org.labourtracker.projections.history.RecordFold;
import org.labourtracker.projections.history.Redactor;
import org.labourtracker.projections.history.StoredRecord;
import org.labourtracker.projections.history.StreamEvent;
import org.labourtracker.projections.history.TimelinePosition;
import org.labourtracker.projections.history.ViewCache;
import org.labourtracker.projections.people.DisputePeople;
import org.labourtracker.projections.people.PeopleStore;
import org.labourtracker.projections.people.PeopleViews;
import org.labourtracker.projections.summary.DisputeSummary;
import org.labourtracker.projections.summary.Summaries;
import org.labourtracker.projections.timeline.TimelineEntry;
import org.labourtracker.projections.timeline.TimelinePage;
import org.labourtracker.projections.timeline.Timelines;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Answers "what did we know on ...?": reads the dispute's own stream and those of its legal cases
 * from the event store, folds the events recorded by the instant asked for with the same
 * {@link RecordFold} the live read models use, and computes the same views from the result. Which
 * legal cases belong to a dispute comes from the people read model.
 * <p>
 * The folded records are a function of the streams' events and the instants asked for, so they are
 * kept, unredacted, per dispute and instants while the streams are as long as they were
 * ({@link ViewCache}): a record recorded later, or imported later with the time it was first recorded
 * elsewhere, lengthens a stream and is taken in. Redaction follows today's confidentiality marks, which
 * are folded from every event of the streams; so the redacted views (summary, figures, people) are kept
 * per kind of reader under the same lengths, and only the timeline's page is drawn per request.
 */
@Component
public class TimeTravel {

    private final StreamCache cache;
    private final PeopleStore people;
    private final Clock clock;
    private final ViewCache views;

    TimeTravel(EventStore eventStore, PeopleStore people, ViewCache views, ObjectProvider<Clock> clock,
               @Value("${tracker.projections.time-travel.cached-events:100000}") int cachedEvents) {
        this.cache = new StreamCache(eventStore, cachedEvents);
        this.people = people;
        this.views = views;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public DisputeSnapshot asKnown(DisputeAsKnownQuery query) {
        String disputeId = query.disputeId();
        Map<String, List<StreamEvent>> streams = new LinkedHashMap<>();
        streams.put(disputeId, cache.events(disputeId));
        people.casesOf(disputeId).forEach(caseId -> streams.put(caseId, cache.events(caseId)));
        List<StoredRecord> records = records(query, streams);
        if (records.stream().noneMatch(r -> r.streamId().equals(disputeId))) {
            return null;
        }
        Marks today = marks(disputeId, streams);
        Redactor redactor = Redactor.of(query.confidentialVisible(), today.confidentiality(), today.mentions());
        LocalDate asOf = query.happenedBy() != null ? query.happenedBy() : LocalDate.now(clock);
        // the views follow from the records and today's marks, both kept for the streams' lengths; so are they
        ViewCache.Slot slot = new ViewCache.Slot("views known " + query.knownAt() + " happened by "
                + query.happenedBy() + " as of " + asOf, disputeId, query.confidentialVisible());
        Known known = views.get(slot, lengths(streams), () -> new ViewCache.Computed<>(new Known(
                Summaries.fromAll(disputeId, records, asOf, redactor),
                Figures.of(disputeId, records.stream().filter(r -> !r.claims().isEmpty()).toList(), redactor),
                PeopleViews.of(disputeId, records, redactor),
                Describe.demandTexts(records)), records.size() + 1));
        return new DisputeSnapshot(disputeId, query.knownAt(), query.happenedBy(), known.summary(),
                page(disputeId, records, query, redactor, known.demandTexts()), known.figures(), known.people());
    }

    /** The records known then that happened by the day asked for, in timeline order. */
    private List<StoredRecord> records(DisputeAsKnownQuery query, Map<String, List<StreamEvent>> streams) {
        ViewCache.Slot slot = new ViewCache.Slot("known " + query.knownAt() + " happened by " + query.happenedBy(),
                query.disputeId(), true);
        // kept for the streams it was folded from, as long as they are: a case not yet in the store must not
        // stay left out, nor a record imported later with the time it was first recorded elsewhere
        String version = lengths(streams);
        return views.get(slot, version, () -> {
            List<StoredRecord> records = folded(query, streams);
            return new ViewCache.Computed<>(records, records.size() + 1);
        });
    }

    private static List<StoredRecord> folded(DisputeAsKnownQuery query, Map<String, List<StreamEvent>> streams) {
        MemoryRecords then = new MemoryRecords();
        streams.values().forEach(events -> events.stream()
                .filter(event -> query.knownAt() == null || !event.recordedAt().isAfter(query.knownAt()))
                .forEach(event -> RecordFold.apply(event, then)));
        return then.records().stream()
                .filter(r -> query.happenedBy() == null || !r.when().on().isAfter(query.happenedBy()))
                .sorted(StoredRecord.TIMELINE_ORDER)
                .toList();
    }

    /** Today's confidentiality marks: the changes in force and every mention of a person, of every record. */
    private Marks marks(String disputeId, Map<String, List<StreamEvent>> streams) {
        return views.get(new ViewCache.Slot("marks as known", disputeId, true), lengths(streams), () -> {
            MemoryRecords now = new MemoryRecords();
            streams.values().forEach(events -> events.forEach(event -> RecordFold.apply(event, now)));
            Marks today = new Marks(now.confidentiality(),
                    now.records().stream().filter(r -> !r.people().isEmpty()).toList());
            return new ViewCache.Computed<>(today, today.mentions().size() + 1);
        });
    }

    private static TimelinePage page(String disputeId, List<StoredRecord> records, DisputeAsKnownQuery query,
                                     Redactor redactor, Map<String, String> demandTexts) {
        List<StoredRecord> shown = records.stream()
                .filter(r -> query.after() == null || query.after().precedes(r))
                .limit(query.limit() + 1L)
                .toList();
        boolean more = shown.size() > query.limit();
        List<StoredRecord> page = more ? shown.subList(0, query.limit()) : shown;
        List<TimelineEntry> entries = page.stream().map(r -> Timelines.entry(r, redactor, demandTexts)).toList();
        return new TimelinePage(disputeId, entries,
                more ? TimelinePosition.of(page.get(page.size() - 1)).cursor() : null);
    }

    /** Each stream and how many events it has. */
    private static String lengths(Map<String, List<StreamEvent>> streams) {
        StringBuilder lengths = new StringBuilder();
        streams.forEach((stream, events) -> lengths.append(stream).append(':').append(events.size()).append(' '));
        return lengths.toString();
    }

    /** The views of what was known, redacted for one kind of reader. */
    private record Known(DisputeSummary summary, DisputeFigures figures, DisputePeople people,
                         Map<String, String> demandTexts) {
    }

    /** Confidentiality as of today: the changes in force and every mention of a person. */
    private record Marks(Confidentiality confidentiality, List<StoredRecord> mentions) {
    }
}
