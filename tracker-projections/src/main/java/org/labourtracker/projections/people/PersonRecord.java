package org.labourtracker.projections.people;

import java.util.List;

import org.labourtracker.evidence.PersonRole;

/**
 * A person across every dispute whose records or cases name them: for each, what that dispute's
 * people view says of them (standing, harm, cases and every fact, in order).
 */
public record PersonRecord(String personId, String name, PersonRole role, boolean confidential,
                           List<PersonInDispute> disputes) {
}
