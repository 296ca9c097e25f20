package org.labourtracker.projections.history;

/** Whether a record still stands, or was retracted or merged into another as a duplicate. */
public enum Standing {
    STANDING, RETRACTED, MERGED
}
