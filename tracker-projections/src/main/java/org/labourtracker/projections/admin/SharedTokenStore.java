package org.labourtracker.projections.admin;

import java.util.Map;
import java.util.TreeMap;

import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;
import org.axonframework.eventhandling.tokenstore.jpa.TokenEntry;
import org.axonframework.serialization.Serializer;

/**
 * Axon's JPA token store, made safe for nodes that start together on a new database. A processor's
 * first start creates its segments; two nodes doing it at once both insert them, and the loser's
 * duplicate key marks its start-up transaction for rollback, which fails the whole start (Axon
 * catches the exception, but not the rollback it leaves behind). On PostgreSQL the nodes take turns,
 * each holding a transaction-scoped advisory lock for the processor, and the second finds the
 * segments made. The embedded H2 database has a single node.
 */
class SharedTokenStore extends JpaTokenStore {

    private final EntityManagerProvider entityManagers;
    private final Serializer serializer;
    private final boolean postgres;

    SharedTokenStore(JpaTokenStore.Builder builder, EntityManagerProvider entityManagers, Serializer serializer,
                     boolean postgres) {
        super(builder.serializer(serializer));
        this.entityManagers = entityManagers;
        this.serializer = serializer;
        this.postgres = postgres;
    }

    /**
     * Every segment's position as stored, whichever node holds it, without claiming any: how far the
     * processor has come on all nodes together. Called inside a transaction.
     */
    Map<Integer, TrackingToken> storedTokens(String processorName) {
        Map<Integer, TrackingToken> tokens = new TreeMap<>();
        entityManagers.getEntityManager()
                .createQuery("SELECT t FROM TokenEntry t WHERE t.processorName = :processor", TokenEntry.class)
                .setParameter("processor", processorName)
                .getResultList()
                .forEach(entry -> tokens.put(entry.getSegment(), entry.getToken(serializer)));
        return tokens;
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount, TrackingToken initialToken) {
        if (postgres) {
            entityManagers.getEntityManager()
                    .createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('token_entry/' || ?1))")
                    .setParameter(1, processorName)
                    .getSingleResult();
            if (fetchSegments(processorName).length > 0) {
                return;
            }
        }
        super.initializeTokenSegments(processorName, segmentCount, initialToken);
    }
}
