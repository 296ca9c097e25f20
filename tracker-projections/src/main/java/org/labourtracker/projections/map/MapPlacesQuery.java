package org.labourtracker.projections.map;

import java.util.Set;

/**
 * The places of the given disputes, whether listed or not.
 *
 * @param disputeIds the disputes to answer for
 */
public record MapPlacesQuery(Set<String> disputeIds) {

    public MapPlacesQuery {
        disputeIds = Set.copyOf(disputeIds);
    }

    public static MapPlacesQuery of(Set<String> disputeIds) {
        return new MapPlacesQuery(disputeIds);
    }
}
