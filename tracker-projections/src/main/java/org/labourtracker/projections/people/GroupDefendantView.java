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
 *
 * @param defendantId the group's id in the case
 * @param description who the group are, such as "residents of Zhanaozen"
 * @param role        the group's part in the dispute: WORKER, RESIDENT, POLICE_OFFICER ...
 * @param size        how many they were, as a source said
 * @param inCustody   whether the group is held now, by the last record that says
 * @param charges     the charges against the group, as recorded
 * @param finding     the court's latest finding: CONVICTED, ACQUITTED or CHARGES_DROPPED; null before a verdict
 * @param sentence    the latest sentence handed down on the group, null when none
 * @param released    how the group was released (BAIL, PARDON, AMNESTY, SENTENCE_SERVED ...), null while not
 */
public record GroupDefendantView(String defendantId, String description, PersonRole role, Claim size,
                                 boolean inCustody, List<String> charges, Finding finding, Sentence sentence,
                                 ReleaseKind released) {
}
