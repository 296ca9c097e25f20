package org.labourtracker.api.audit;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.labourtracker.api.problem.InvalidRequest;
import org.labourtracker.evidence.StreamNotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What auditors read: a stream's raw events with all metadata, the global change feed in store
 * order for those who mirror the data, and the integrity check of the hash chains.
 */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    private static final int MAX_PAGE = 1_000;

    private final EventStore eventStore;
    private final EventStorageEngine storage;
    private final IntegrityCheck integrity;
    private final ObjectMapper json;

    AuditController(EventStore eventStore, EventStorageEngine storage, IntegrityCheck integrity, ObjectMapper json) {
        this.eventStore = eventStore;
        this.storage = storage;
        this.integrity = integrity;
        this.json = json;
    }

    /** Every event of one dispute or legal case, in stream order, with its version as ETag. */
    @GetMapping("/streams/{streamId}")
    ResponseEntity<List<StoredEvent>> stream(@PathVariable String streamId) {
        List<StoredEvent> events = eventStore.readEvents(streamId).asStream().map(StoredEvent::of).toList();
        if (events.isEmpty()) {
            throw new StreamNotFound("streamId", "no dispute or legal case has this id");
        }
        return ResponseEntity.ok().eTag(Long.toString(events.get(events.size() - 1).sequenceNumber())).body(events);
    }

    record ChangePage(List<StoredEvent> events, String next) {
    }

    /**
     * Events in the order the store assigned them, {@code limit} at a time. The cursor remembers
     * positions that were still in flight, so that a record committed late is not skipped.
     */
    @GetMapping("/changes")
    ChangePage changes(@RequestParam(required = false) String after,
                       @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidRequest("limit", "must be between 1 and " + MAX_PAGE);
        }
        TrackingToken position = decode(after);
        List<TrackedEventMessage<?>> page;
        try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(position, false)) {
            page = events.limit(limit).<TrackedEventMessage<?>>map(event -> event).toList();
        }
        TrackingToken last = page.isEmpty() ? position : page.get(page.size() - 1).trackingToken();
        return new ChangePage(page.stream().map(StoredEvent::of).toList(), encode(last));
    }

    @GetMapping("/integrity")
    IntegrityCheck.Report integrity(@RequestParam(required = false) String streamId) {
        return integrity.verify(streamId);
    }

    private String encode(TrackingToken token) {
        if (!(token instanceof GapAwareTrackingToken gapAware)) {
            return null;
        }
        ObjectNode cursor = json.createObjectNode().put("index", gapAware.getIndex());
        gapAware.getGaps().forEach(cursor.putArray("gaps")::add);
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(cursor.toString().getBytes(StandardCharsets.UTF_8));
    }

    private TrackingToken decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            JsonNode node = json.readTree(Base64.getUrlDecoder().decode(cursor));
            TreeSet<Long> gaps = new TreeSet<>();
            node.path("gaps").forEach(gap -> gaps.add(gap.asLong()));
            if (!node.path("index").canConvertToLong()) {
                throw new IllegalArgumentException("no index");
            }
            return GapAwareTrackingToken.newInstance(node.path("index").asLong(), gaps);
        } catch (Exception e) {
            throw new InvalidRequest("after", "is not a cursor given by this feed");
        }
    }
}
