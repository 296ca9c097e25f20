package org.labourtracker.api.transparency;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Events straight from the event table, as stored (not as a deserializer makes of them), and the
 * leaf each makes.
 */
@Component
class StoredEvents {

    static final String COLUMNS = "global_index, aggregate_identifier, sequence_number, payload_type, payload_revision,"
            + " payload, meta_data";
    private static final TypeReference<Map<String, Object>> META_DATA = new TypeReference<>() {
    };
    private static final int IN_LIST = 500;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    StoredEvents(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** One stored event: its place, the bytes of its leaf, and what it says of itself. */
    record Stored(long globalIndex, String streamId, long sequenceNumber, byte[] leaf, String recordId,
                  Map<String, Object> metaData) {

        byte[] leafHash() {
            return Merkle.leafHash(leaf);
        }
    }

    Map<Long, Stored> byGlobalIndex(Collection<Long> globalIndexes) {
        Map<Long, Stored> events = new HashMap<>();
        List<Long> all = new ArrayList<>(globalIndexes);
        for (int from = 0; from < all.size(); from += IN_LIST) {
            List<Long> part = all.subList(from, Math.min(all.size(), from + IN_LIST));
            jdbc.query("SELECT " + COLUMNS + " FROM domain_event_entry WHERE global_index IN ("
                    + String.join(",", Collections.nCopies(part.size(), "?")) + ")", row -> {
                        Stored event = read(row);
                        events.put(event.globalIndex(), event);
                    }, part.toArray());
        }
        return events;
    }

    Optional<Stored> at(long globalIndex) {
        return Optional.ofNullable(byGlobalIndex(List.of(globalIndex)).get(globalIndex));
    }

    Optional<Long> globalIndexOf(String streamId, long sequenceNumber) {
        return jdbc.queryForList("SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " AND sequence_number = ?", Long.class, streamId, sequenceNumber).stream().findFirst();
    }

    /** The event of a row holding {@link #COLUMNS}. */
    Stored read(ResultSet row) throws SQLException {
        byte[] payload = row.getBytes("payload");
        Map<String, Object> metaData;
        try {
            byte[] stored = row.getBytes("meta_data");
            metaData = stored == null ? Map.of() : json.readValue(stored, META_DATA);
        } catch (IOException unreadable) {
            metaData = Map.of();
        }
        String streamId = row.getString("aggregate_identifier");
        long sequence = row.getLong("sequence_number");
        byte[] leaf = LeafEncoding.encode(streamId, sequence, row.getString("payload_type"),
                row.getString("payload_revision"), metaData, payload);
        return new Stored(row.getLong("global_index"), streamId, sequence, leaf, recordId(payload), metaData);
    }

    private String recordId(byte[] payload) {
        try {
            JsonNode node = json.readTree(payload);
            return node.path("recordId").asText(null);
        } catch (IOException e) {
            return null;
        }
    }
}
