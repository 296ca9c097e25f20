package org.labourtracker.projections.timetravel;

import java.time.Instant;
import java.time.LocalDate;

import org.labourtracker.projections.history.TimelinePosition;

/**
 * Asks for a dispute as it was known, for auditors: only the records (and edits) recorded at or
 * before {@code knownAt}, and of those only the records whose period begins on or before
 * {@code happenedBy}. Either may be null (no limit on that axis). Answered with a {@link DisputeSnapshot}
 * whose timeline is one page of up to {@code limit} entries after {@code after} (from the first when it
 * is null), or null when nothing about the dispute was recorded by then. Redaction follows the
 * confidentiality decisions in force now, whatever the date asked for: a person found to be at risk
 * later stays hidden.
 *
 * @param confidentialVisible whether the reader may see confidential names and sources
 */
public record DisputeAsKnownQuery(String disputeId, Instant knownAt, LocalDate happenedBy, TimelinePosition after,
                                  int limit, boolean confidentialVisible) {

    /** The timeline's page size when none is asked for. */
    public static final int DEFAULT_PAGE = 100;

    /** The first page of the timeline, of the default size. */
    public DisputeAsKnownQuery(String disputeId, Instant knownAt, LocalDate happenedBy, boolean confidentialVisible) {
        this(disputeId, knownAt, happenedBy, null, DEFAULT_PAGE, confidentialVisible);
    }

    public static DisputeAsKnownQuery knownAt(String disputeId, Instant knownAt, boolean confidentialVisible) {
        return new DisputeAsKnownQuery(disputeId, knownAt, null, confidentialVisible);
    }

    public static DisputeAsKnownQuery happenedBy(String disputeId, LocalDate happenedBy, boolean confidentialVisible) {
        return new DisputeAsKnownQuery(disputeId, null, happenedBy, confidentialVisible);
    }
}
