package org.labourtracker.api.recording;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

import javax.sql.DataSource;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.SingleFileStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.context.support.ServletRequestHandledEvent;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Packs the H2 file while nobody is using the service. H2 writes each commit as a new chunk holding
 * every page the commit changed, whole, and frees a chunk only once none of its pages is live. With
 * commits written one at a time ({@link DurableCommits}) almost every chunk keeps a page or two
 * alive, so the file grew with every commit and never gave the space back (27-54 KB per event in
 * benchmark runs). H2's background writer rewrites such chunks while the store is idle, but
 * {@code WRITE_DELAY 0} stops that writer; this does its work instead, through the file store's
 * public operations: it rewrites the live pages of the emptiest chunks older than H2's retention time
 * (the next commit drops the chunks left empty) and moves chunks into the gaps, so that the file
 * shrinks.
 * <p>
 * It works only in quiet: no request answered for a while (probes aside) and next to nothing
 * committed, because rewriting under load cost recording more than it saved, and rounds in the
 * seconds after recording ran while the readers who came then were being answered (README: Storage).
 * Each round looks again, so a request that records waits for one round at most and the next waits
 * for none: about 200 ms, except for the move that at last shortens the file, which took 3.5-4.1 s
 * when a 13 GB file became 4.1 GB. An in-memory or remote database has no file here to keep.
 * <p>
 * Operators see it at {@code /actuator/prometheus}: {@code tracker_h2_packing_rounds_total}, and the
 * file's size and the live share of its chunks ({@code tracker_h2_file_bytes},
 * {@code tracker_h2_chunks_live_ratio}).
 */
@Component
class FileHousekeeping {

    /** H2's AUTO_COMPACT_FILL_RATE: its writer packs an idle store while less than this share is live. */
    static final int PACK_BELOW_FILL_RATE = 90;
    /** The live pages rewritten per round: 2-72 ms on a 15 GB file. */
    static final int REWRITE_BYTES_PER_ROUND = 4 << 20;
    /**
     * The chunks moved per round: 160-220 ms each on a 13 GB file. The file shortens only once the
     * chunks past the last gap have moved, and H2 picks the chunks to move by the gaps around them,
     * not by their place: at 4 MiB a round, that file was no shorter when the rounds gave up; at 64 MiB,
     * about 260 rounds took it to 4.1 GB.
     */
    static final long MOVE_BYTES_PER_ROUND = 64L << 20;
    /**
     * Commits since the last look that still leave it quiet: with nothing recorded, the service's own
     * background work commits about twice a second; recording commits hundreds.
     */
    static final int QUIET_COMMITS = 5;
    /** How long one tick may go on packing, so that the other scheduled tasks are not held up. */
    private static final Duration TICK = Duration.ofSeconds(1);
    /**
     * How long rounds may go on without shrinking the garbage or the file: twice H2's retention time
     * (45 s), after which it frees the chunks a round emptied. Some garbage H2 does not rewrite (seen on
     * 13 and 15 GB files: thousands of chunks with a few live pages each, none pinned, which its compact
     * left so round after round), and rounds then only add commits.
     */
    static final Duration PATIENCE = Duration.ofSeconds(90);

    private final DataSource dataSource;
    private final boolean h2File;
    private final long quietAfterRequestNanos;
    private final String operationsPath;
    private final Counter rounds;
    private volatile long lastRequestHandled = System.nanoTime();
    private long versionAtLastLook = -1;
    private final Progress progress = new Progress(PATIENCE);

    FileHousekeeping(DataSource dataSource, MeterRegistry registry,
            @Value("${tracker.h2.housekeeping-quiet-after-request:PT3S}") Duration quietAfterRequest,
            @Value("${management.endpoints.web.base-path:/actuator}") String operationsPath)
            throws SQLException {
        this.dataSource = dataSource;
        this.operationsPath = operationsPath + "/";
        this.quietAfterRequestNanos = quietAfterRequest.toNanos();
        try (Connection connection = dataSource.getConnection()) {
            h2File = "H2".equals(connection.getMetaData().getDatabaseProductName()) && fileOf(connection).isPresent();
        }
        rounds = Counter.builder("tracker.h2.packing.rounds")
                .description("Rounds that packed the H2 file while the service was quiet").register(registry);
        if (h2File) {
            gauge(registry, "tracker.h2.file", "bytes", "The H2 file's size", store -> store.getFileStore().size());
            gauge(registry, "tracker.h2.chunks.live", "ratio", "The share of the H2 file's chunks that is live",
                    store -> store.getFileStore().getChunksFillRate() / 100.0);
        }
    }

    private void gauge(MeterRegistry registry, String name, String unit, String description,
            ToDoubleFunction<MVStore> value) {
        Gauge.builder(name, () -> {
            try (Connection connection = dataSource.getConnection()) {
                return fileOf(connection).map(value::applyAsDouble).orElse(Double.NaN);
            } catch (SQLException e) {
                return Double.NaN;
            }
        }).description(description).baseUnit(unit).register(registry);
    }

