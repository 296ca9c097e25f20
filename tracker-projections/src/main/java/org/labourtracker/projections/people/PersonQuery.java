package org.labourtracker.projections.people;

/**
 * Asks for a person across disputes ({@link PersonRecord}), {@code limit} disputes at a time in the order
 * of their ids; null when no dispute names them, or when the reader may not see them in one of them.
 *
 * @param afterDisputeId the last dispute of the previous page, or null for the first page
 */
public record PersonQuery(String personId, boolean confidentialVisible, String afterDisputeId, int limit) {
}
