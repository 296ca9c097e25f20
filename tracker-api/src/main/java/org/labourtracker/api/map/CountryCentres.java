package org.labourtracker.api.map;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Each country's centre, by ISO 3166 alpha-2 code: the centroid of its largest polygon in the basemap
 * the pages draw (Natural Earth 1:50m), derived once by tools/country-centres.mjs.
 */
@Component
class CountryCentres {

    record Centre(double latitude, double longitude) {
    }

    private final Map<String, Centre> centres;

    CountryCentres() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new ClassPathResource("map/country-centres.csv").getInputStream(), StandardCharsets.UTF_8))) {
            centres = lines.lines().skip(1).map(line -> line.split(",", 4))
                    .collect(Collectors.toUnmodifiableMap(row -> row[0],
                            row -> new Centre(Double.parseDouble(row[1]), Double.parseDouble(row[2]))));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    Optional<Centre> of(String country) {
        return Optional.ofNullable(centres.get(country));
    }
}
