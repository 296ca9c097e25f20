package org.labourtracker.api.map;

import java.util.List;

/**
 * The places of one dispute or of all, most records first; {@code unplaced} counts the standing records
 * that could not be put on the map (no place, or a country the basemap does not outline).
 *
 * @param markers  the places on the map, most records first
 * @param unplaced how many standing records could not be put on the map
 */
public record MapMarkers(List<MapMarker> markers, int unplaced) {
}
