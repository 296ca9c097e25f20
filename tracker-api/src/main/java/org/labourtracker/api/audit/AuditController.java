package org.labourtracker.api.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.labourtracker.api.problem.InvalidRequest;
import org.labourtracker.api.reading.Paging;
import org.labourtracker.api.reading.Views;
import org.labourtracker.api.transparency.LogProofs;
import org.labourtracker.evidence.StreamNotFound;
import org.labourtracker.projections.timeline.RecordChange;
import org.labourtracker.projections.timetravel.DisputeAsKnownQuery;
import org.labourtracker.projections.timetravel.DisputeSnapshot;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.swagger.v3.oas.annotations.Parameter;

/**
 * What auditors read: a stream's raw events with all metadata, the global change feed in store
 * order for those who mirror the data, each with its leaf index in the transparency log, and the
 * integrity check of the hash chains and the log.
 */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    private static final int MAX_PAGE = 1_000;

    private final EventStore eventStore;
    private final EventStorageEngine storage;
    private final IntegrityCheck integrity;
    private final ObjectMapper json;
    private final Views views;
    private final LogProofs proofs;

    AuditController(EventStore eventStore, EventStorageEngine storage, IntegrityCheck integrity, ObjectMapper json,
                    Views views, LogProofs proofs) {
        this.views = views;
        this.proofs = proofs;
        this.eventStore = eventStore;
        this.storage = storage;
        this.integrity = integrity;
        this.json = json;
    }

    /**
     * The events of one dispute or legal case in stream order, {@code limit} at a time from sequence
     * number {@code from}, with the stream's version as ETag; a {@code Link} header ({@code rel="next"})
     * names the following page while there is one.
     */
    @GetMapping("/streams/{streamId}")
    ResponseEntity<List<StoredEvent>> stream(@PathVariable String streamId,
                                             @Parameter(description = "the first sequence number to give; 0 by default")
                                             @RequestParam(defaultValue = "0") long from,
                                             @Parameter(description = "how many events at most, 1 to 1000")
                                             @RequestParam(defaultValue = "1000") int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidRequest("limit", "must be between 1 and " + MAX_PAGE);
        }
        if (from < 0) {
            throw new InvalidRequest("from", "must not be negative");
        }
        long version = storage.lastSequenceNumberFor(streamId)
                .orElseThrow(() -> new StreamNotFound("streamId", "no dispute or legal case has this id"));
        List<DomainEventMessage<?>> page = eventStore.readEvents(streamId, from).asStream()
                .limit(limit).<DomainEventMessage<?>>map(event -> event).toList();
        Map<String, Long> leaves = proofs.leafIndexesOfEvents(Map.of(streamId,
                page.stream().map(DomainEventMessage::getSequenceNumber).toList()));
        Map<Long, Long> leafBySequence = new HashMap<>();
        page.forEach(event -> {
            Long leaf = leaves.get(streamId + "/" + event.getSequenceNumber());
            if (leaf != null) {
                leafBySequence.put(event.getSequenceNumber(), leaf);
            }
        });
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().eTag(Long.toString(version));
        if (!page.isEmpty() && page.get(page.size() - 1).getSequenceNumber() < version) {
            long next = page.get(page.size() - 1).getSequenceNumber() + 1;
            answer.header(HttpHeaders.LINK, "<" + ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam("from", next).replaceQueryParam("limit", limit).build().toUriString()
                    + ">; rel=\"next\"");
        }
        return answer.body(page.stream().map(event -> StoredEvent.of(event, Map.of(), leafBySequence)).toList());
    }

    /**
     * Stored events in the order the store assigned them, and the cursor to ask for the next ones.
     *
     * @param events the stored events, in store order
     * @param next   pass back as after for the next page; the same cursor when nothing came
     */
    record ChangePage(List<StoredEvent> events, String next) {
    }

    /**
     * Events in the order the store assigned them, {@code limit} at a time. The cursor remembers
     * positions that were still in flight, so that a record committed late is not skipped.
     */
    @GetMapping("/changes")
    ChangePage changes(@Parameter(description = "the cursor given as next; none to start from the first event")
                       @RequestParam(required = false) String after,
                       @Parameter(description = "how many events at most, 1 to 1000")
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
        Map<Long, Long> leaves = proofs.leafIndexes(page.stream()
                .map(event -> event.trackingToken().position().orElse(-1)).toList());
        return new ChangePage(page.stream().map(event -> StoredEvent.of(event, leaves, Map.of())).toList(),
                encode(last));
    }

    /**
     * A dispute as it was known: only what was recorded by {@code knownAt} (an instant, or a date
     * meaning the end of that day in UTC), and of that only what happened by {@code happenedBy}. The
     * timeline comes {@code limit} records at a time, in the timeline's order; its {@code next} is the
     * cursor of the following page (ask again with the same times). The figures come a page of groups at a
     * time too ({@code figures.next}, passed back as {@code figuresAfter}), each group with its first
     * {@code claimsPerGroup} claims and how many it has.
     */
    @GetMapping("/disputes/{disputeId}/as-known")
    DisputeSnapshot asKnown(@PathVariable String disputeId,
                            @Parameter(description = "an instant, or a date meaning the end of that day in UTC: only "
                                    + "what was recorded by then; now when left out")
                            @RequestParam(required = false) String knownAt,
                            @Parameter(description = "a date: only what happened by then; every day when left out")
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate happenedBy,
                            @Parameter(description = "the cursor given as the timeline's next; none to start from the "
                                    + "first record")
                            @RequestParam(required = false) String after,
                            @Parameter(description = "how many records of the timeline, and groups of figures, at "
                                    + "most, 1 to 1000")
                            @RequestParam(defaultValue = "100") int limit,
                            @Parameter(description = "the cursor given as the figures' next; none to start from the "
                                    + "first group")
                            @RequestParam(required = false) String figuresAfter,
                            @Parameter(description = "how many claims of each group of figures at most, 0 to 1000")
                            @RequestParam(defaultValue = "100") int claimsPerGroup) {
        DisputeSnapshot snapshot = views.asKnown(new DisputeAsKnownQuery(disputeId,
                RecordingTimes.end(knownAt, "knownAt"), happenedBy, Paging.afterInTimeline(after), Paging.limit(limit),
                true));
        return snapshot.withFigures(Paging.figures(snapshot.figures(), "figuresAfter", figuresAfter, limit,
                claimsPerGroup));
    }

    /**
     * What changed in what was known about a dispute: the records added and the corrections,
     * retractions and merges recorded after {@code from} and up to {@code to} (instants, times in UTC,
     * or dates: from the start of the first day to the end of the last), in the order recorded.
     * Either may be left out. They come {@code limit} at a time; a {@code Link} header
     * ({@code rel="next"}) names the following page while there is one.
     */
    @GetMapping("/disputes/{disputeId}/changes")
    ResponseEntity<List<RecordChange>> changesOfDispute(@PathVariable String disputeId,
                                        @Parameter(description = "an instant, a time in UTC or a date: changes "
                                                + "recorded after it; from the first when left out")
                                        @RequestParam(required = false) String from,
                                        @Parameter(description = "an instant, a time in UTC or a date (to its end): "
                                                + "changes recorded up to it; to the last when left out")
                                        @RequestParam(required = false) String to,
                                        @Parameter(description = "the cursor in the Link header's next page; none to "
                                                + "start from the first change")
                                        @RequestParam(required = false) String after,
                                        @Parameter(description = "how many changes at most, 1 to 1000")
                                        @RequestParam(defaultValue = "100") int limit) {
        Paging.limit(limit);
        Instant start = RecordingTimes.start(from, "from");
        Instant end = RecordingTimes.end(to, "to");
        if (start != null && end != null && start.isAfter(end)) {
            throw new InvalidRequest("from", "must not be after to");
        }
        List<RecordChange> changes = RecordChange.between(views.timeline(disputeId, true), start, end);
        Paging.Page<RecordChange> page = Paging.page(changes, changes.stream().map(change -> change.record().streamId()
                + "/" + change.record().recordId() + "/" + (change.edit() == null ? "" : change.edit().recordId()))
                .toList(), after, limit);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (page.next() != null) {
            answer.header(HttpHeaders.LINK, "<" + ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam("after", page.next()).replaceQueryParam("limit", limit).build().toUriString()
                    + ">; rel=\"next\"");
        }
        return answer.body(page.items());
    }

    /**
     * Checks the whole store (or one stream) against its hash chain and the transparency log: every
     * record altered, missing, reordered or added behind the application's back, and whether the latest
     * checkpoint matches the log.
     */
    @GetMapping("/integrity")
    IntegrityCheck.Report integrity(@Parameter(description = "one dispute's or legal case's stream; the whole store when left out")
                                    @RequestParam(required = false) String streamId) {
        return integrity.verify(streamId);
    }

    /** The same check, also holding the log against a signed checkpoint the auditor kept (the body, as served). */
    @PostMapping(path = "/integrity", consumes = MediaType.TEXT_PLAIN_VALUE)
    IntegrityCheck.Report integrityAgainst(@RequestBody String checkpoint,
                                           @Parameter(description = "one dispute's or legal case's stream; the whole store when left out")
                                           @RequestParam(required = false) String streamId) {
        return integrity.verify(streamId, checkpoint);
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
