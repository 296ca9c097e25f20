package org.labourtracker.projections.timeline;

import java.util.List;

import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Place;
import org.labourtracker.evidence.Source;
import org.labourtracker.evidence.When;

/** A corrected record's evidence and figures as first recorded. */
public record Original(When when, Place where, List<Source> sources, List<Claim> claims, String notes) {
}
