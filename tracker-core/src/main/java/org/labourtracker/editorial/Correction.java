package org.labourtracker.editorial;

import java.util.List;

import org.labourtracker.evidence.Checks;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Evidence;
import org.labourtracker.evidence.FreeText;
import org.labourtracker.evidence.Place;
import org.labourtracker.evidence.Source;
import org.labourtracker.evidence.When;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a correction changes in an earlier record: each part that is present replaces the
 * record's part of the same name, the rest stays as first recorded. The original stays in the
 * stream, so views can show both.
 *
 * @param when    when it happened, replacing the record's
 * @param where   where it happened, replacing the record's
 * @param sources the sources, replacing all of the record's
 * @param claims  the figures, replacing all of the record's
 * @param notes   the notes, replacing the record's
 */
public record Correction(@Valid When when, @Valid Place where,
                         @Size(min = 1, max = Checks.MAX_LIST) List<@NotNull @Valid Source> sources,
                         @Size(min = 1, max = Checks.MAX_LIST) List<@NotNull @Valid Claim> claims,
                         @FreeText String notes) {

    /** The rules between the parts and the corrected record; each part's own rules are on its component. */
    void check(String path, boolean targetHasClaims) {
        Checks.require(when != null || where != null || sources != null || claims != null || notes != null,
                path, "must change at least one of when, where, sources, claims and notes");
        if (when != null) {
            when.check(path + ".when");
        }
        if (claims != null) {
            Checks.require(targetHasClaims, path + ".claims", "the corrected record has no figures to correct");
            Evidence.checkClaims(claims, path + ".claims");
        }
    }
}
