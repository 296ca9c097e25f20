package org.labourtracker.projections.admin;

/**
 * One segment of a processor: whether it is still replaying (it has not yet handled every event up to
 * {@code resetPosition}, the head of the event store when the rebuild began), whether it is caught up
 * with the head, and the position of the last event it handled.
 */
public record SegmentProgress(int segment, boolean replaying, boolean caughtUp, Long position, Long resetPosition,
                              String error) {
}
