package org.labourtracker.projections.organisations;

import java.util.List;

/**
 * An employer or a union, by its name as recorded: a page of the disputes it is party to, in the order
 * of their ids, and its part in each.
 *
 * @param name     the organisation's name, exactly as recorded
 * @param disputes its part in each dispute of the page
 * @param next     the cursor of the next page of disputes (pass it as after), null on the last page
 */
public record OrganisationRecord(String name, List<OrganisationInDispute> disputes, String next) {
}
