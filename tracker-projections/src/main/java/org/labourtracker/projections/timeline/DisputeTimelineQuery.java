package org.labourtracker.projections.timeline;

/**
 * Asks for a dispute's timeline ({@link DisputeTimeline}, or null for an unknown dispute). As a
 * subscription query, each update is the {@link TimelineEntry} that was added or changed (a reader
 * replaces the entry with the same stream and record id); a confidentiality change sends every
 * entry of the stream again.
 *
 * @param confidentialVisible whether the reader may see confidential names and sources
 */
public record DisputeTimelineQuery(String disputeId, boolean confidentialVisible) {
}
