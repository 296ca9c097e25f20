package org.labourtracker.projections.history;

import java.sql.Date;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A read model's records in the application's database: one row per record (O(1) rows written per
 * event), with the columns that queries sort and filter on and the {@link StoredRecord} itself as
 * JSON; the streams of each dispute; and the confidentiality changes of each stream. Each read model
 * has tables of its own (named by its prefix), so each can be rebuilt alone. The tables are created
 * by the application's database migrations (tracker-api, {@code db/migration}), not here.
 */
public final class RecordTable implements RecordAccess {

    private static final String COLUMNS = "stream_id, record_id, dispute_id, record_type, seq, when_on, period, "
            + "recorded_at, standing, has_claims, body";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final Predicate<Object> keeps;
    private final String records;
    private final String streams;
    private final String people;

    /**
     * @param prefix the read model's table prefix, such as {@code rm_timeline}
     * @param keeps  which records (by payload) the read model keeps; edits of others are ignored
     */
    public RecordTable(JdbcTemplate jdbc, String prefix, Predicate<Object> keeps) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.keeps = keeps;
        this.records = prefix + "_record";
        this.streams = prefix + "_stream";
        this.people = prefix + "_person";
    }

    /** Empties the read model, before a replay. */
    public void clear() {
        jdbc.update("DELETE FROM " + records);
        jdbc.update("DELETE FROM " + streams);
        jdbc.update("DELETE FROM " + people);
    }

    // --- the fold's access -------------------------------------------------------------------------

    @Override
    public boolean keeps(Object payload) {
        return keeps.test(payload);
    }

    @Override
    public Optional<String> disputeOf(String streamId) {
        return jdbc.query("SELECT dispute_id FROM " + streams + " WHERE stream_id = ?",
                (rs, i) -> rs.getString(1), streamId).stream().findFirst();
    }

    @Override
    public void mapStream(String streamId, String disputeId) {
        if (disputeOf(streamId).isEmpty()) {
            jdbc.update("INSERT INTO " + streams + " (stream_id, dispute_id) VALUES (?, ?)", streamId, disputeId);
        }
    }

    @Override
    public Optional<StoredRecord> find(String streamId, String recordId) {
        return jdbc.query("SELECT body FROM " + records + " WHERE stream_id = ? AND record_id = ?",
                (rs, i) -> Json.read(rs.getString(1)), streamId, recordId).stream().findFirst();
    }

    @Override
    public void insert(StoredRecord r) {
        Integer present = jdbc.queryForObject("SELECT COUNT(*) FROM " + records + " WHERE stream_id = ? AND record_id = ?",
                Integer.class, r.streamId(), r.recordId());
        if (present != null && present > 0) {
            return;
        }
        jdbc.update("INSERT INTO " + records + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                r.streamId(), r.recordId(), r.disputeId(), r.type(), r.sequence(), Date.valueOf(r.when().on()),
                r.period(), nanos(r.recordedAt()), r.standing().name(), !r.claims().isEmpty(), Json.write(r));
    }

    @Override
    public void update(StoredRecord r) {
        jdbc.update("UPDATE " + records + " SET when_on = ?, period = ?, standing = ?, has_claims = ?, body = ? "
                        + "WHERE stream_id = ? AND record_id = ?",
                Date.valueOf(r.when().on()), r.period(), r.standing().name(), !r.claims().isEmpty(), Json.write(r),
                r.streamId(), r.recordId());
    }

    @Override
    public void confidentiality(String streamId, String personId, boolean confidential, long sequence) {
        List<Long> known = jdbc.query("SELECT seq FROM " + people + " WHERE stream_id = ? AND person_id = ?",
                (rs, i) -> rs.getLong(1), streamId, personId);
        if (known.isEmpty()) {
            jdbc.update("INSERT INTO " + people + " (stream_id, person_id, confidential, seq) VALUES (?, ?, ?, ?)",
                    streamId, personId, confidential, sequence);
        } else if (known.get(0) < sequence) {
            jdbc.update("UPDATE " + people + " SET confidential = ?, seq = ? WHERE stream_id = ? AND person_id = ?",
                    confidential, sequence, streamId, personId);
        }
    }

    // --- queries -----------------------------------------------------------------------------------

    /** Whether the read model knows the dispute (its own stream was folded). */
    public boolean knows(String disputeId) {
        return disputeOf(disputeId).isPresent();
    }

    /** The dispute's stream and those of its legal cases. */
    public List<String> streamsOf(String disputeId) {
        return jdbc.query("SELECT stream_id FROM " + streams + " WHERE dispute_id = ? ORDER BY stream_id",
                (rs, i) -> rs.getString(1), disputeId);
    }

    /** Every record of the dispute and its legal cases, in no particular order. */
    public List<StoredRecord> ofDispute(String disputeId) {
        return jdbc.query("SELECT body FROM " + records + " WHERE dispute_id = ?", (rs, i) -> Json.read(rs.getString(1)),
                disputeId);
    }

    /** The dispute's records of the given kinds (simple class names such as {@code StatusChanged}). */
    public List<StoredRecord> ofDispute(String disputeId, Collection<String> types) {
        return named.query("SELECT body FROM " + records + " WHERE dispute_id = :dispute AND record_type IN (:types)",
                new MapSqlParameterSource().addValue("dispute", disputeId).addValue("types", types),
                (rs, i) -> Json.read(rs.getString(1)));
    }

    /** Every dispute's records of the given kinds. */
    public List<StoredRecord> ofTypes(Collection<String> types) {
        return named.query("SELECT body FROM " + records + " WHERE record_type IN (:types)",
                new MapSqlParameterSource("types", types), (rs, i) -> Json.read(rs.getString(1)));
    }

    /** Every dispute's records that carry figures. */
    public List<StoredRecord> withClaims() {
        return jdbc.query("SELECT body FROM " + records + " WHERE has_claims = TRUE", (rs, i) -> Json.read(rs.getString(1)));
    }

    /** The standing record of the dispute that comes last in {@link StoredRecord#TIMELINE_ORDER}. */
    public Optional<StoredRecord> latestStanding(String disputeId) {
        return jdbc.query("SELECT body FROM " + records + " WHERE dispute_id = ? AND standing = 'STANDING' "
                        + "ORDER BY when_on DESC, recorded_at DESC, stream_id DESC, seq DESC LIMIT 1",
                (rs, i) -> Json.read(rs.getString(1)), disputeId).stream().findFirst();
    }

    public long standingCount(String disputeId) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + records
                + " WHERE dispute_id = ? AND standing = 'STANDING'", Long.class, disputeId);
        return count == null ? 0 : count;
    }

    /** Standing records per period (yyyy-MM, or yyyy when only the year is known), over every dispute. */
    public Map<String, Long> standingPerPeriod() {
        Map<String, Long> periods = new LinkedHashMap<>();
        jdbc.query("SELECT period, COUNT(*) FROM " + records + " WHERE standing = 'STANDING' GROUP BY period ORDER BY period",
                (ResultSet rs) -> {
                    periods.put(rs.getString(1), rs.getLong(2));
                });
        return periods;
    }

    /** The confidentiality changes recorded in the dispute's streams. */
    public Confidentiality confidentiality(String disputeId) {
        Map<String, Map<String, Boolean>> byStream = new HashMap<>();
        jdbc.query("SELECT p.stream_id, p.person_id, p.confidential FROM " + people + " p JOIN " + streams
                        + " s ON s.stream_id = p.stream_id WHERE s.dispute_id = ?",
                (ResultSet rs) -> {
                    byStream.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getBoolean(3));
                }, disputeId);
        return Confidentiality.of(byStream);
    }

    /** Every confidentiality change, of every stream. */
    public Confidentiality confidentiality() {
        Map<String, Map<String, Boolean>> byStream = new HashMap<>();
        jdbc.query("SELECT stream_id, person_id, confidential FROM " + people, (ResultSet rs) -> {
            byStream.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getBoolean(3));
        });
        return Confidentiality.of(byStream);
    }

    public List<String> disputes() {
        return jdbc.query("SELECT DISTINCT dispute_id FROM " + streams + " ORDER BY dispute_id", (rs, i) -> rs.getString(1));
    }

    static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

}
