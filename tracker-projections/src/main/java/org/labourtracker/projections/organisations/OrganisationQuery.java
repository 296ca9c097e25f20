package org.labourtracker.projections.organisations;

/**
 * Asks for an employer or a union by its exact recorded name ({@link OrganisationRecord}), or null if
 * no dispute names it.
 */
public record OrganisationQuery(String name, boolean confidentialVisible) {
}
