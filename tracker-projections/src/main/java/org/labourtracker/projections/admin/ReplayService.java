package org.labourtracker.projections.admin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.ReplayToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.labourtracker.projections.history.RecordProjection;
import org.labourtracker.projections.history.RecordTable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Rebuilds read models from the event store on demand, with progress. A rebuild stops the read
 * model's processor, clears its dead letters (the replay handles those events again), resets its
 * tokens and starts it again; the processor then replays every event into the second set of its tables,
 * emptied first ({@link RecordTable#rebuildAside}), while readers on every node are served from the
 * first as it was, until every segment has replayed and all are switched ({@link #serveFinishedRebuilds}). Handlers
 * marked {@code @DisallowReplay} are skipped during the replay. With several nodes, the others first
 * let go of the processor's segments (a reset needs them all) and take their share of the replay
 * back afterwards ({@link ProcessorNodes}); progress is that of every segment, wherever it is processed:
 * the segments this node holds as it processes them, the others as their tokens were last stored.
 */
@Service
public class ReplayService {

    /**
     * The processors of the read side, each a pooled streaming processor with tables of its own: one,
     * the record store that every view reads.
     */
    public static final List<String> READ_MODELS = List.of(RecordProjection.PROCESSOR);
    /** The prefix of each read model's tables ({@link RecordTable}). */
    private static final Map<String, String> TABLES = Map.of(RecordProjection.PROCESSOR, RecordProjection.TABLES);

    /**
     * The version of each read model's handlers. Raise it when they would fill the tables differently
     * from the events already stored (a new column, a changed derivation): every database built by an
     * older version then rebuilds that read model once, at the first start of the new one, instead of
     * serving views the new handlers would not make. Records 2: the one record store replaced five
     * read models that each kept some kinds of record (and ignored corrections of the others). 3: a
     * demand's outcome is stored with the demand's words among its search words.
     */
    public static final Map<String, Integer> VERSIONS = Map.of(RecordProjection.PROCESSOR, 3);

    private static final Logger log = LoggerFactory.getLogger(ReplayService.class);

    private final EventProcessingConfiguration processing;
    private final ProcessorNodes nodes;
    private final SharedTokenStore tokens;
    private final TransactionManager transactions;
    private final JdbcTemplate jdbc;
    private final RecordTable records;

    ReplayService(EventProcessingConfiguration processing, ProcessorNodes nodes, SharedTokenStore tokens,
                  TransactionManager transactions, JdbcTemplate jdbc, RecordTable records) {
        this.records = records;
        this.processing = processing;
        this.nodes = nodes;
        this.tokens = tokens;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    public List<String> readModels() {
        return READ_MODELS;
    }

    /**
     * Starts a rebuild of the named processor and returns at once with its first progress report.
     *
     * @throws IllegalArgumentException if there is no streaming processor of that name
     * @throws IllegalStateException    if its handlers do not support a reset, or other nodes kept
     *                                  its segments
     */
    public synchronized ReplayProgress rebuild(String processorName) {
        StreamingEventProcessor processor = processor(processorName);
        if (!processor.supportsReset()) {
            throw new IllegalStateException("processor " + processorName + " does not support a replay");
        }
        log.info("Rebuilding read model {}", processorName);
        nodes.rebuilding(processorName);
        String tables = TABLES.get(processorName);
        boolean reset = false;
        try {
            processor.shutDown();
            awaitSegmentsReleased(processorName);
            if (tables != null) {
                transactions.executeInTransaction(() -> RecordTable.rebuildAside(jdbc, tables));
            }
            processing.deadLetterQueue(processorName).ifPresent(queue -> queue.clear());
            processor.resetTokens();
            reset = true;
            if (tables != null) {
                // only now may a node that finds every segment replayed switch the readers back
                transactions.executeInTransaction(() -> RecordTable.replayingAside(jdbc, tables));
            }
        } catch (RuntimeException failed) {
            if (tables != null && !reset) {
                // the tokens still say where the served tables are: the fold goes on writing those
                transactions.executeInTransaction(() -> RecordTable.abandonRebuild(jdbc, tables));
            }
            throw failed;
        } finally {
            processor.start();
            nodes.rebuilt(processorName);
        }
        return progress(processorName);
    }

    /**
     * On the context's refresh, when the processors have started but before the application's runners
     * (the demo load, an import) record anything, so that a new database's tables are still empty.
     */
    @EventListener(ContextRefreshedEvent.class)
    void rebuildOutdatedAtStart() {
        rebuildOutdated();
    }

    /**
     * Starts a rebuild of every read model whose tables an older version of its handlers built
     * ({@link #VERSIONS}), and returns their names. With several nodes starting at once, the first to
     * claim the new version rebuilds it; the others see it claimed.
     */
    public List<String> rebuildOutdated() {
        List<String> started = new ArrayList<>();
        READ_MODELS.forEach(processorName -> {
            String tables = TABLES.get(processorName);
            int version = VERSIONS.get(processorName);
            Integer built = jdbc.queryForObject("SELECT built_version FROM rm_serving WHERE read_model = ?",
                    Integer.class, tables);
            boolean claimed = built != null && built < version && transactions.fetchInTransaction(() -> jdbc.update(
                    "UPDATE rm_serving SET built_version = ? WHERE read_model = ? AND built_version = ?",
                    version, tables, built)) == 1;
            if (!claimed) {
                return;
            }
            if (jdbc.queryForObject("SELECT COUNT(*) FROM " + tables + "_stream", Integer.class) == 0) {
                // nothing there was built by the older handlers (a new database, say)
                return;
            }
            log.info("Read model {} was built by version {} of its handlers, now {}: rebuilding it", processorName,
                    built, version);
            try {
                rebuild(processorName);
                started.add(processorName);
            } catch (RuntimeException failed) {
                // left as built, so that the next start tries again
                transactions.executeInTransaction(() -> jdbc.update(
                        "UPDATE rm_serving SET built_version = ? WHERE read_model = ?", built, tables));
                log.error("Read model {} could not be rebuilt at start; its views stay as built by version {}: {}",
                        processorName, built, failed.getMessage());
            }
        });
        return started;
    }

    /**
     * Waits until no other node holds a segment of the processor. Live nodes let go within a heartbeat
     * and a claim interval of seeing the rebuild; the claims of a node that died expire after the
     * claim timeout. Three claim timeouts cover both with room to spare.
     */
    private void awaitSegmentsReleased(String processorName) {
        long deadline = System.nanoTime() + nodes.claimTimeout().multipliedBy(3).toNanos();
        while (!transactions.fetchInTransaction(() -> tokens.fetchAvailableSegments(processorName).size()
                == tokens.fetchSegments(processorName).length)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("other nodes kept segments of " + processorName
                        + "; nothing was reset, try again");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while other nodes let go of " + processorName, e);
            }
        }
    }

    /**
     * Serves the readers of every read model rebuilt aside from its rebuilt tables once the replay is
     * done on every segment. Any node may find it so; the first to do it switches every node at once.
     */
    @Scheduled(fixedDelayString = "${tracker.read-models.rebuild-check-interval:1s}")
    void serveFinishedRebuilds() {
        TABLES.forEach((processorName, tables) -> {
            if (RecordTable.isReplayingAside(jdbc, tables) && replayed(processorName).done()) {
                records.completeRebuilt();
                transactions.executeInTransaction(() -> RecordTable.serveRebuilt(jdbc, tables));
                log.info("Read model {} rebuilt; its readers are served from it again", processorName);
            }
        });
    }

    /**
     * How far a rebuild has come on every node; done once every segment has replayed and the readers
     * are served from the rebuilt tables.
     */
    public ReplayProgress progress(String processorName) {
        ReplayProgress replayed = replayed(processorName);
        String tables = TABLES.get(processorName);
        if (replayed.done() && tables != null && RecordTable.isRebuilding(jdbc, tables)) {
            return new ReplayProgress(replayed.processor(), replayed.running(), replayed.replaying(), false,
                    replayed.error(), replayed.position(), replayed.target(), replayed.fraction(), replayed.segments());
        }
        return replayed;
    }

    private ReplayProgress replayed(String processorName) {
        StreamingEventProcessor processor = processor(processorName);
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        List<SegmentProgress> segments = new ArrayList<>();
        for (EventTrackerStatus s : status.values()) {
            Long current = value(s.getCurrentPosition());
            Long reset = value(s.getResetPosition());
            boolean replayingStill = s.isReplaying() && stillReplaying(current, reset);
            segments.add(new SegmentProgress(s.getSegment().getSegmentId(), replayingStill, s.isCaughtUp(), current,
                    reset, s.isErrorState() && s.getError() != null ? s.getError().toString() : null));
        }
        // the segments other nodes hold (or none does): a rebuild is done only when all of them are
        transactions.fetchInTransaction(() -> tokens.storedTokens(processorName)).forEach((segment, token) -> {
            if (!status.containsKey(segment)) {
                Long current = token == null ? null : value(token.position());
                Long reset = token instanceof ReplayToken replay && replay.getTokenAtReset() != null
                        ? value(replay.getTokenAtReset().position()) : null;
                boolean replayingStill = ReplayToken.isReplay(token) && stillReplaying(current, reset);
                segments.add(new SegmentProgress(segment, replayingStill, !replayingStill, current, reset, null));
            }
        });
        segments.sort(Comparator.comparingInt(SegmentProgress::segment));
        Long position = null;
        Long target = null;
        boolean replaying = false;
        for (SegmentProgress segment : segments) {
            if (segment.replaying()) {
                replaying = true;
                long at = segment.position() == null ? 0 : segment.position();
                position = position == null ? at : Math.min(position, at);
                if (segment.resetPosition() != null) {
                    target = target == null ? segment.resetPosition() : Math.max(target, segment.resetPosition());
                }
            }
        }
        boolean error = status.values().stream().anyMatch(EventTrackerStatus::isErrorState);
        boolean caughtUp = segments.stream().allMatch(SegmentProgress::caughtUp);
        double fraction = !replaying ? 1.0
                : target == null || target == 0 ? 0.0 : Math.min(1.0, (double) position / target);
        boolean done = processor.isRunning() && !segments.isEmpty() && !replaying && caughtUp && !error;
        return new ReplayProgress(processorName, processor.isRunning(), replaying, done, error, position, target,
                fraction, List.copyOf(segments));
    }

    /**
     * Axon keeps a segment in replay until it sees an event past the reset position; a segment that
     * has handled everything up to that position has replayed all there was.
     */
    private static boolean stillReplaying(Long current, Long reset) {
        return current == null || reset == null || current < reset;
    }

    public List<ReplayProgress> progress() {
        return READ_MODELS.stream().map(this::progress).toList();
    }

    private StreamingEventProcessor processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalArgumentException("no streaming processor named " + name));
    }

    private static Long value(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }
}
