package org.labourtracker.projections.timetravel;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * A small cache that holds values up to a total weight (records, for time travel) and drops the least
 * recently used first. Caffeine is not on the classpath, and these caches need no more than this.
 */
final class Lru<K, V> {

    private final int maxWeight;
    private final ToIntFunction<V> weigher;
    private final LinkedHashMap<K, V> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long weight;

    Lru(int maxWeight, ToIntFunction<V> weigher) {
        this.maxWeight = maxWeight;
        this.weigher = weigher;
    }

    synchronized V get(K key) {
        return entries.get(key);
    }

    /** Keeps the value unless it alone weighs more than the cache holds. */
    synchronized void put(K key, V value) {
        int added = weigher.applyAsInt(value);
        if (added > maxWeight) {
            return;
        }
        V previous = entries.put(key, value);
        weight += added - (previous == null ? 0 : weigher.applyAsInt(previous));
        Iterator<Map.Entry<K, V>> oldest = entries.entrySet().iterator();
        while (weight > maxWeight && oldest.hasNext()) {
            Map.Entry<K, V> entry = oldest.next();
            if (entry.getKey().equals(key)) {
                continue;
            }
            weight -= weigher.applyAsInt(entry.getValue());
            oldest.remove();
        }
    }
}
