package org.labourtracker.projections.history;

import java.util.List;

/**
 * Tells readers of changes to the record store: those on this node, and, where several nodes share
 * the database, those on every other node, once the changes are committed. A node processes only the
 * segments it holds, so without this a reader would hear only of the disputes its own node processes.
 */
public interface Announcements {

    /** Called by the record store's processor, inside the transaction that makes the changes. */
    void changed(List<ViewChange> changes);
}
