package org.labourtracker.editorial;

import java.time.Clock;
import java.util.List;

import org.labourtracker.evidence.Checks;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Evidence;
import org.labourtracker.evidence.Place;
import org.labourtracker.evidence.Source;
import org.labourtracker.evidence.When;

/**
 * What a correction changes in an earlier record: each part that is present replaces the
 * record's part of the same name, the rest stays as first recorded. The original stays in the
 * stream, so views can show both.
 */
public record Correction(When when, Place where, List<Source> sources, List<Claim> claims, String notes) {

    void check(String path, Clock clock, boolean targetHasClaims) {
        Checks.require(when != null || where != null || sources != null || claims != null || notes != null,
                path, "must change at least one of when, where, sources, claims and notes");
        if (when != null) {
            when.check(path + ".when", clock);
        }
        if (where != null) {
            where.check(path + ".where");
        }
        if (sources != null) {
            Evidence.checkSources(sources, path + ".sources", clock);
        }
        if (claims != null) {
            Checks.require(targetHasClaims, path + ".claims", "the corrected record has no figures to correct");
            Evidence.checkClaims(claims, path + ".claims", clock, 1);
        }
        Checks.optionalText(notes, path + ".notes");
    }
}
