package org.labourtracker.projections.people;

import java.util.List;

import org.labourtracker.evidence.PersonRole;

/**
 * A person across the disputes whose records or cases name them, a page of disputes at a time in the
 * order of their ids: for each, what that dispute's people view says of them (standing, harm, cases
 * and every fact, in order). Who they are is as the first dispute naming them says, on every page.
 *
 * @param personId     the person's id, the same in every record that names them
 * @param name         the person's name, {@code [confidential]} for a reader who may not see it
 * @param role         the person's part: WORKER, UNION_REPRESENTATIVE, LAWYER, JOURNALIST, POLICE_OFFICER ...
 * @param confidential whether the person's name is kept from the public
 * @param disputes     what each dispute of the page that names them records of them
 * @param next         the cursor of the next page of disputes (pass it as after), null on the last page
 */
public record PersonRecord(String personId, String name, PersonRole role, boolean confidential,
                           List<PersonInDispute> disputes, String next) {
}
