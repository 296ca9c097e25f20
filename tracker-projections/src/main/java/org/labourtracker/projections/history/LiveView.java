package org.labourtracker.projections.history;

/**
 * A view whose readers are kept up to date: it sends the updates of a change to the readers
 * subscribed on this node, from the record store as committed. Called for the changes this node's
 * processor makes, and for those another node's processor made ({@link Announcements}).
 */
public interface LiveView {

    void announce(ViewChange change);
}
