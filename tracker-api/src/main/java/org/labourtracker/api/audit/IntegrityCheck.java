package org.labourtracker.api.audit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.common.DateTimeUtils;
import org.labourtracker.api.transparency.Finding;
import org.labourtracker.api.transparency.LogAudit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The integrity check: walks every stream's hash chain straight from the table (so that what is
 * checked is what is stored, not what a deserializer makes of it) and the whole transparency log
 * against its signed checkpoints ({@link LogAudit}), and names every record found altered, missing,
 * reordered or added, not only the first. A chain alone can be recomputed by whoever can write the
 * database; the log's seals and signed checkpoints cannot, without the key kept outside it.
 */
@Service
public class IntegrityCheck {

    private static final TypeReference<Map<String, Object>> META_DATA = new TypeReference<>() {
    };
    private static final int MAX_FINDINGS = 10_000;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final LogAudit log;

    IntegrityCheck(javax.sql.DataSource dataSource, ObjectMapper json, LogAudit log) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(500);
        this.json = json;
        this.log = log;
    }

    /**
     * What the check found.
     *
     * @param intact             nothing found (in the stream asked for), and, for the whole store, the latest
     *                           checkpoint (and the supplied one) match the log
     * @param eventsChecked      how many stored events were checked
     * @param streamsChecked     how many disputes' and cases' streams were checked
     * @param leavesChecked      how many leaves of the transparency log were checked
     * @param pending            events stored and sealed that the log has yet to take (a moment's work)
     * @param latestCheckpoint   the newest checkpoint the service keeps, held against the log
     * @param suppliedCheckpoint the checkpoint an auditor supplied, held against the log
     * @param findings           every record found wrong (at most 10,000), in log order
     * @param findingsTruncated  whether more than 10,000 were found and the rest left out
     */
    public record Report(boolean intact, long eventsChecked, long streamsChecked, long leavesChecked, long pending,
                         LogAudit.CheckpointCheck latestCheckpoint, LogAudit.CheckpointCheck suppliedCheckpoint,
                         List<Finding> findings, boolean findingsTruncated) {
    }

    public Report verify(String streamId) {
        return verify(streamId, null);
    }

    /**
     * The whole log, and the hash chains of every stream or of {@code streamId} only; a stream's check
     * keeps the findings of that stream only.
     */
    public Report verify(String streamId, String suppliedCheckpoint) {
        LogAudit.Result logged = log.audit(suppliedCheckpoint);
        Walk walk = new Walk();
        String chains = "SELECT global_index, type, aggregate_identifier, sequence_number, time_stamp, payload_type, "
                + "payload, meta_data FROM domain_event_entry"
                + (streamId == null ? "" : " WHERE aggregate_identifier = ?")
                + " ORDER BY aggregate_identifier, sequence_number";
        if (streamId == null) {
            jdbc.query(chains, walk);
        } else {
            jdbc.query(chains, walk, streamId);
        }
        // The log names records exactly; a broken chain also flags the neighbours of a record moved or
        // removed, so it only adds what the log does not cover (metadata beyond the evidence) in streams
        // where the log found nothing.
        Map<String, Finding> named = new LinkedHashMap<>();
        logged.findings().forEach(finding -> named.putIfAbsent(key(finding), finding));
        java.util.Set<String> streamsFound = logged.findings().stream().map(Finding::streamId)
                .collect(java.util.stream.Collectors.toSet());
        walk.findings.stream().filter(finding -> !streamsFound.contains(finding.streamId()))
                .forEach(finding -> named.putIfAbsent(key(finding), finding));
        List<Finding> findings = named.values().stream()
                .filter(finding -> streamId == null || streamId.equals(finding.streamId()))
                .sorted(Comparator.comparing(Finding::leafIndex, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Finding::globalIndex, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        // a stream's own check is about its records; the whole check also holds the log to its checkpoints
        boolean intact = findings.isEmpty() && (streamId != null
                || (logged.latest() == null || logged.latest().matchesLog())
                && (logged.supplied() == null || logged.supplied().matchesLog()));
        return new Report(intact, walk.events, walk.streams, logged.leavesChecked(), logged.pending(),
                logged.latest(), logged.supplied(), findings.stream().limit(MAX_FINDINGS).toList(),
                findings.size() > MAX_FINDINGS);
    }

    private static String key(Finding finding) {
        return finding.streamId() == null ? "leaf " + finding.leafIndex()
                : finding.streamId() + "#" + finding.sequenceNumber();
    }

    /**
     * Each event's hash is recomputed over the hash stored on the event before it, so that every
     * altered event is named by itself, not only the first of its stream.
     */
    private final class Walk implements RowCallbackHandler {
        private String stream;
        private long expectedSequence;
        private String previousHash;
        private long events;
        private long streams;
        private final List<Finding> findings = new ArrayList<>();

        @Override
        public void processRow(java.sql.ResultSet row) throws java.sql.SQLException {
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
            for (long missing = expectedSequence; missing < sequence; missing++) {
                findings.add(new Finding(Finding.Problem.MISSING, id, missing, null, null, null,
                        "sequence number " + sequence + " follows " + (expectedSequence - 1) + ": a record is missing"));
                // the event after a hole was chained to the one that is gone: nothing to check it against
                previousHash = null;
            }
            expectedSequence = sequence + 1;
            Map<String, Object> metaData;
            try {
                metaData = json.readValue(row.getBytes("meta_data"), META_DATA);
            } catch (IOException e) {
                findings.add(new Finding(Finding.Problem.ALTERED, id, sequence, recordId(payload), null, globalIndex,
                        "its metadata is unreadable"));
                previousHash = null;
                return;
            }
            Object stored = metaData.get(HashChain.HASH);
            if (previousHash != null) {
                String computed = HashChain.hash(previousHash, row.getString("type"), id, sequence,
                        DateTimeUtils.parseInstant(row.getString("time_stamp")), row.getString("payload_type"), payload,
                        metaData);
                if (stored == null || !computed.equals(stored.toString())) {
                    findings.add(new Finding(Finding.Problem.ALTERED, id, sequence, recordId(payload), null, globalIndex,
                            stored == null ? "it carries no hash"
                                    : "its content or its place in the stream differs from what was recorded"));
                }
            }
            previousHash = stored == null ? null : stored.toString();
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
