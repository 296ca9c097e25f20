package org.labourtracker.projections.map;

import org.labourtracker.evidence.Place;

/**
 * How many standing records of a dispute (its own and its legal cases') happened at one place.
 *
 * @param disputeId the dispute
 * @param place     where they happened as recorded, or null for the records that name no place
 * @param records   how many standing records happened there
 */
public record PlaceCount(String disputeId, Place place, long records) {
}
