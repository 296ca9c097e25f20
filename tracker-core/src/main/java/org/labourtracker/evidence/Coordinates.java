package org.labourtracker.evidence;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/**
 * A point in WGS 84 degrees, with how exactly it locates the place.
 *
 * @param latitude  degrees north, -90 to 90
 * @param longitude degrees east, -180 to 180
 * @param precision how exactly the point locates the place
 */
public record Coordinates(@DecimalMin(value = "-90", message = "must be between -90 and 90")
                          @DecimalMax(value = "90", message = "must be between -90 and 90") double latitude,
                          @DecimalMin(value = "-180", message = "must be between -180 and 180")
                          @DecimalMax(value = "180", message = "must be between -180 and 180") double longitude,
                          @NotNull GeoPrecision precision) {
}
