package org.labourtracker.projections.people;

/**
 * Asks for the people and the legal track of a dispute ({@link DisputePeople}, or null for an unknown
 * dispute). As a subscription query, updates are the whole {@link DisputePeople} again after each change.
 *
 * @param confidentialVisible whether the reader may see confidential names and sources
 */
public record DisputePeopleQuery(String disputeId, boolean confidentialVisible) {
}
