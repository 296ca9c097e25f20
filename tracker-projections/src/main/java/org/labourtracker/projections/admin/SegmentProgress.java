package org.labourtracker.projections.admin;

/**
 * One segment of a processor: whether it is still replaying (it has not yet handled every event up to
 * {@code resetPosition}, the head of the event store when the rebuild began), whether it is caught up
 * with the head, and the position of the last event it handled.
 *
 * @param segment       the segment's id
 * @param replaying     whether it has yet to handle every event up to resetPosition
 * @param caughtUp      whether it has caught up with the head of the event store
 * @param position      the position of the last event it handled, null before the first
 * @param resetPosition the head of the event store when the rebuild began, null when none began
 * @param error         why the segment stopped, null when it did not
 */
public record SegmentProgress(int segment, boolean replaying, boolean caughtUp, Long position, Long resetPosition,
                              String error) {
}
