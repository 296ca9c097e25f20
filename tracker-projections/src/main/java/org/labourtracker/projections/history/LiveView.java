package org.labourtracker.projections.history;

import java.util.List;

/**
 * A view whose readers are kept up to date: it sends the updates of changes to the readers
 * subscribed on this node, from the record store as committed. Called for the changes this node's
 * processor makes, and for those another node's processor made ({@link Announcements}).
 */
public interface LiveView {

    /** The changes committed together, in the order they were made; none twice. */
    void announce(List<ViewChange> changes);
}
