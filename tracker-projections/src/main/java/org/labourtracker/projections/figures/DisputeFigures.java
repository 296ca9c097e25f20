package org.labourtracker.projections.figures;

import java.util.List;
import java.util.Optional;

/**
 * A dispute's figures, grouped by kind and incident, in the order the incidents happened.
 *
 * @param disputeId the dispute's id
 * @param groups    one group per kind of figure, incident and category of victims, each with every claim (in a page
 *                  of them, the page's)
 * @param next      the cursor of the next page of groups, null on the last page or when these are all
 */
public record DisputeFigures(String disputeId, List<FigureGroup> groups, String next) {

    public DisputeFigures(String disputeId, List<FigureGroup> groups) {
        this(disputeId, groups, null);
    }

    public Optional<FigureGroup> group(FigureKind kind, String incident) {
        return groups.stream().filter(g -> g.kind() == kind && incident.equals(g.incident())).findFirst();
    }

    /** The figures with at most the first {@code most} claims of each group (see {@link FigureGroup#firstClaims}). */
    public DisputeFigures firstClaims(int most) {
        return new DisputeFigures(disputeId, groups.stream().map(group -> group.firstClaims(most)).toList(), next);
    }

    public List<FigureGroup> ofKind(FigureKind kind) {
        return groups.stream().filter(g -> g.kind() == kind).toList();
    }
}
