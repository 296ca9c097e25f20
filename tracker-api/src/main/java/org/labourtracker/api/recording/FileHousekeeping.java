package org.labourtracker.api.recording;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.SingleFileStore;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Packs the H2 file while little is being recorded. H2 writes each commit as a new chunk holding
 * every page the commit changed, whole, and frees a chunk only once none of its pages is live. With
 * commits written one at a time ({@link DurableCommits}) almost every chunk keeps a page or two
 * alive, so the file grew with every commit and never gave the space back (about 54 KB per
 * event in a benchmark run). H2's background writer rewrites such chunks while the store is idle, but
 * {@code WRITE_DELAY 0} stops that writer; this does its work instead, through the file store's
 * public operations: in a quiet round it rewrites the live pages of the emptiest chunks older than
 * H2's retention time (the next commit drops the chunks left empty) and moves chunks into the gaps,
 * so that the file can shrink. A round is bounded, so a record that arrives during one waits a fraction
 * of a second at most. Rounds under load do nothing: rewriting then cost recording more than it saved
 * (README: Storage). An in-memory or remote database has no file here to keep.
 */
@Component
class FileHousekeeping {

    /** H2's AUTO_COMPACT_FILL_RATE: its writer packs an idle store while less than this share is live. */
    static final int PACK_BELOW_FILL_RATE = 90;
    static final int BYTES_PER_ROUND = 16 << 20;
    /**
     * Commits since the last round that still leave it quiet: with nothing recorded, the service's own
     * background work commits about twice a second; recording commits hundreds.
     */
    static final int QUIET_COMMITS = 5;

    private final DataSource dataSource;
    private final boolean h2;
    private long versionAfterLastRound = -1;

    FileHousekeeping(DataSource dataSource) throws SQLException {
        this.dataSource = dataSource;
        try (Connection connection = dataSource.getConnection()) {
            h2 = "H2".equals(connection.getMetaData().getDatabaseProductName());
        }
    }

    @Scheduled(fixedDelayString = "${tracker.h2.housekeeping-interval:PT1S}")
    void packWhileQuiet() throws SQLException {
        if (!h2) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            Optional<MVStore> file = fileOf(connection);
            if (file.isEmpty()) {
                return;
            }
            MVStore store = file.get();
            boolean quiet = store.getCurrentVersion() - versionAfterLastRound <= QUIET_COMMITS;
            if (quiet && !store.isClosed()) {
                store.compact(PACK_BELOW_FILL_RATE, BYTES_PER_ROUND);
                ((SingleFileStore) store.getFileStore()).compactMoveChunks(PACK_BELOW_FILL_RATE, BYTES_PER_ROUND, store);
            }
            versionAfterLastRound = store.getCurrentVersion();
        }
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
