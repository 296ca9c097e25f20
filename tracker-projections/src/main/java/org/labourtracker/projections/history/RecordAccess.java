package org.labourtracker.projections.history;

import java.util.Optional;

/**
 * Where {@link RecordFold} keeps the records of the streams it folds: the record store's tables for
 * the live read side, or memory for time travel. Writes must be idempotent: an event handled again
 * (after a dead-letter retry, say) changes nothing.
 */
public interface RecordAccess {

    /** The dispute a stream belongs to: a dispute's own id, or the dispute of a legal case. */
    Optional<String> disputeOf(String streamId);

    void mapStream(String streamId, String disputeId);

    Optional<StoredRecord> find(String streamId, String recordId);

    /** Adds a record unless one with its stream and id is there already. */
    void insert(StoredRecord record);

    void update(StoredRecord record);

    /** Notes a person's confidentiality in a stream unless a later change (by sequence) is noted already. */
    void confidentiality(String streamId, String personId, boolean confidential, long sequence);
}
