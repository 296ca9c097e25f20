package org.labourtracker.projections.summary;

import java.util.List;

import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.When;
import org.labourtracker.projections.figures.Spread;

/** How many workers are out, by the latest strike record still out that gives figures: each claim and their spread. */
public record WorkersOut(String recordId, String employer, When when, List<Claim> claims, Spread spread) {
}
