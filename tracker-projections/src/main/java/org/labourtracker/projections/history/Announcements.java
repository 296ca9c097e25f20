package org.labourtracker.projections.history;

/**
 * Tells readers of a change to the record store: those on this node, and, where several nodes share
 * the database, those on every other node, once the change is committed. A node processes only the
 * segments it holds, so without this a reader would hear only of the disputes its own node processes.
 */
public interface Announcements {

    /** Called from the record store's event handler, inside the transaction that makes the change. */
    void changed(ViewChange change);
}
