package org.labourtracker.projections.admin;

import java.util.Map;
import java.util.TreeMap;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Axon's JDBC token store, made safe for nodes that start together on a new database. A processor's
 * first start creates its segments; two nodes doing it at once both insert them, and the loser's
 * duplicate key aborts its start-up transaction, which fails the whole start (Axon catches the
 * exception, but not the aborted transaction it leaves behind). On PostgreSQL the nodes take turns,
 * each holding a transaction-scoped advisory lock for the processor, and the second finds the
 * segments made. The embedded H2 database has a single node.
 */
class SharedTokenStore extends JdbcTokenStore {

    private final JdbcTemplate jdbc;
    private final TokenSchema schema;
    private final boolean postgres;

    SharedTokenStore(JdbcTokenStore.Builder builder, TokenSchema schema, JdbcTemplate jdbc, boolean postgres) {
        super(builder.schema(schema));
        this.jdbc = jdbc;
        this.schema = schema;
        this.postgres = postgres;
    }

    /**
     * Every segment's position as stored, whichever node holds it, without claiming any: how far the
     * processor has come on all nodes together. Called inside a transaction.
     */
    Map<Integer, TrackingToken> storedTokens(String processorName) {
        Map<Integer, TrackingToken> tokens = new TreeMap<>();
        jdbc.query("SELECT * FROM " + schema.tokenTable() + " WHERE " + schema.processorNameColumn() + " = ?",
                row -> {
                    tokens.put(row.getInt(schema.segmentColumn()), readTokenEntry(row).getToken(serializer()));
                }, processorName);
        return tokens;
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount, TrackingToken initialToken) {
        if (postgres) {
            jdbc.queryForList("SELECT pg_advisory_xact_lock(hashtext('token_entry/' || ?))", processorName);
            if (fetchSegments(processorName).length > 0) {
                return;
            }
        }
        super.initializeTokenSegments(processorName, segmentCount, initialToken);
    }
}
