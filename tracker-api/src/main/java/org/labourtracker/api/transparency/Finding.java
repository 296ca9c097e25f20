package org.labourtracker.api.transparency;

/**
 * One thing the integrity check found wrong, naming the record as far as anything stored still names it.
 *
 * @param problem ALTERED (its content differs from what was recorded), MISSING (gone from the store or
 *                the log), REORDERED (moved from its place), ADDED (stored behind the application's back,
 *                never logged) or FORGED_LEAF (a log row not written by the application)
 */
public record Finding(Problem problem, String streamId, Long sequenceNumber, String recordId, Long leafIndex,
                      Long globalIndex, String detail) {

    public enum Problem { ALTERED, MISSING, REORDERED, ADDED, FORGED_LEAF }
}
