package org.labourtracker.projections.organisations;

import java.util.List;

/** An employer or a union, by its name as recorded: the disputes it is party to and its part in them. */
public record OrganisationRecord(String name, List<OrganisationInDispute> disputes) {
}
