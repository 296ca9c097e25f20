package org.labourtracker.api.map;

import org.labourtracker.evidence.GeoPrecision;

/**
 * One place of a dispute on the map: the standing records that happened there, as the reader may see them.
 *
 * @param place       the place's name, or its region's or country's when the records name no place
 * @param precision   how exactly the point locates the place: the records' own precision, or REGION or
 *                    COUNTRY for an approximate point
 * @param approximate true when the records have no coordinates and the point is their region's centre
 *                    (the mean of the region's places that have coordinates) or their country's centre
 * @param records     how many standing records happened there
 */
public record MapMarker(String disputeId, String disputeTitle, String place, String region, String country,
                        double latitude, double longitude, GeoPrecision precision, boolean approximate, int records) {
}
