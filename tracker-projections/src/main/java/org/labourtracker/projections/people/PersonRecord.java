package org.labourtracker.projections.people;

import java.util.List;

import org.labourtracker.evidence.PersonRole;

/**
 * A person across every dispute whose records or cases name them: for each, what that dispute's
 * people view says of them (standing, harm, cases and every fact, in order).
 *
 * @param personId     the person's id, the same in every record that names them
 * @param name         the person's name, {@code [confidential]} for a reader who may not see it
 * @param role         the person's part: WORKER, UNION_REPRESENTATIVE, LAWYER, JOURNALIST, POLICE_OFFICER ...
 * @param confidential whether the person's name is kept from the public
 * @param disputes     what each dispute that names them records of them
 */
public record PersonRecord(String personId, String name, PersonRole role, boolean confidential,
                           List<PersonInDispute> disputes) {
}
