package org.labourtracker.projections.organisations;

/**
 * Asks for an employer or a union by its exact recorded name ({@link OrganisationRecord}): {@code limit}
 * of the disputes it is party to, those after the dispute {@code afterDisputeId} (null: from the first).
 * The answer is null if no dispute names it.
 */
public record OrganisationQuery(String name, boolean confidentialVisible, String afterDisputeId, int limit) {
}
