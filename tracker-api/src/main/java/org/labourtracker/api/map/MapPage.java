package org.labourtracker.api.map;

import java.util.List;

/**
 * A page of the overview's map: the places of a page of disputes, as the list of disputes pages them
 * with the same filters, most records first; {@code unplaced} counts those disputes' standing records
 * that could not be put on the map.
 *
 * @param markers  the places of the page's disputes, most records first
 * @param unplaced how many of their standing records could not be put on the map
 * @param next     the cursor of the next page of disputes (pass it as after), null on the last
 */
public record MapPage(List<MapMarker> markers, int unplaced, String next) {
}
