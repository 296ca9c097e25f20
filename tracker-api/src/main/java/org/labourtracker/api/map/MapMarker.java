package org.labourtracker.api.map;

import org.labourtracker.evidence.GeoPrecision;

/**
 * One place of a dispute on the map: the standing records that happened there, as the reader may see them.
 *
 * @param disputeId    the dispute whose records happened there
 * @param disputeTitle the dispute's title
 * @param place       the place's name, or its region's or country's when the records name no place
 * @param region      the place's region (first-level administrative division), when the records give one
 * @param country     the place's country, an ISO 3166 alpha-2 code such as KZ
 * @param latitude    the point's latitude in degrees (WGS 84), north positive
 * @param longitude   the point's longitude in degrees (WGS 84), east positive
 * @param precision   how exactly the point locates the place: the records' own precision, or REGION or
 *                    COUNTRY for an approximate point
 * @param approximate true when the records have no coordinates and the point is their region's centre
 *                    (the mean of the region's places that have coordinates) or their country's centre
 * @param records     how many standing records happened there
 */
public record MapMarker(String disputeId, String disputeTitle, String place, String region, String country,
                        double latitude, double longitude, GeoPrecision precision, boolean approximate, int records) {
}
