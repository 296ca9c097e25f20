package org.labourtracker.projections.summary;

/**
 * Asks for a dispute's summary ({@link DisputeSummary}, or null for an unknown dispute). As a
 * subscription query, updates are the whole {@link DisputeSummary} again after each new record or edit.
 *
 * @param confidentialVisible whether the reader may see confidential sources
 */
public record DisputeSummaryQuery(String disputeId, boolean confidentialVisible) {
}
