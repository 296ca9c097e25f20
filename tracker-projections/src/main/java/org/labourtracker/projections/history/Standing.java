package org.labourtracker.projections.history;

/**
 * Whether a record still stands (STANDING), was retracted (RETRACTED), or was merged into another
 * as a duplicate (MERGED); a record that does not stand stays in the timeline, marked.
 */
public enum Standing {
    STANDING, RETRACTED, MERGED
}
