package org.labourtracker.projections.map;

import java.util.Set;

/**
 * The places of the given disputes, or of every dispute listed (unknown and withdrawn ones left out).
 *
 * @param everyDispute whether to answer for every dispute listed; {@code disputeIds} is then empty
 * @param disputeIds   the disputes to answer for, whether listed or not
 */
public record MapPlacesQuery(boolean everyDispute, Set<String> disputeIds) {

    public MapPlacesQuery {
        disputeIds = Set.copyOf(disputeIds);
    }

    public static MapPlacesQuery every() {
        return new MapPlacesQuery(true, Set.of());
    }

    public static MapPlacesQuery of(Set<String> disputeIds) {
        return new MapPlacesQuery(false, disputeIds);
    }
}
