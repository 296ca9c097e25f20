package org.labourtracker.api.recording;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.axonframework.common.lock.DeadlockException;
import org.axonframework.common.lock.Lock;
import org.axonframework.common.lock.LockFactory;
import org.axonframework.common.lock.PessimisticLockFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The lock an aggregate's repository takes on a stream before loading it. Within a node it is Axon's
 * own (one thread per stream at a time; a group caught between two others is told of the deadlock).
 * On PostgreSQL, where several nodes append to the same streams, the transaction also takes a
 * transaction-scoped advisory lock on the stream, so that two nodes writing one stream queue for it
 * instead of both loading it, both appending the same position, and the loser failing on the stream's
 * unique position and loading again (a node that had just started, with nothing cached, lost such
 * races for tens of seconds against a warm one). The lock ends with the transaction that appended.
 * Once it holds the lock, a node compares the copy of the aggregate it has cached with the stream's
 * last position as stored; a copy the other node has moved on is forgotten and the stream read as
 * stored (its latest snapshot and the events after it): nothing then appends at a position taken.
 * <p>
 * A command handled alone waits for the stream's advisory lock holding nothing (its transaction has no
 * other stream, and it takes the node's lock after the advisory one). A command in a commit group
 * ({@link CommitGroups}) may hold other streams, and two groups on two nodes could each wait for a
 * stream the other holds, or a group for a node's lock held by a command that waits for the group on
 * another node: cycles that neither PostgreSQL nor a node sees whole. So a group only tries: a stream
 * another node holds is reported as a deadlock, and the command is handled alone once its group has
 * committed, as for a deadlock within the node. Groups then wait only on the node's own locks, whose
 * deadlocks the node detects, and nothing waits for the database while holding a lock.
 */
@Component
class StreamLocks implements LockFactory {

    private final LockFactory local = PessimisticLockFactory.usingDefaults();
    private final JdbcTemplate jdbc;
    private final AggregateCaches caches;
    private final boolean shared;

    StreamLocks(DataSource dataSource, JdbcTemplate jdbc, AggregateCaches caches) throws SQLException {
        this.jdbc = jdbc;
        this.caches = caches;
        try (Connection connection = dataSource.getConnection()) {
            this.shared = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
    }

    @Override
    public Lock obtainLock(String streamId) {
        if (!shared) {
            return local.obtainLock(streamId);
        }
        if (!CommitGroups.inGroup()) {
            // the stream first, then the node's lock, which a holder of the stream's lock gets at once
            jdbc.queryForList("SELECT pg_advisory_xact_lock(hashtextextended('stream/' || ?, 0))", streamId);
            Lock lock = local.obtainLock(streamId);
            caches.forgetSharedIfBehind(streamId, head(streamId));
            return lock;
        }
        Lock lock = local.obtainLock(streamId);
        try {
            if (!Boolean.TRUE.equals(jdbc.queryForObject("SELECT pg_try_advisory_xact_lock("
                    + "hashtextextended('stream/' || ?, 0))", Boolean.class, streamId))) {
                throw new DeadlockException("Stream " + streamId + " is being written on another node; "
                        + "the command is handled alone after its group");
            }
            caches.forgetSharedIfBehind(streamId, head(streamId));
        } catch (RuntimeException e) {
            lock.release();
            throw e;
        }
        return lock;
    }

    /** The stream's last sequence number as stored, read through its unique index; null for a new stream. */
    private Long head(String streamId) {
        return jdbc.queryForObject("SELECT MAX(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, streamId);
    }
}
