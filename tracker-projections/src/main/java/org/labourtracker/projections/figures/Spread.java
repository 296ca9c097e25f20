package org.labourtracker.projections.figures;

import java.util.List;

import org.labourtracker.evidence.Claim;

/**
 * Claims' ranges kept apart by side: official (official and employer sources) and independent (the rest).
 *
 * @param official    the range of the claims by official and employer sources
 * @param independent the range of the claims by every other source
 */
public record Spread(SideRange official, SideRange independent) {

    public static Spread of(List<Claim> claims) {
        return new Spread(
                SideRange.of(claims.stream().filter(c -> c.source().kind().isOfficialSide()).toList()),
                SideRange.of(claims.stream().filter(c -> !c.source().kind().isOfficialSide()).toList()));
    }

    /** The ranges of these claims and the other's together, side by side. */
    public Spread plus(Spread other) {
        return new Spread(official.plus(other.official), independent.plus(other.independent));
    }
}
