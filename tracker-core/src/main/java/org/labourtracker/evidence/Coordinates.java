package org.labourtracker.evidence;

/** A point in WGS 84 degrees, with how exactly it locates the place. */
public record Coordinates(double latitude, double longitude, GeoPrecision precision) {

    public void check(String path) {
        Checks.require(latitude >= -90 && latitude <= 90, path + ".latitude", "must be between -90 and 90");
        Checks.require(longitude >= -180 && longitude <= 180, path + ".longitude", "must be between -180 and 180");
        Checks.present(precision, path + ".precision");
    }
}
