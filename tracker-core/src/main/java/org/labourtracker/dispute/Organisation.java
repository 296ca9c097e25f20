package org.labourtracker.dispute;

import java.util.List;

import org.labourtracker.evidence.Checks;
import org.labourtracker.evidence.Name;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An employer or a union in a dispute; employers name their owners (a parent company, the state).
 *
 * @param name   the employer's or union's name
 * @param owners who owns the employer: a parent company, the state
 */
public record Organisation(@NotNull @Name String name,
                           @Size(max = Checks.MAX_LIST) List<@NotNull @Name String> owners) {
}
