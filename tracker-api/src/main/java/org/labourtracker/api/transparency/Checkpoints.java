package org.labourtracker.api.transparency;

import java.time.Clock;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Signs a checkpoint of the log whenever it has grown, checking every
 * {@code tracker.log.checkpoint-interval} (1 s): every event is covered by a signed checkpoint within
 * moments of the log taking it. Any node may sign; two that sign the same size store it once.
 */
@Service
public class Checkpoints {

    private final LogTables tables;
    private final LogKey key;
    private final Clock clock;
    private final LogSettings settings;
    private final ObjectProvider<LogAppender> appender;

    Checkpoints(LogTables tables, LogKey key, Clock clock, LogSettings settings, ObjectProvider<LogAppender> appender) {
        this.tables = tables;
        this.key = key;
        this.clock = clock;
        this.settings = settings;
        this.appender = appender;
    }

    @Scheduled(fixedDelayString = "${tracker.log.checkpoint-interval:PT1S}")
    void signWhenGrown() {
        if (settings.enabled()) {
            appender.ifAvailable(LogAppender::sweep);
            signIfGrown();
        }
    }

    /** Signs a checkpoint of the log as it is now, unless the latest already covers it. */
    public SignedCheckpoint signNow() {
        signIfGrown();
        return latest().orElseThrow();
    }

    private synchronized void signIfGrown() {
        LogTables.State state = tables.state(false);
        Optional<LogTables.StoredCheckpoint> latest = tables.latestCheckpoint();
        if (latest.isEmpty() || latest.get().size() < state.size()) {
            Checkpoint checkpoint = new Checkpoint(key.origin(), state.size(), state.treeEdge().root());
            tables.insertCheckpoint(checkpoint.size(), checkpoint.rootHash(), key.sign(checkpoint), clock.instant());
        }
    }

    /** A signed checkpoint and when it was signed. */
    public record SignedCheckpoint(Checkpoint checkpoint, String note, java.time.Instant signedAt) {
    }

    /** The newest stored checkpoint whose signature is the log's. */
    public Optional<SignedCheckpoint> latest() {
        return tables.latestCheckpoint().map(stored -> new SignedCheckpoint(
                Checkpoint.verified(stored.note(), key.verifier()), stored.note(), stored.signedAt()));
    }
}
