package org.labourtracker.projections.admin;

import java.util.List;

/**
 * How far a read model's processor is. While it replays, {@code position} is the lowest event
 * position its replaying segments have reached and {@code target} the highest position they must
 * reach (the head of the event store when the rebuild began); {@code fraction} is their ratio, 1.0
 * when nothing replays. {@code done} is true when the processor runs, holds its segments, and none of
 * them replays or lags behind. Only segments claimed by this instance are reported.
 */
public record ReplayProgress(String processor, boolean running, boolean replaying, boolean done, boolean error,
                             Long position, Long target, double fraction, List<SegmentProgress> segments) {
}
