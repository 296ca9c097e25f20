package org.labourtracker.api.recording;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.EhCache3Adapter;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.ehcache.CacheManager;
import org.ehcache.config.builders.CacheConfigurationBuilder;
import org.ehcache.config.builders.CacheManagerBuilder;
import org.ehcache.config.builders.ResourcePoolsBuilder;
import org.ehcache.core.Ehcache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where aggregates stay between commands, so that a command on a long dispute does not replay its
 * whole stream. On the embedded H2 database, which one process alone can open, nothing but this
 * process appends to a stream: the {@code tracker.recording.cached-streams} streams used most
 * recently per kind are kept (an Ehcache heap store through Axon's adapter), and the garbage
 * collector cannot take them away between two commands as it does with a weak cache. A cached
 * aggregate whose command fails is evicted by Axon. With a shared database another node may append
 * to a stream this one has cached, and a stale aggregate would judge a command on old state (refusing
 * a demand outcome whose demand was raised elsewhere, say) without ever touching the store; there
 * aggregates are kept only while anything refers to them (a weak cache), as before, and a command
 * that has locked its stream reads it as stored if its cached copy is behind ({@link #forgetSharedIfBehind}).
 */
@Component
class AggregateCaches implements AutoCloseable {

    private final boolean singleWriter;
    private final int streams;
    private final CacheManager manager;
    private final List<Cache> shared = new CopyOnWriteArrayList<>();

    AggregateCaches(DataSource dataSource, @Value("${tracker.recording.cached-streams:1000}") int streams)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            this.singleWriter = "H2".equals(connection.getMetaData().getDatabaseProductName());
        }
        this.streams = streams;
        this.manager = singleWriter ? CacheManagerBuilder.newCacheManagerBuilder().build(true) : null;
    }

    /** The cache of one kind of aggregate, such as {@code Dispute}. */
    Cache of(String aggregateType) {
        if (!singleWriter) {
            Cache cache = new WeakReferenceCache();
            shared.add(cache);
            return cache;
        }
        return new EhCache3Adapter((Ehcache<?, ?>) manager.createCache(aggregateType,
                CacheConfigurationBuilder.newCacheConfigurationBuilder(Object.class, Object.class,
                        ResourcePoolsBuilder.heap(streams))));
    }

    /**
     * Forgets a stream's cached aggregate on a shared database if it is behind the stream as stored
     * ({@code head}, its last sequence number), which another node has moved on: called once the stream
     * is locked ({@link StreamLocks}), so the aggregate is read as stored (from its latest snapshot) and
     * its append cannot lose a race for a position. A copy that is up to date is kept.
     */
    void forgetSharedIfBehind(String streamId, Long head) {
        for (Cache cache : shared) {
            Object entry = cache.get(streamId);
            if (entry != null && !(entry instanceof AggregateCacheEntry<?> cached && head != null
                    && head.equals(versionOf(cached)))) {
                cache.remove(streamId);
            }
        }
    }

    /** The sequence number of the last event a cached aggregate has seen (Axon keeps it, without a getter). */
    private static Long versionOf(AggregateCacheEntry<?> entry) {
        try {
            return (Long) VERSION.get(entry);
        } catch (IllegalAccessException e) {
            return null;
        }
    }

    private static final Field VERSION;

    static {
        try {
            VERSION = AggregateCacheEntry.class.getDeclaredField("version");
            VERSION.setAccessible(true);
        } catch (NoSuchFieldException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Override
    public void close() {
        if (manager != null) {
            manager.close();
        }
    }
}
