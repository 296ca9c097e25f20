package org.labourtracker.projections.history;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Comparator;

/**
 * A record's place in {@link StoredRecord#TIMELINE_ORDER}: where a page of a timeline ends and the
 * next begins. Handed to readers as an opaque cursor, so that its form can change without breaking them.
 */
public record TimelinePosition(LocalDate on, Instant recordedAt, String streamId, long sequence)
        implements Comparable<TimelinePosition> {

    private static final Comparator<TimelinePosition> ORDER = Comparator.comparing(TimelinePosition::on)
            .thenComparing(TimelinePosition::recordedAt)
            .thenComparing(TimelinePosition::streamId)
            .thenComparingLong(TimelinePosition::sequence);

    public static TimelinePosition of(StoredRecord record) {
        return new TimelinePosition(record.evidence().when().on(), record.recordedAt(), record.streamId(),
                record.sequence());
    }

    /** Whether the record comes after this position, so on a page that starts after it. */
    public boolean precedes(StoredRecord record) {
        return ORDER.compare(this, of(record)) < 0;
    }

    @Override
    public int compareTo(TimelinePosition other) {
        return ORDER.compare(this, other);
    }

    public String cursor() {
        String position = on + "|" + recordedAt + "|" + sequence + "|" + streamId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    /** The position a cursor names; {@link IllegalArgumentException} if it names none. */
    public static TimelinePosition ofCursor(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 4);
            if (parts.length != 4 || parts[3].isEmpty()) {
                throw new IllegalArgumentException("not a timeline cursor");
            }
            return new TimelinePosition(LocalDate.parse(parts[0]), Instant.parse(parts[1]), parts[3],
                    Long.parseLong(parts[2]));
        } catch (DateTimeParseException | NumberFormatException unreadable) {
            throw new IllegalArgumentException("not a timeline cursor", unreadable);
        }
    }
}
