package org.labourtracker.projections.people;

import java.util.List;

import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.PersonRole;
import org.labourtracker.legal.Finding;
import org.labourtracker.legal.ReleaseKind;
import org.labourtracker.legal.Sentence;

/**
 * Defendants tried as a group, not named one by one: how many they were as a source said, their
 * charges, the court's latest finding and sentence on the group, and its release.
 */
public record GroupDefendantView(String defendantId, String description, PersonRole role, Claim size,
                                 boolean inCustody, List<String> charges, Finding finding, Sentence sentence,
                                 ReleaseKind released) {
}
