package org.labourtracker.projections.admin;

import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;

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
    private final boolean postgres;

    SharedTokenStore(JpaTokenStore.Builder builder, EntityManagerProvider entityManagers, boolean postgres) {
        super(builder);
        this.entityManagers = entityManagers;
        this.postgres = postgres;
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
