package org.labourtracker.api.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourtracker.api.exchange.Import;
import org.labourtracker.api.transparency.Checkpoints;
import org.labourtracker.api.transparency.Finding;
import org.labourtracker.api.transparency.Finding.Problem;
import org.labourtracker.api.transparency.LeafEncoding;
import org.labourtracker.api.transparency.Merkle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Tampering as someone who can write the database file would: straight in the tables, recomputing
 * every hash that needs no key. The Zhanaozen demo records (three streams) are recorded and logged,
 * and the auditor keeps the checkpoint signed then. Each tampering, alone and together, is named by
 * the integrity check (stream, sequence number, record id), and the auditor's checkpoint proves
 * inconsistent with what is stored.
 */
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class IntegrityCheckTest {

    private static final String DISPUTE = "mangystau-oil-strike-2011";
    private static final String LATER_DISPUTE = "zhanaozen-strikes-2021";
    private static final String CASE = "sokolova-2011";
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    @TempDir
    static Path folder;

    @DynamicPropertySource
    static void fileDatabase(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url",
                () -> "jdbc:h2:file:" + folder.resolve(UUID.randomUUID().toString()) + "/tracker");
    }

    @Autowired
    Import importer;
    @Autowired
    IntegrityCheck integrity;
    @Autowired
    Checkpoints checkpoints;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    private String keptCheckpoint;

    @BeforeEach
    void recordAndKeepTheCheckpoint() throws IOException {
        try (InputStream demo = getClass().getResourceAsStream("/demo/zhanaozen.ndjson")) {
            assertThat(importer.importNow(demo).refused()).isZero();
        }
        long events = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
                checkpoints.latest().orElseThrow().checkpoint().size()).as("leaves covered by a signed checkpoint")
                .isEqualTo(events));
        keptCheckpoint = checkpoints.latest().orElseThrow().note();
    }

    @Test
    void anUntouchedStoreAndLogAreIntactAndConsistentWithTheKeptCheckpoint() {
        IntegrityCheck.Report report = integrity.verify(null, keptCheckpoint);

        long events = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
        assertThat(report.findings()).isEmpty();
        assertThat(report.intact()).isTrue();
        assertThat(report.eventsChecked()).isEqualTo(events);
        assertThat(report.leavesChecked()).isEqualTo(events);
        assertThat(report.streamsChecked()).isEqualTo(3);
        assertThat(report.latestCheckpoint().matchesLog()).isTrue();
        assertThat(report.suppliedCheckpoint().signatureValid()).isTrue();
        assertThat(report.suppliedCheckpoint().matchesLog()).isTrue();
    }

    @Test
    void aLoweredDeathTollWithEveryHashRecomputedIsNamedAndTheKeptCheckpointProvesIt() {
        long killed = alterPayload(DISPUTE, "shooting-killed-wsws", "\"low\":70", "\"low\":7");

        IntegrityCheck.Report report = integrity.verify(null, keptCheckpoint);

        assertThat(report.findings()).extracting(Finding::problem, Finding::streamId, Finding::sequenceNumber,
                Finding::recordId).containsExactly(tuple(Problem.ALTERED, DISPUTE, killed, "shooting-killed-wsws"));
        assertInconsistent(report);
    }

    @Test
    void theLogsOwnRowRewrittenToMatchIsNamedAsForged() {
        long killed = alterPayload(DISPUTE, "shooting-killed-wsws", "\"low\":70", "\"low\":7");
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " AND sequence_number = ?", DISPUTE, killed);
        byte[] leaf = LeafEncoding.encode(DISPUTE, killed, (String) row.get("payload_type"),
                (String) row.get("payload_revision"), read((byte[]) row.get("meta_data")), (byte[]) row.get("payload"));
        jdbc.update("UPDATE tracker_log_leaf SET leaf_hash = ? WHERE stream_id = ? AND sequence_number = ?",
                Merkle.leafHash(leaf), DISPUTE, killed);

        IntegrityCheck.Report report = integrity.verify(null, keptCheckpoint);

        assertThat(report.findings()).extracting(Finding::problem, Finding::streamId, Finding::sequenceNumber,
                Finding::recordId).containsExactly(tuple(Problem.FORGED_LEAF, DISPUTE, killed, "shooting-killed-wsws"));
        assertInconsistent(report);
    }

    @Test
    void whoRecordedAnEventChangedWithTheChainRecomputedIsNamed() {
        long sequence = 3;
        Map<String, Object> metaData = metaData(DISPUTE, sequence);
        metaData.put("recordedBy", "someone-else");
        jdbc.update("UPDATE domain_event_entry SET meta_data = ? WHERE aggregate_identifier = ? AND sequence_number = ?",
                bytes(metaData), DISPUTE, sequence);
        rechain(DISPUTE);

        IntegrityCheck.Report report = integrity.verify(null, keptCheckpoint);

        assertThat(report.findings()).extracting(Finding::problem, Finding::streamId, Finding::sequenceNumber)
                .containsExactly(tuple(Problem.ALTERED, DISPUTE, sequence));
        assertInconsistent(report);
    }

    @Test
    void aDeletedMiddleEventIsNamedMissing() {
        String recordId = recordId(DISPUTE, 5);
        jdbc.update("DELETE FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 5", DISPUTE);

        IntegrityCheck.Report report = integrity.verify(null, keptCheckpoint);

        assertThat(report.findings()).extracting(Finding::problem, Finding::streamId, Finding::sequenceNumber,
                Finding::recordId).containsExactly(tuple(Problem.MISSING, DISPUTE, 5L, recordId));
        assertInconsistent(report);
    }

    @Test
    void theNewestEventOfAStreamDeletedIsNamedMissing() {
        long newest = newest(CASE);
        String recordId = recordId(CASE, newest);
        jdbc.update("DELETE FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?", CASE, newest);

        IntegrityCheck.Report report = integrity.verify(null, keptCheckpoint);

        assertThat(report.findings()).extracting(Finding::problem, Finding::streamId, Finding::sequenceNumber,
                Finding::recordId).containsExactly(tuple(Problem.MISSING, CASE, newest, recordId));
        assertInconsistent(report);
    }

    @Test
    void aWholeStreamDeletedIsNamedEventByEvent() {
        long events = newest(CASE) + 1;
        jdbc.update("DELETE FROM domain_event_entry WHERE aggregate_identifier = ?", CASE);

        IntegrityCheck.Report report = integrity.verify(null, keptCheckpoint);

        assertThat(report.findings()).hasSize((int) events)
                .allSatisfy(finding -> assertThat(finding).extracting(Finding::problem, Finding::streamId)
                        .containsExactly(Problem.MISSING, CASE));
        assertThat(report.findings()).extracting(Finding::sequenceNumber)
                .containsExactlyInAnyOrderElementsOf(java.util.stream.LongStream.range(0, events).boxed().toList());
        assertInconsistent(report);
    }

    @Test
    void twoEventsSwappedAreNamedReordered() {
        jdbc.update("UPDATE domain_event_entry SET sequence_number = -1 WHERE aggregate_identifier = ? AND sequence_number = 3", DISPUTE);
        jdbc.update("UPDATE domain_event_entry SET sequence_number = 3 WHERE aggregate_identifier = ? AND sequence_number = 4", DISPUTE);
        jdbc.update("UPDATE domain_event_entry SET sequence_number = 4 WHERE aggregate_identifier = ? AND sequence_number = -1", DISPUTE);

        IntegrityCheck.Report report = integrity.verify(null, keptCheckpoint);

        assertThat(report.findings()).extracting(Finding::problem, Finding::streamId, Finding::sequenceNumber)
                .containsExactly(tuple(Problem.REORDERED, DISPUTE, 3L), tuple(Problem.REORDERED, DISPUTE, 4L));
        assertInconsistent(report);
    }

    @Test
    void anEventInsertedBehindTheApplicationsBackIsNeverLoggedAndIsNamedAdded() throws Exception {
        long next = newest(LATER_DISPUTE) + 1;
        insertCopy(LATER_DISPUTE, next - 1, next, "inserted-by-hand");
        long sizeBefore = checkpoints.latest().orElseThrow().checkpoint().size();

        Thread.sleep(2_000);
        IntegrityCheck.Report report = integrity.verify(null, keptCheckpoint);

        assertThat(checkpoints.latest().orElseThrow().checkpoint().size()).as("the log did not take it")
                .isEqualTo(sizeBefore);
        assertThat(report.findings()).extracting(Finding::problem, Finding::streamId, Finding::sequenceNumber,
                Finding::recordId).containsExactly(tuple(Problem.ADDED, LATER_DISPUTE, next, "inserted-by-hand"));
        assertThat(report.intact()).isFalse();
    }

    @Test
    void tamperingInThreeStreamsAtOnceNamesAllThree() {
        long killed = alterPayload(DISPUTE, "shooting-killed-wsws", "\"low\":70", "\"low\":7");
        long newest = newest(CASE);
        jdbc.update("DELETE FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?", CASE, newest);
        long next = newest(LATER_DISPUTE) + 1;
        insertCopy(LATER_DISPUTE, next - 1, next, "inserted-by-hand");

        IntegrityCheck.Report report = integrity.verify(null, keptCheckpoint);

        assertThat(report.findings()).extracting(Finding::problem, Finding::streamId, Finding::sequenceNumber)
                .containsExactlyInAnyOrder(tuple(Problem.ALTERED, DISPUTE, killed), tuple(Problem.MISSING, CASE, newest),
                        tuple(Problem.ADDED, LATER_DISPUTE, next));
        assertInconsistent(report);
    }

    private void assertInconsistent(IntegrityCheck.Report report) {
        assertThat(report.intact()).isFalse();
        assertThat(report.suppliedCheckpoint().signatureValid()).isTrue();
        assertThat(report.suppliedCheckpoint().matchesLog()).as(report.suppliedCheckpoint().detail()).isFalse();
    }

    /** Rewrites a record's stored payload as text, and recomputes the hash chain from it on. */
    private long alterPayload(String stream, String recordId, String from, String to) {
        Map<String, Object> row = jdbc.queryForList("SELECT sequence_number, payload FROM domain_event_entry"
                        + " WHERE aggregate_identifier = ?", stream).stream()
                .filter(r -> text((byte[]) r.get("payload")).contains("\"recordId\":\"" + recordId + "\""))
                .findFirst().orElseThrow();
        String original = text((byte[]) row.get("payload"));
        String altered = original.replace(from, to);
        assertThat(altered).isNotEqualTo(original);
        long sequence = ((Number) row.get("sequence_number")).longValue();
        jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE aggregate_identifier = ? AND sequence_number = ?",
                altered.getBytes(StandardCharsets.UTF_8), stream, sequence);
        rechain(stream);
        return sequence;
    }

    /** What anyone can do without the key: recompute every hash of a stream's chain over what is stored now. */
    private void rechain(String stream) {
        String previous = HashChain.ORIGIN;
        for (Map<String, Object> row : jdbc.queryForList("SELECT * FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " ORDER BY sequence_number", stream)) {
            Map<String, Object> metaData = read((byte[]) row.get("meta_data"));
            String hash = HashChain.hash(previous, (String) row.get("type"), stream,
                    ((Number) row.get("sequence_number")).longValue(),
                    DateTimeUtils.parseInstant((String) row.get("time_stamp")), (String) row.get("payload_type"),
                    (byte[]) row.get("payload"), metaData);
            metaData.put(HashChain.HASH, hash);
            jdbc.update("UPDATE domain_event_entry SET meta_data = ? WHERE global_index = ?", bytes(metaData),
                    row.get("global_index"));
            previous = hash;
        }
    }

    /** A new row after a stream's last, copied from it with another record id, its chain hash computed. */
    private void insertCopy(String stream, long from, long sequence, String recordId) {
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " AND sequence_number = ?", stream, from);
        ObjectNode payload;
        try {
            payload = (ObjectNode) json.readTree((byte[]) row.get("payload"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        payload.put("recordId", recordId);
        byte[] payloadBytes = payload.toString().getBytes(StandardCharsets.UTF_8);
        Map<String, Object> metaData = read((byte[]) row.get("meta_data"));
        String hash = HashChain.hash((String) metaData.get(HashChain.HASH), (String) row.get("type"), stream, sequence,
                DateTimeUtils.parseInstant((String) row.get("time_stamp")), (String) row.get("payload_type"),
                payloadBytes, metaData);
        metaData.put(HashChain.HASH, hash);
        long globalIndex = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class) + 1;
        jdbc.update("INSERT INTO domain_event_entry (global_index, event_identifier, meta_data, payload, payload_revision,"
                        + " payload_type, time_stamp, aggregate_identifier, sequence_number, type)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", globalIndex, UUID.randomUUID().toString(),
                bytes(metaData), payloadBytes, row.get("payload_revision"), row.get("payload_type"),
                row.get("time_stamp"), stream, sequence, row.get("type"));
    }

    private long newest(String stream) {
        return jdbc.queryForObject("SELECT MAX(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, stream);
    }

    private String recordId(String stream, long sequence) {
        return jdbc.queryForObject("SELECT record_id FROM tracker_log_leaf WHERE stream_id = ? AND sequence_number = ?",
                String.class, stream, sequence);
    }

    private Map<String, Object> metaData(String stream, long sequence) {
        return read(jdbc.queryForObject("SELECT meta_data FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " AND sequence_number = ?", byte[].class, stream, sequence));
    }

    private Map<String, Object> read(byte[] stored) {
        try {
            return json.readValue(stored, MAP);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] bytes(Map<String, Object> metaData) {
        try {
            return json.writeValueAsBytes(metaData);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(byte[] stored) {
        return new String(stored, StandardCharsets.UTF_8);
    }
}
