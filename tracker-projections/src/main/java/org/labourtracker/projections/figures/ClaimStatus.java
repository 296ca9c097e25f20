package org.labourtracker.projections.figures;

/** Whether a claim counts towards the ranges (STANDING) or is listed only. */
public enum ClaimStatus {
    /** In force. */
    STANDING,
    /** Replaced by a correction of its record; the correction's claims stand instead. */
    SUPERSEDED,
    /** Its record was retracted. */
    RETRACTED,
    /** Its record was merged into another as a duplicate. */
    MERGED,
    /** Its record was replaced by a new record that supersedes it. */
    REPLACED
}
