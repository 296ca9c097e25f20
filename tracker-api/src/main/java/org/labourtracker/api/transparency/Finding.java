package org.labourtracker.api.transparency;

/**
 * One thing the integrity check found wrong, naming the record as far as anything stored still names it.
 *
 * @param problem        ALTERED (its content differs from what was recorded), MISSING (gone from the store or
 *                       the log), REORDERED (moved from its place), ADDED (stored behind the application's back,
 *                       never logged) or FORGED_LEAF (a log row not written by the application)
 * @param streamId       the dispute or case whose record it is, when still known
 * @param sequenceNumber the record's place in its stream, when still known
 * @param recordId       the record's id, when still known
 * @param leafIndex      the record's leaf in the transparency log, when it has one
 * @param globalIndex    the record's position in the store, when it is stored
 * @param detail         what differs, in words
 */
public record Finding(Problem problem, String streamId, Long sequenceNumber, String recordId, Long leafIndex,
                      Long globalIndex, String detail) {

    public enum Problem { ALTERED, MISSING, REORDERED, ADDED, FORGED_LEAF }
}