    /**
     * Spring MVC announces every request it has answered, pages and API alike. Probes and metric
     * scrapes do not count: a load balancer asking every few seconds would otherwise hold the packing
     * off for ever, and one round's wait does not harm a probe.
     */
    @EventListener
    void requestHandled(ServletRequestHandledEvent event) {
        if (!event.getRequestUrl().startsWith(operationsPath)) {
            lastRequestHandled = System.nanoTime();
        }
    }

    @Scheduled(fixedDelayString = "${tracker.h2.housekeeping-interval:PT1S}")
    void packWhileQuiet() throws SQLException {
        if (!h2File) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            Optional<MVStore> file = fileOf(connection);
            if (file.isPresent()) {
                packWhileQuiet(file.get());
            }
        }
    }

    private void packWhileQuiet(MVStore store) {
        SingleFileStore file = (SingleFileStore) store.getFileStore();
        if (store.getCurrentVersion() - versionAtLastLook > QUIET_COMMITS) {
            progress.restart();
        }
        long start = System.nanoTime();
        while (quiet(store) && progress.worthGoingOn(garbage(file), file.size(), System.nanoTime())
                && System.nanoTime() - start < TICK.toNanos()) {
            boolean rewrote = store.compact(PACK_BELOW_FILL_RATE, REWRITE_BYTES_PER_ROUND);
            long writes = file.getWriteCount();
            moveChunks(store, file);
            boolean moved = file.getWriteCount() > writes;
            if (moved) {
                progress.moved(MOVE_BYTES_PER_ROUND, file.size(), System.nanoTime());
            }
            versionAtLastLook = store.getCurrentVersion();
            if (!rewrote && !moved) {
                return;
            }
            rounds.increment();
        }
        versionAtLastLook = store.getCurrentVersion();
    }

    /**
     * Moves chunks into the gaps as H2 does when it compacts a file on closing: everything written is
     * first forced to the disk, then the chunks left dead are dropped at once rather than after the
     * retention time, which is there only for writes the disk may not hold yet. With the retention time
     * kept, moving the chunks of a 15 GB file never made it shorter; without it, 14.9 GB became 4.4 GB.
     */
    private static void moveChunks(MVStore store, SingleFileStore file) {
        file.sync();
        int retention = store.getRetentionTime();
        store.setRetentionTime(0);
        try {
            file.compactMoveChunks(PACK_BELOW_FILL_RATE, MOVE_BYTES_PER_ROUND, store);
        } finally {
            store.setRetentionTime(retention);
        }
    }

    /** About how many bytes of the file are chunks' dead pages, to the percent H2 counts in. */
    private static long garbage(SingleFileStore file) {
        return file.size() / 100 * file.getFillRate() / 100 * (100 - file.getChunksFillRate());
    }

    /**
     * Whether packing is still getting anywhere: it gives up once neither the garbage nor the file has
     * shrunk for the patience, until something recorded has made new garbage. Readers make none.
     * Moving chunks counts as getting somewhere until twice the file has been moved since the last
     * shrink: moves shorten the file only at their end (13.2 to 4.1 GB after about 260 moves of 64 MiB,
     * 17 GB in all), and H2 moves a chunk at most twice, past the file's end and back into a gap.
     */
    static final class Progress {

        private final long patienceNanos;
        private long leastGarbage = Long.MAX_VALUE;
        private long leastSize = Long.MAX_VALUE;
        private long movedSinceShrinking;
        private long since;

        Progress(Duration patience) {
            this.patienceNanos = patience.toNanos();
        }

        void restart() {
            leastGarbage = Long.MAX_VALUE;
            leastSize = Long.MAX_VALUE;
        }

        boolean worthGoingOn(long garbage, long size, long nanoTime) {
            if (garbage < leastGarbage || size < leastSize) {
                leastGarbage = Math.min(garbage, leastGarbage);
                leastSize = Math.min(size, leastSize);
                movedSinceShrinking = 0;
                since = nanoTime;
                return true;
            }
            return nanoTime - since < patienceNanos;
        }

        void moved(long bytes, long size, long nanoTime) {
            movedSinceShrinking += bytes;
            if (movedSinceShrinking <= 2 * size) {
                since = nanoTime;
            }
        }
    }

    private boolean quiet(MVStore store) {
        return !store.isClosed()
                && System.nanoTime() - lastRequestHandled >= quietAfterRequestNanos
                && store.getCurrentVersion() - versionAtLastLook <= QUIET_COMMITS;
    }

    static Optional<MVStore> fileOf(Connection connection) throws SQLException {
        if (connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session) {
            MVStore store = session.getDatabase().getStore().getMvStore();
            if (store.getFileStore() instanceof SingleFileStore) {
                return Optional.of(store);
            }
        }
        return Optional.empty();
    }
}
