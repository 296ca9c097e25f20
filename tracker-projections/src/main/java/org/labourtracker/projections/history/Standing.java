package org.labourtracker.projections.history;

/**
 * Whether a record still stands (STANDING), was retracted (RETRACTED), was merged into another
 * as a duplicate (MERGED), or was superseded by a new record that replaces it (SUPERSEDED); a record
 * that does not stand stays in the timeline, marked.
 */
public enum Standing {
    STANDING, RETRACTED, MERGED, SUPERSEDED
}
