package org.labourtracker.projections.map;

import java.util.List;

/**
 * The places of the disputes asked for, and what a map needs to place their records that have no
 * coordinates: the distinct points recorded in those records' regions.
 *
 * @param places       each dispute's places, with the standing records at each
 * @param regionPoints the distinct points (finer than a country) of the standing records of the disputes
 *                     listed and of those asked for, in every region that a place without coordinates names
 */
public record MapPlaces(List<PlaceCount> places, List<RegionPoint> regionPoints) {

    /** A point recorded in a region (first-level administrative division) of a country. */
    public record RegionPoint(String country, String region, double latitude, double longitude) {
    }
}
