package org.labourtracker.legal;

import org.labourtracker.evidence.Person;

/** A named defendant and whether they are held in custody when the case opens. */
public record Defendant(Person person, boolean inCustody) {
}
