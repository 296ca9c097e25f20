package org.labourtracker.api.reading;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.labourtracker.projections.summary.DisputeSummary;
import org.labourtracker.projections.summary.DisputeSummaryQuery;
import org.labourtracker.projections.timeline.DisputeTimeline;
import org.labourtracker.projections.timeline.DisputeTimelineQuery;
import org.labourtracker.projections.timeline.TimelineEntry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import reactor.core.Disposable;

/**
 * Live updates of a dispute as Server-Sent Events, straight from the read side's subscription
 * queries: {@code timeline} events carry each new or changed record, {@code summary} events the
 * dispute's new summary. Redacted for the reader who subscribed, as the views are. A comment is
 * sent now and then, so that a reader who has gone is noticed and its subscriptions closed; feeds
 * still open when the application stops are closed rather than waited for.
 */
@Component
public class LiveFeed {

    private final QueryGateway queries;
    private final Duration timeout;
    private final Set<SseEmitter> open = ConcurrentHashMap.newKeySet();

    LiveFeed(QueryGateway queries, @Value("${tracker.api.live-timeout:30m}") Duration timeout) {
        this.queries = queries;
        this.timeout = timeout;
    }

    @Scheduled(fixedDelayString = "${tracker.api.live-heartbeat:15s}")
    void heartbeat() {
        open.forEach(emitter -> {
            try {
                emitter.send(SseEmitter.event().comment("still here"));
            } catch (IOException | IllegalStateException gone) {
                emitter.completeWithError(gone);
            }
        });
    }

    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        open.forEach(SseEmitter::complete);
    }

    public SseEmitter dispute(String disputeId, boolean confidentialVisible) {
        SseEmitter emitter = new SseEmitter(timeout.toMillis());
        SubscriptionQueryResult<DisputeTimeline, TimelineEntry> timeline = queries.subscriptionQuery(
                new DisputeTimelineQuery(disputeId, confidentialVisible),
                ResponseTypes.instanceOf(DisputeTimeline.class), ResponseTypes.instanceOf(TimelineEntry.class));
        SubscriptionQueryResult<DisputeSummary, DisputeSummary> summary = queries.subscriptionQuery(
                new DisputeSummaryQuery(disputeId, confidentialVisible),
                ResponseTypes.instanceOf(DisputeSummary.class), ResponseTypes.instanceOf(DisputeSummary.class));
        List<Disposable> feeds = List.of(
                timeline.updates().subscribe(entry -> send(emitter, "timeline", entry), emitter::completeWithError),
                summary.updates().subscribe(update -> send(emitter, "summary", update), emitter::completeWithError));
        open.add(emitter);
        Runnable close = () -> {
            open.remove(emitter);
            feeds.forEach(Disposable::dispose);
            timeline.close();
            summary.close();
        };
        emitter.onCompletion(close);
        emitter.onTimeout(close);
        emitter.onError(error -> close.run());
        send(emitter, "ready", disputeId);
        return emitter;
    }

    private static void send(SseEmitter emitter, String name, Object data) {
        try {
            emitter.send(SseEmitter.event().name(name).data(data));
        } catch (IOException gone) {
            emitter.completeWithError(gone);
        } catch (IllegalStateException completed) {
            // the reader left between the update and this send: the emitter is complete and its feeds
            // are being let go; completing it again would only fail the request's closing dispatch
        }
    }
}
