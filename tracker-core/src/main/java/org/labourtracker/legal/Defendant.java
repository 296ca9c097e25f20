package org.labourtracker.legal;

import org.labourtracker.evidence.Person;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * A named defendant and whether they are held in custody when the case opens.
 *
 * @param person    the defendant
 * @param inCustody whether they are held when the case opens
 */
public record Defendant(@NotNull @Valid Person person, boolean inCustody) {
}
