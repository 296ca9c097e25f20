package org.labourtracker.api.recording;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.EhCache3Adapter;
import org.axonframework.common.caching.WeakReferenceCache;
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
 * aggregates are kept only while anything refers to them (a weak cache), as before.
 */
@Component
class AggregateCaches implements AutoCloseable {

    private final boolean singleWriter;
    private final int streams;
    private final CacheManager manager;

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
            return new WeakReferenceCache();
        }
        return new EhCache3Adapter((Ehcache<?, ?>) manager.createCache(aggregateType,
                CacheConfigurationBuilder.newCacheConfigurationBuilder(Object.class, Object.class,
                        ResourcePoolsBuilder.heap(streams))));
    }

    @Override
    public void close() {
        if (manager != null) {
            manager.close();
        }
    }
}
