package org.labourtracker.evidence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Where something happened: a place name, its region (admin 1), its country (ISO 3166 alpha-2), a point if known.
 *
 * @param name        the town, village or site
 * @param region      the region or province (admin 1)
 * @param country     the country as an ISO 3166 alpha-2 code such as KZ
 * @param coordinates the point, when known
 */
public record Place(@Name String name, @Name String region, @NotNull @CountryCode String country,
                    @Valid Coordinates coordinates) {
}
