package org.labourtracker.api.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.labourtracker.api.problem.InvalidRequest;

/**
 * Instants of recording time as auditors type them: an instant ({@code 2011-12-20T08:30:00Z}), a
 * time in UTC to the minute ({@code 2011-12-20 08:30} or {@code 2011-12-20T08:30}), or a date, which
 * means the start or the end of that day in UTC, as the bound requires.
 */
public final class RecordingTimes {

    private static final String FORMS = "must be an instant such as 2011-12-20T08:30:00Z, a time in UTC such as "
            + "2011-12-20 08:30, or a date such as 2011-12-20";

    private RecordingTimes() {
    }

    /** The instant a span starts after; a date means just before that day begins. Null stays null. */
    public static Instant start(String value, String field) {
        return parse(value, field, false);
    }

    /** The instant a span ends at, itself included; a date means the end of that day. Null stays null. */
    public static Instant end(String value, String field) {
        return parse(value, field, true);
    }

    private static Instant parse(String value, String field, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return endOfDay ? day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1)
                        : day.atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1);
            }
            if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(text).toInstant();
            }
            return LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException unreadable) {
            throw new InvalidRequest(field, FORMS + "; '" + text + "' is none of these");
        }
    }
}
