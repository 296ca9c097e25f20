package org.labourtracker.projections.organisations;

import java.util.List;

/**
 * An employer or a union, by its name as recorded: the disputes it is party to and its part in them.
 *
 * @param name     the organisation's name, exactly as recorded
 * @param disputes its part in each dispute it is party to
 */
public record OrganisationRecord(String name, List<OrganisationInDispute> disputes) {
}
