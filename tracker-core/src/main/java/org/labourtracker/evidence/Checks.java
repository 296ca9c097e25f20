package org.labourtracker.evidence;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/** The checks every recording shares: identifiers, text, dates. Each failure names its field. */
public final class Checks {

    public static final int NAME_LENGTH = 300;
    public static final int TEXT_LENGTH = 10_000;
    public static final int MAX_LIST = 500;

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");

    private Checks() {
    }

    public static void require(boolean condition, String field, String reason) {
        if (!condition) {
            throw new RecordRejected(field, reason);
        }
    }

    public static <T> T present(T value, String field) {
        require(value != null, field, "is required");
        return value;
    }

    public static void identifier(String value, String field) {
        present(value, field);
        require(IDENTIFIER.matcher(value).matches(), field,
                "must be 1 to 100 letters, digits or . _ : - and start with a letter or digit");
    }

    /** A required single-line name: no control characters, at most {@link #NAME_LENGTH} characters. */
    public static void name(String value, String field) {
        present(value, field);
        optionalName(value, field);
    }

    public static void optionalName(String value, String field) {
        if (value == null) {
            return;
        }
        require(!value.isBlank(), field, "must not be blank");
        require(value.length() <= NAME_LENGTH, field, "must be at most " + NAME_LENGTH + " characters");
        require(value.chars().noneMatch(Character::isISOControl), field, "must not contain control characters");
        require(value.chars().noneMatch(Checks::isDirectionControl), field,
                "must not contain text-direction controls (U+202A to U+202E, U+2066 to U+2069)");
    }

    /**
     * Invisible characters that reorder the text after them: in a name, shown in a page or an
     * export, they make it read as another (a company name displayed backwards, say).
     */
    private static boolean isDirectionControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** Free text such as notes: line breaks and tabs allowed, other control characters not. */
    public static void optionalText(String value, String field) {
        if (value == null) {
            return;
        }
        require(value.length() <= TEXT_LENGTH, field, "must be at most " + TEXT_LENGTH + " characters");
        require(value.chars().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'),
                field, "must not contain control characters other than line breaks and tabs");
    }

    public static void text(String value, String field) {
        present(value, field);
        require(!value.isBlank(), field, "must not be blank");
        optionalText(value, field);
    }

    public static void size(Collection<?> values, String field, int min) {
        present(values, field);
        require(values.size() >= min, field, min == 1 ? "needs at least one entry" : "needs at least " + min + " entries");
        require(values.size() <= MAX_LIST, field, "must have at most " + MAX_LIST + " entries");
        require(values.stream().allMatch(java.util.Objects::nonNull), field, "must not contain null entries");
    }

    public static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }

    /**
     * Rejects dates after today anywhere on earth: a report from a time zone ahead of the server's
     * must not be refused, but nothing that has not happened yet is evidence.
     */
    public static void notFuture(LocalDate date, String field, Clock clock) {
        if (date != null) {
            require(!date.isAfter(LocalDate.now(clock.withZone(ZoneOffset.MAX))), field, "must not be in the future");
        }
    }
}
