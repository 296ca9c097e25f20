package org.labourtracker.projections.overview;

/**
 * Disputes in brief that the filter keeps, at most {@code limit}: in the order of their ids after the
 * dispute {@code afterDisputeId} (null: from the first), or, {@code activeFirst}, the active ones first
 * and the latest begun first, from the {@code offset}th on.
 */
public record DisputeListQuery(DisputeFilter filter, boolean activeFirst, String afterDisputeId, int offset,
                               int limit) {

    /** In the order of their ids, after the dispute {@code afterDisputeId}. */
    public static DisputeListQuery after(DisputeFilter filter, String afterDisputeId, int limit) {
        return new DisputeListQuery(filter, false, afterDisputeId, 0, limit);
    }

    /** The active first and the latest begun first, from the {@code offset}th on. */
    public static DisputeListQuery activeFirst(DisputeFilter filter, int offset, int limit) {
        return new DisputeListQuery(filter, true, null, offset, limit);
    }
}
