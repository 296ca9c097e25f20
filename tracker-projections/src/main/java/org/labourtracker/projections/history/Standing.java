package org.labourtracker.projections.history;

/**
 * Whether a record still stands, or was retracted, merged into another as a duplicate, or superseded
 * by a new record that replaces it.
 */
public enum Standing {
    STANDING, RETRACTED, MERGED, SUPERSEDED
}
