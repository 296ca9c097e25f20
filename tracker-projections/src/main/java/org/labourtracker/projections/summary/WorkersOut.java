package org.labourtracker.projections.summary;

import java.util.List;

import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.When;
import org.labourtracker.projections.figures.Spread;

/**
 * How many workers are out, by the latest strike record still out that gives figures: each claim and their spread.
 *
 * @param recordId the strike record the figures come from
 * @param employer the employer struck, as the record names it
 * @param when     when that strike began, with its precision
 * @param claims   each source's figure of the workers out
 * @param spread   the claims' ranges, official and independent apart
 */
public record WorkersOut(String recordId, String employer, When when, List<Claim> claims, Spread spread) {
}
