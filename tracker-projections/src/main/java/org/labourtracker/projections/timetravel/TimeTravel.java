package org.labourtracker.projections.timetravel;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.labourtracker.editorial.EditorialEvent;
import org.labourtracker.projections.figures.Figures;
import org.labourtracker.projections.history.MemoryRecords;
import org.labourtracker.projections.history.RecordFold;
import org.labourtracker.projections.history.Redactor;
import org.labourtracker.projections.history.StoredRecord;
import org.labourtracker.projections.history.StreamEvent;
import org.labourtracker.projections.people.PeopleStore;
import org.labourtracker.projections.people.PeopleViews;
import org.labourtracker.projections.summary.Summaries;
import org.labourtracker.projections.timeline.Timelines;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Answers "what did we know on ...?": reads the dispute's own stream and those of its legal cases
 * from the event store, folds the events recorded by the instant asked for with the same
 * {@link RecordFold} the live read models use, and computes the same views from the result. Which
 * legal cases belong to a dispute comes from the people read model.
 */
@Component
public class TimeTravel {

    private final StreamCache cache;
    private final PeopleStore people;
    private final Clock clock;

    TimeTravel(EventStore eventStore, PeopleStore people, ObjectProvider<Clock> clock,
               @Value("${tracker.projections.time-travel.cached-events:100000}") int cachedEvents) {
        this.cache = new StreamCache(eventStore, cachedEvents);
        this.people = people;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public DisputeSnapshot asKnown(DisputeAsKnownQuery query) {
        String disputeId = query.disputeId();
        MemoryRecords then = new MemoryRecords();
        MemoryRecords now = new MemoryRecords();
        List<String> streams = new ArrayList<>();
        streams.add(disputeId);
        streams.addAll(people.casesOf(disputeId));
        for (String stream : streams) {
            for (StreamEvent event : cache.events(stream)) {
                RecordFold.apply(event, now);
                if (recordedBy(event, query.knownAt()) || event.payload() instanceof EditorialEvent.ConfidentialityChanged) {
                    RecordFold.apply(event, then);
                }
            }
        }
        List<StoredRecord> records = then.records().stream()
                .filter(r -> query.happenedBy() == null || !r.when().on().isAfter(query.happenedBy()))
                .toList();
        if (records.stream().noneMatch(r -> r.streamId().equals(disputeId))) {
            return null;
        }
        Redactor redactor = Redactor.of(query.confidentialVisible(), now.confidentiality(), now.records());
        LocalDate asOf = query.happenedBy() != null ? query.happenedBy() : LocalDate.now(clock);
        return new DisputeSnapshot(disputeId, query.knownAt(), query.happenedBy(),
                Summaries.fromAll(disputeId, records, asOf, redactor),
                Timelines.of(disputeId, records, redactor),
                Figures.of(disputeId, records.stream().filter(r -> !r.claims().isEmpty()).toList(), redactor),
                PeopleViews.of(disputeId, records, redactor));
    }

    private static boolean recordedBy(StreamEvent event, Instant knownAt) {
        return knownAt == null || !event.recordedAt().isAfter(knownAt);
    }
}
