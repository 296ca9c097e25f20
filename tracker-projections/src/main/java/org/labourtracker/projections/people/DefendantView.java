package org.labourtracker.projections.people;

import java.util.List;

import org.labourtracker.evidence.PersonRole;
import org.labourtracker.legal.Finding;
import org.labourtracker.legal.ReleaseKind;
import org.labourtracker.legal.Sentence;

/** A named defendant of a case: charges, the court's latest finding and sentence, and release. */
public record DefendantView(String personId, String name, PersonRole role, boolean inCustody, List<String> charges,
                            Finding finding, Sentence sentence, ReleaseKind released) {
}
