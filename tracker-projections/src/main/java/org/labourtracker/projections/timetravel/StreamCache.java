package org.labourtracker.projections.timetravel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.labourtracker.projections.history.StreamEvent;

/**
 * The events of recently asked-for streams, deserialized once. A stream is append-only, so a cached
 * stream is never wrong, only short: each read catches up from the next sequence number. Holds at
 * most {@code maxEvents} events; the streams least recently asked for are dropped first.
 */
final class StreamCache {

    private final EventStore eventStore;
    private final int maxEvents;
    private final LinkedHashMap<String, List<StreamEvent>> streams = new LinkedHashMap<>(16, 0.75f, true);
    private int cachedEvents;

    StreamCache(EventStore eventStore, int maxEvents) {
        this.eventStore = eventStore;
        this.maxEvents = maxEvents;
    }

    /** Every event of the stream recorded so far, in order. */
    List<StreamEvent> events(String streamId) {
        List<StreamEvent> known;
        synchronized (this) {
            known = streams.get(streamId);
            known = known == null ? List.of() : List.copyOf(known);
        }
        long next = known.isEmpty() ? 0 : known.get(known.size() - 1).sequence() + 1;
        List<StreamEvent> fresh = new ArrayList<>();
        DomainEventStream stream = eventStore.readEvents(streamId, next);
        while (stream.hasNext()) {
            fresh.add(StreamEvent.of(stream.next()));
        }
        if (fresh.isEmpty()) {
            return known;
        }
        List<StreamEvent> all = new ArrayList<>(known.size() + fresh.size());
        all.addAll(known);
        all.addAll(fresh);
        synchronized (this) {
            List<StreamEvent> previous = streams.put(streamId, all);
            cachedEvents += all.size() - (previous == null ? 0 : previous.size());
            var oldest = streams.entrySet().iterator();
            while (cachedEvents > maxEvents && oldest.hasNext()) {
                Map.Entry<String, List<StreamEvent>> entry = oldest.next();
                if (entry.getKey().equals(streamId)) {
                    continue;
                }
                cachedEvents -= entry.getValue().size();
                oldest.remove();
            }
        }
        return all;
    }
}
