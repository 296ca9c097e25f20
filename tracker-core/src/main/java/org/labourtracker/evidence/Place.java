package org.labourtracker.evidence;

import java.util.Locale;
import java.util.Set;

/** Where something happened: a place name, its region (admin 1), its country (ISO 3166 alpha-2), a point if known. */
public record Place(String name, String region, String country, Coordinates coordinates) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public void check(String path) {
        Checks.optionalName(name, path + ".name");
        Checks.optionalName(region, path + ".region");
        Checks.present(country, path + ".country");
        Checks.require(COUNTRIES.contains(country), path + ".country", "must be an ISO 3166 alpha-2 code such as KZ");
        if (coordinates != null) {
            coordinates.check(path + ".coordinates");
        }
    }
}
