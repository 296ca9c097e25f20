package org.labourtracker.projections.timeline;

import java.util.List;

import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Place;
import org.labourtracker.evidence.Source;
import org.labourtracker.evidence.When;

/**
 * A corrected record's evidence and figures as first recorded.
 *
 * @param when    when it happened, as first recorded
 * @param where   where it happened, as first recorded
 * @param sources its sources, as first recorded
 * @param claims  its figures, as first recorded
 * @param notes   its notes, as first recorded
 */
public record Original(When when, Place where, List<Source> sources, List<Claim> claims, String notes) {
}
