package org.labourtracker.api.audit;

import java.io.IOException;
import java.util.Map;

import org.axonframework.common.DateTimeUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Walks every stream of the event store in order, straight from the table (so that what is
 * checked is what is stored, not what a deserializer makes of it), recomputes each event's
 * {@link HashChain} hash, and names the first record that does not match.
 */
@Service
public class IntegrityCheck {

    private static final TypeReference<Map<String, Object>> META_DATA = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    IntegrityCheck(javax.sql.DataSource dataSource, ObjectMapper json) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(500);
        this.json = json;
    }

    /** The first record that breaks its stream's chain, if any; {@code streamId} null walks them all. */
    public record Broken(String streamId, long sequenceNumber, long globalIndex, String recordId, String reason) {
    }

    public record Report(boolean intact, long eventsChecked, long streamsChecked, Broken firstBroken) {
    }

    public Report verify(String streamId) {
        Walk walk = new Walk();
        String sql = "SELECT global_index, type, aggregate_identifier, sequence_number, time_stamp, payload_type, "
                + "payload, meta_data FROM domain_event_entry"
                + (streamId == null ? "" : " WHERE aggregate_identifier = ?")
                + " ORDER BY aggregate_identifier, sequence_number";
        if (streamId == null) {
            jdbc.query(sql, walk);
        } else {
            jdbc.query(sql, walk, streamId);
        }
        return new Report(walk.broken == null, walk.events, walk.streams, walk.broken);
    }

    private final class Walk implements RowCallbackHandler {
        private String stream;
        private long expectedSequence;
        private String previousHash;
        private long events;
        private long streams;
        private Broken broken;

        @Override
        public void processRow(java.sql.ResultSet row) throws java.sql.SQLException {
            if (broken != null) {
                return;
            }
            String id = row.getString("aggregate_identifier");
            long sequence = row.getLong("sequence_number");
            long globalIndex = row.getLong("global_index");
            byte[] payload = row.getBytes("payload");
            if (!id.equals(stream)) {
                stream = id;
                streams++;
                expectedSequence = 0;
                previousHash = HashChain.ORIGIN;
            }
            events++;
            if (sequence != expectedSequence) {
                broken = new Broken(id, sequence, globalIndex, recordId(payload),
                        "sequence number " + sequence + " where " + expectedSequence + " was expected: a record is missing");
                return;
            }
            Map<String, Object> metaData;
            try {
                metaData = json.readValue(row.getBytes("meta_data"), META_DATA);
            } catch (IOException e) {
                broken = new Broken(id, sequence, globalIndex, recordId(payload), "its metadata is unreadable");
                return;
            }
            Object stored = metaData.get(HashChain.HASH);
            String computed = HashChain.hash(previousHash, row.getString("type"), id, sequence,
                    DateTimeUtils.parseInstant(row.getString("time_stamp")), row.getString("payload_type"), payload,
                    metaData);
            if (stored == null || !computed.equals(stored.toString())) {
                broken = new Broken(id, sequence, globalIndex, recordId(payload), stored == null
                        ? "it carries no hash"
                        : "its content or its place in the stream differs from what was recorded");
                return;
            }
            previousHash = computed;
            expectedSequence++;
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
}
