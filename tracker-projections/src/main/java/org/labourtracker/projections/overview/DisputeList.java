package org.labourtracker.projections.overview;

import java.util.List;

/** The disputes a {@link DisputeListQuery} found, in brief, in its order. */
public record DisputeList(List<DisputeBrief> disputes) {
}
