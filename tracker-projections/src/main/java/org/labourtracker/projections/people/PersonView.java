package org.labourtracker.projections.people;

import java.util.List;

import org.labourtracker.evidence.PersonRole;
import org.labourtracker.legal.Sentence;

/**
 * A named person in a dispute: whether they are held now, where they stand, their sentence if any,
 * harm done to them, their cases, and every fact recorded about them in order. A confidential person
 * shown to a reader who may not see them has the name {@code [confidential]} and a pseudonymous id.
 *
 * @param personId     the person's id, pseudonymous for a confidential person the reader may not see
 * @param name         the person's name, or {@code [confidential]}
 * @param role         the person's part: WORKER, UNION_REPRESENTATIVE, LAWYER, JOURNALIST, POLICE_OFFICER ...
 * @param confidential whether the person's name is kept from the public
 * @param inCustody    whether the person is held now, by the last record that says
 * @param standing     where the person stands: NONE, DETAINED, ACCUSED, CHARGED, ON_TRIAL, SENTENCED, RELEASED ...
 * @param sentence     the latest sentence handed down on them, null when none
 * @param harms        harm the records say they suffered: KILLED, INJURED, TORTURED, DISAPPEARED ...
 * @param caseIds      the cases in which they are a defendant
 * @param facts        every fact recorded about them, in the order it happened
 */
public record PersonView(String personId, String name, PersonRole role, boolean confidential, boolean inCustody,
                         LegalStanding standing, Sentence sentence, List<Harm> harms, List<String> caseIds,
                         List<PersonFact> facts) {
}
