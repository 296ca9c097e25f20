package org.labourtracker.api.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.labourtracker.api.problem.InvalidRequest;
import org.labourtracker.api.reading.Filters;

/**
 * The search and filter form of the overview and the search page: the values as typed, kept in the
 * address, and the filters they make, or the first that cannot be used, shown at its field.
 */
final class FilterForm {

    static final List<String> FIELDS = List.of("q", "country", "region", "employer", "union", "industry", "status",
            "from", "to", "kind");

    private final Map<String, String> values;
    private final Filters filters;
    private final InvalidRequest error;

    private FilterForm(Map<String, String> values, Filters filters, InvalidRequest error) {
        this.values = values;
        this.filters = filters;
        this.error = error;
    }

    static FilterForm of(Map<String, String> parameters) {
        Map<String, String> values = new LinkedHashMap<>();
        FIELDS.forEach(field -> values.put(field, parameters.getOrDefault(field, "")));
        try {
            return new FilterForm(values, Filters.of(values.get("q"), values.get("country"), values.get("region"),
                    values.get("employer"), values.get("union"), values.get("industry"), values.get("status"),
                    values.get("from"), values.get("to"), values.get("kind")), null);
        } catch (InvalidRequest invalid) {
            return new FilterForm(values, null, invalid);
        }
    }

    /** The filters, or null when a value cannot be used. */
    Filters filters() {
        return filters;
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public String error(String field) {
        return error != null && error.field().equals(field) ? error.getMessage() : null;
    }

    public String generalError() {
        return error == null ? null : "The " + error.field() + " filter " + error.getMessage() + ".";
    }

    /** Whether any filter is given. */
    public boolean filtering() {
        return values.values().stream().anyMatch(value -> !value.isBlank());
    }
}
