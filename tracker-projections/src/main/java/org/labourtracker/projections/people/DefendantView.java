package org.labourtracker.projections.people;

import java.util.List;

import org.labourtracker.evidence.PersonRole;
import org.labourtracker.legal.Finding;
import org.labourtracker.legal.ReleaseKind;
import org.labourtracker.legal.Sentence;

/**
 * A named defendant of a case: charges, the court's latest finding and sentence, and release.
 *
 * @param personId  the person's id, the same in every record and case that names them
 * @param name      the person's name, {@code [confidential]} for a reader who may not see it
 * @param role      the person's part in the dispute: WORKER, UNION_REPRESENTATIVE, LAWYER, POLICE_OFFICER ...
 * @param inCustody whether the person is held now, by the last record that says
 * @param charges   the charges against this defendant, as recorded
 * @param finding   the court's latest finding: CONVICTED, ACQUITTED or CHARGES_DROPPED; null before a verdict
 * @param sentence  the latest sentence handed down, null when none
 * @param released  how the defendant was released (BAIL, PAROLE, PARDON, AMNESTY, SENTENCE_SERVED ...), null while not
 */
public record DefendantView(String personId, String name, PersonRole role, boolean inCustody, List<String> charges,
                            Finding finding, Sentence sentence, ReleaseKind released) {
}
