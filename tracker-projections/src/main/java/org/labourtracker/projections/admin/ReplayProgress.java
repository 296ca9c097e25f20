package org.labourtracker.projections.admin;

import java.util.List;

/**
 * How far a read model's processor is. While it replays, {@code position} is the lowest event
 * position its replaying segments have reached and {@code target} the highest position they must
 * reach (the head of the event store when the rebuild began); {@code fraction} is their ratio, 1.0
 * when nothing replays. {@code done} is true when the processor runs, holds its segments, and none of
 * them replays or lags behind. Only segments claimed by this instance are reported.
 *
 * @param processor the read model's event processor
 * @param running   whether the processor runs
 * @param replaying whether some segment still replays
 * @param done      whether the processor runs, holds its segments, and none replays or lags behind
 * @param error     whether some segment is in error
 * @param position  the lowest event position the replaying segments have reached, null when unknown
 * @param target    the event store's head when the rebuild began, null when nothing replays
 * @param fraction  position over target, from 0.0 to 1.0; 1.0 when nothing replays
 * @param segments  each segment this instance holds
 */
public record ReplayProgress(String processor, boolean running, boolean replaying, boolean done, boolean error,
                             Long position, Long target, double fraction, List<SegmentProgress> segments) {
}
