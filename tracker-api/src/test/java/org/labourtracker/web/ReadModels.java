package org.labourtracker.web;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.labourtracker.projections.admin.ReplayService;

/** Waiting for the read side: pages read the read models, which take in new records a moment later. */
final class ReadModels {

    private ReadModels() {
    }

    /** Waits until every read model has handled every event stored so far (the demo data, at first). */
    static void awaitCaughtUp(EventStore eventStore, ReplayService replays) {
        TrackingToken head = eventStore.createHeadToken();
        long last = head == null ? -1 : head.position().orElseThrow();
        await().atMost(Duration.ofSeconds(30)).until(() -> replays.progress().stream().allMatch(progress ->
                progress.done() && progress.segments().stream()
                        .allMatch(segment -> segment.position() != null && segment.position() >= last)));
    }
}
