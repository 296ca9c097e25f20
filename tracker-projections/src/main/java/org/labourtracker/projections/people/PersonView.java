package org.labourtracker.projections.people;

import java.util.List;

import org.labourtracker.evidence.PersonRole;
import org.labourtracker.legal.Sentence;

/**
 * A named person in a dispute: whether they are held now, where they stand, their sentence if any,
 * harm done to them, their cases, and every fact recorded about them in order. A confidential person
 * shown to a reader who may not see them has the name {@code [confidential]} and a pseudonymous id.
 */
public record PersonView(String personId, String name, PersonRole role, boolean confidential, boolean inCustody,
                         LegalStanding standing, Sentence sentence, List<Harm> harms, List<String> caseIds,
                         List<PersonFact> facts) {
}
