package org.labourtracker.api.map;

import java.util.List;

/**
 * The places of one dispute or of all, most records first; {@code unplaced} counts the standing records
 * that could not be put on the map (no place, or a country the basemap does not outline).
 */
public record MapMarkers(List<MapMarker> markers, int unplaced) {
}
