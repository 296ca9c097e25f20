package org.labourtracker.api.exchange;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;

/**
 * ACLED's event file: its 31 columns in its order, its codes, and the ISO 3166 country table that
 * turns our alpha-2 codes into ACLED's country names and numeric {@code iso} codes and back
 * ({@code acled/countries.csv}, from Debian's iso-codes). README: "ACLED exchange".
 */
final class AcledFormat {

    static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
            "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
            "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
            "notes", "fatalities", "tags", "timestamp");

    /** ACLED's time_precision: the day is known; only the week; only the month (or less). */
    static final int DAY = 1;
    static final int WEEK = 2;
    static final int MONTH = 3;

    /** ACLED's actor type codes (inter1, inter2), those our records can name. */
    static final int STATE_FORCES = 1;
    static final int RIOTERS = 5;
    static final int PROTESTERS = 6;
    static final int CIVILIANS = 7;

    record Country(String alpha2, String alpha3, int numeric, String name) {
    }

    private static final List<Country> COUNTRIES = load();
    private static final Map<String, Country> BY_ALPHA2 = new HashMap<>();
    private static final Map<String, Country> BY_NAME = new HashMap<>();
    private static final Map<Integer, Country> BY_NUMERIC = new HashMap<>();

    static {
        for (Country country : COUNTRIES) {
            BY_ALPHA2.put(country.alpha2(), country);
            BY_NAME.put(country.name().toLowerCase(Locale.ROOT), country);
            BY_NUMERIC.put(country.numeric(), country);
        }
    }

    private AcledFormat() {
    }

    static Optional<Country> country(String alpha2) {
        return Optional.ofNullable(alpha2 == null ? null : BY_ALPHA2.get(alpha2.toUpperCase(Locale.ROOT)));
    }

    /** By ACLED's numeric iso code when given, else by name. */
    static Optional<Country> country(String numeric, String name) {
        if (numeric != null && numeric.matches("\\d{1,3}")) {
            return Optional.ofNullable(BY_NUMERIC.get(Integer.parseInt(numeric)));
        }
        return Optional.ofNullable(name == null ? null : BY_NAME.get(name.trim().toLowerCase(Locale.ROOT)));
    }

    private static List<Country> load() {
        List<Country> countries = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new ClassPathResource("acled/countries.csv").getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] cells = line.split("\t");
                    countries.add(new Country(cells[0], cells[1], Integer.parseInt(cells[2]), cells[3]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(countries);
    }

    /** RFC 4180 records: quoted cells may hold commas, quotes (doubled) and line breaks. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (!cell.isEmpty() || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
