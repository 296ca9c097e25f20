package org.labourtracker.projections.history;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Views computed from the record store, kept while what they were computed from is unchanged. Each
 * is kept under its slot (the view, the dispute, the kind of reader) with the store's version of
 * what it read ({@link RecordTable#version}); a reader gets the kept view only if the version is
 * still the store's, so an answer is never older than the store, on any node. Views are weighed
 * (roughly by the records they were computed from) and the least recently used go first once the
 * weight passes the capacity.
 */
public final class ViewCache {

    /** Where a view is kept: which view, of which dispute (null for one of every dispute), for which readers. */
    public record Slot(String view, String disputeId, boolean confidentialVisible) {
    }

    /** A computed view and its weight. */
    public record Computed<T>(T view, long weight) {
    }

    private record Kept(String version, Object view, long weight) {
    }

    private final long capacity;
    private final Map<Slot, Kept> kept = new LinkedHashMap<>(64, 0.75f, true);
    private long weight;

    public ViewCache(long capacity) {
        this.capacity = capacity;
    }

    /**
     * The view kept in the slot at this version, or else the one {@code compute} makes, kept unless it
     * is null or weighs more than the whole capacity. Computed outside the lock: readers of other
     * slots do not wait, and two readers missing the same slot at once both compute it.
     */
    public <T> T get(Slot slot, String version, Supplier<Computed<T>> compute) {
        T found = kept(slot, version);
        if (found != null) {
            return found;
        }
        Computed<T> computed = compute.get();
        keep(slot, version, computed);
        return computed.view();
    }

    /** The view kept in the slot at this version, or null. */
    @SuppressWarnings("unchecked")
    public synchronized <T> T kept(Slot slot, String version) {
        Kept found = kept.get(slot);
        return found != null && found.version().equals(version) ? (T) found.view() : null;
    }

    /** Keeps the view in the slot at this version, unless it is null or weighs more than the whole capacity. */
    public void keep(Slot slot, String version, Computed<?> computed) {
        if (computed.view() != null && computed.weight() <= capacity) {
            keep(slot, new Kept(version, computed.view(), Math.max(1, computed.weight())));
        }
    }

    private synchronized void keep(Slot slot, Kept view) {
        Kept replaced = kept.put(slot, view);
        weight += view.weight() - (replaced == null ? 0 : replaced.weight());
        Iterator<Map.Entry<Slot, Kept>> eldest = kept.entrySet().iterator();
        while (weight > capacity && eldest.hasNext()) {
            Map.Entry<Slot, Kept> entry = eldest.next();
            if (!entry.getKey().equals(slot)) {
                weight -= entry.getValue().weight();
                eldest.remove();
            }
        }
    }

    /** The weight of the views kept now. */
    public synchronized long weight() {
        return weight;
    }
}
