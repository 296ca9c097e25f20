package org.labourtracker.api.reading;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.labourtracker.api.problem.InvalidRequest;
import org.labourtracker.api.recording.RecordKinds;
import org.labourtracker.dispute.DisputeStatus;
import org.labourtracker.projections.history.SearchText;
import org.labourtracker.projections.overview.DisputeBrief;
import org.labourtracker.projections.overview.DisputeFilter;

/**
 * The filters of the dispute list, the search and the pages that offer them, as given in a query
 * string and checked: a value that cannot be used answers a problem naming its parameter. Names
 * (employer, union, industry) match any part, case aside; country and region match whole.
 *
 * @param terms the words of {@code q}, normalised ({@link SearchText})
 * @param types the types of record {@code kind} stands for, or null when no kind is given
 */
public record Filters(String q, List<String> terms, String country, String region, String employer, String union,
                      String industry, DisputeStatus status, LocalDate from, LocalDate to, String kind,
                      Set<String> types) {

    /** No filter: every dispute. */
    public static final Filters NONE = new Filters(null, List.of(), null, null, null, null, null, null, null, null,
            null, null);

    static final int LONGEST_QUERY = 200;
    static final int MOST_TERMS = 10;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public static Filters of(String q, String country, String region, String employer, String union, String industry,
                             String status, String from, String to, String kind) {
        q = blankless(q);
        List<String> terms = q == null ? List.of() : SearchText.terms(q);
        if (q != null && q.length() > LONGEST_QUERY) {
            throw new InvalidRequest("q", "must be at most " + LONGEST_QUERY + " characters");
        }
        if (terms.size() > MOST_TERMS) {
            throw new InvalidRequest("q", "must have at most " + MOST_TERMS + " words");
        }
        if (q != null && terms.isEmpty()) {
            throw new InvalidRequest("q", "must have a word of letters or digits");
        }
        country = blankless(country);
        if (country != null && !COUNTRIES.contains(country.toUpperCase(Locale.ROOT))) {
            throw new InvalidRequest("country", "must be an ISO 3166 alpha-2 code such as KZ");
        }
        LocalDate fromDay = day(from, "from");
        LocalDate toDay = day(to, "to");
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            throw new InvalidRequest("to", "must not be before from");
        }
        kind = blankless(kind);
        Set<String> types = null;
        if (kind != null) {
            types = RecordKinds.readable().get(kind);
            if (types == null) {
                throw new InvalidRequest("kind", "must be one of " + String.join(", ", kinds()));
            }
        }
        return new Filters(q, terms, country == null ? null : country.toUpperCase(Locale.ROOT), blankless(region),
                blankless(employer), blankless(union), blankless(industry), status(status), fromDay, toDay, kind, types);
    }

    /** The kinds a reader can filter by, as {@link RecordKinds#readable} names them. */
    public static List<String> kinds() {
        return List.copyOf(RecordKinds.readable().keySet());
    }

    /** Whether a filter on the dispute itself (not its records) is given. */
    boolean onDisputes() {
        return country != null || region != null || employer != null || union != null || industry != null
                || status != null;
    }

    /**
     * The filters on the dispute itself, as the dispute list asks for them; with {@code begun}, also when
     * the dispute may have begun.
     */
    DisputeFilter disputeFilter(boolean begun) {
        return new DisputeFilter(country, region, employer, union, industry, status, begun ? from : null,
                begun ? to : null);
    }

    /** Whether the dispute passes the filters on the dispute itself. */
    boolean keeps(DisputeBrief brief) {
        return (country == null || country.equalsIgnoreCase(brief.country()))
                && (region == null || region.equalsIgnoreCase(brief.region()))
                && (status == null || status == brief.status())
                && (employer == null || brief.employers().stream().anyMatch(name -> holds(name, employer)))
                && (union == null || brief.unions().stream().anyMatch(name -> holds(name, union)))
                && (industry == null || holds(brief.industry(), industry));
    }

    /** Whether the dispute may have begun between {@code from} and {@code to}. */
    boolean startedWithin(DisputeBrief brief) {
        return brief.started() == null
                || (from == null || !brief.started().latest().isBefore(from))
                && (to == null || !brief.started().earliest().isAfter(to));
    }

    /** The filters given, by parameter, as a query string carries them. */
    public Map<String, String> given() {
        Map<String, String> given = new java.util.LinkedHashMap<>();
        given.put("q", q);
        given.put("country", country);
        given.put("region", region);
        given.put("employer", employer);
        given.put("union", union);
        given.put("industry", industry);
        given.put("status", status == null ? null : status.name());
        given.put("from", from == null ? null : from.toString());
        given.put("to", to == null ? null : to.toString());
        given.put("kind", kind);
        given.values().removeIf(java.util.Objects::isNull);
        return given;
    }

    private static boolean holds(String name, String part) {
        return name != null && name.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }

    private static DisputeStatus status(String status) {
        status = blankless(status);
        if (status == null) {
            return null;
        }
        try {
            return DisputeStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidRequest("status", "must be one of " + Arrays.stream(DisputeStatus.values())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    private static LocalDate day(String value, String field) {
        value = blankless(value);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException notADay) {
            throw new InvalidRequest(field, "must be a day such as 2011-12-16");
        }
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
