package org.labourtracker.projections.history;

import java.time.Instant;

import org.labourtracker.editorial.Correction;

/**
 * An editorial record applied to an earlier record: a correction (with what it changed), a
 * retraction, a merge into the kept record, or a supersession by a new record, each with its reason
 * and who recorded it when. {@code keptRecordId} is the record kept in a merge, or the replacement
 * of a superseded record (whose record id is also this edit's).
 */
public record Edit(String recordId, Kind kind, String reason, Instant recordedAt, String recordedBy, long sequence,
                   Correction correction, String keptRecordId) {

    /** What the edit did: CORRECTED the record, RETRACTED it, or MERGED it into another as a duplicate. */
    public enum Kind {
        CORRECTED, RETRACTED, MERGED, SUPERSEDED
    }
}
