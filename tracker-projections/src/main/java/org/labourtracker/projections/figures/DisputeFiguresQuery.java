package org.labourtracker.projections.figures;

/**
 * Asks for a dispute's figures ({@link DisputeFigures}, or null for an unknown dispute). As a
 * subscription query, updates are the whole {@link DisputeFigures} again after each change.
 *
 * @param confidentialVisible whether the reader may see confidential sources
 */
public record DisputeFiguresQuery(String disputeId, boolean confidentialVisible) {
}
