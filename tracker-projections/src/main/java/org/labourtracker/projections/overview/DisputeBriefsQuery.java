package org.labourtracker.projections.overview;

import java.util.Set;

/** The given disputes in brief, in the order of their ids; those unknown or withdrawn are left out. */
public record DisputeBriefsQuery(Set<String> disputeIds) {
}
