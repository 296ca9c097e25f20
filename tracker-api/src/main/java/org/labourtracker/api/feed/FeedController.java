package org.labourtracker.api.feed;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.labourtracker.api.problem.InvalidRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import com.fasterxml.jackson.databind.JsonNode;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The change feed as CloudEvents ({@link CloudEvents}), every stored event in store order, for
 * those who mirror the record: a paged JSON list, and Server-Sent Events that go on as records
 * arrive. Each SSE event's {@code id} is the cursor after it, so a client that reconnects with
 * {@code Last-Event-ID} (as browsers' EventSource do by themselves) goes on where it stopped,
 * losing and repeating nothing. Under {@code /api/audit}: the records are unredacted (AUDITOR).
 */
@RestController
@RequestMapping("/api/audit/feed")
class FeedController {

    static final int MAX_PAGE = 1_000;

    private final EventStore eventStore;
    private final EventStorageEngine storage;
    private final CloudEvents cloudEvents;
    private final Duration heartbeat;
    private final Duration timeout;
    private final Set<Reader> open = ConcurrentHashMap.newKeySet();

    private record Reader(SseEmitter emitter, AtomicBoolean running) {
    }

    FeedController(EventStore eventStore, EventStorageEngine storage, CloudEvents cloudEvents,
                   @Value("${tracker.api.live-heartbeat:15s}") Duration heartbeat,
                   @Value("${tracker.api.live-timeout:30m}") Duration timeout) {
        this.eventStore = eventStore;
        this.storage = storage;
        this.cloudEvents = cloudEvents;
        this.heartbeat = heartbeat;
        this.timeout = timeout;
    }

    @Schema(name = "CloudEventPage", description = "Stored events as CloudEvents, and the cursor to ask for the next ones")
    record Page(@Schema(description = "CloudEvents 1.0 in the JSON event format, in store order") List<JsonNode> events,
                @Schema(description = "pass back as after; the same cursor when nothing came") String next) {
    }

    @Operation(summary = "Stored events as CloudEvents, limit at a time",
            description = "The change feed as a paged list: each stored event as a CloudEvent 1.0 in the JSON event "
                    + "format, in store order. Pass next back as after for the following page; a page with nothing "
                    + "new is empty and gives the same cursor.")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    Page page(@Parameter(description = "the cursor given as next; none to start from the first event")
              @RequestParam(required = false) String after,
              @Parameter(description = "how many events at most, 1 to 1000") @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidRequest("limit", "must be between 1 and " + MAX_PAGE);
        }
        TrackingToken position = FeedCursor.decode(after, "after");
        List<TrackedEventMessage<?>> events;
        try (Stream<? extends TrackedEventMessage<?>> stored = storage.readEvents(position, false)) {
            events = stored.limit(limit).<TrackedEventMessage<?>>map(event -> event).toList();
        }
        TrackingToken last = events.isEmpty() ? position : events.get(events.size() - 1).trackingToken();
        return new Page(events.stream().map(event -> cloudEvents.json(cloudEvents.of(event))).toList(),
                FeedCursor.encode(last));
    }

    @Operation(summary = "Stored events as CloudEvents over Server-Sent Events, then each new one as it is stored; "
            + "each event's id is the cursor after it",
            description = "The change feed as Server-Sent Events: each event's data is a CloudEvent 1.0 in the JSON "
                    + "event format, its id the cursor after it. A client that reconnects with Last-Event-ID (as "
                    + "EventSource does) goes on after the last event it received, losing and repeating nothing.")
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@Parameter(description = "the id of the last event received, to go on after it")
                      @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
                      @Parameter(description = "a cursor to start after, when there is no Last-Event-ID")
                      @RequestParam(required = false) String after) {
        boolean resumed = lastEventId != null && !lastEventId.isBlank();
        TrackingToken position = FeedCursor.decode(resumed ? lastEventId : after, resumed ? "Last-Event-ID" : "after");
        SseEmitter emitter = new SseEmitter(timeout.toMillis());
        AtomicBoolean running = new AtomicBoolean(true);
        Reader reader = new Reader(emitter, running);
        open.add(reader);
        Runnable stop = () -> {
            running.set(false);
            open.remove(reader);
        };
        emitter.onCompletion(stop);
        emitter.onTimeout(stop);
        emitter.onError(error -> stop.run());
        Thread sender = new Thread(() -> send(position, emitter, running), "cloudevents-feed");
        sender.setDaemon(true);
        sender.start();
        return emitter;
    }

    /** Follows the store, as Axon's streaming processors do, until the reader goes or the application stops. */
    private void send(TrackingToken position, SseEmitter emitter, AtomicBoolean running) {
        try (BlockingStream<TrackedEventMessage<?>> events = eventStore.openStream(position)) {
            while (running.get()) {
                if (events.hasNextAvailable((int) heartbeat.toMillis(), TimeUnit.MILLISECONDS)) {
                    TrackedEventMessage<?> event = events.nextAvailable();
                    emitter.send(SseEmitter.event().id(FeedCursor.encode(event.trackingToken()))
                            .data(cloudEvents.json(cloudEvents.of(event)).toString(), MediaType.APPLICATION_JSON));
                } else {
                    // a reader who has gone is noticed when this cannot be written
                    emitter.send(SseEmitter.event().comment("still here"));
                }
            }
            emitter.complete();
        } catch (IOException | IllegalStateException gone) {
            emitter.completeWithError(gone);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            emitter.complete();
        }
    }

    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        open.forEach(reader -> {
            reader.running().set(false);
            reader.emitter().complete();
        });
    }
}
