package org.labourtracker.projections.history;

/**
 * A read model whose readers are kept up to date: it sends the updates of a change to the readers
 * subscribed on this node, from its read model as committed. Called for the changes its own processor
 * makes here, and for those another node's processor made ({@link Announcements}).
 */
public interface LiveView {

    /** The read model's processor, which names it among the nodes. */
    String processor();

    void announce(ViewChange change);
}
