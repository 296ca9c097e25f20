package org.labourtracker.projections.history;

import java.sql.Date;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.type.TypeReference;
import org.labourtracker.dispute.DisputeEvent.DemandOutcomeRecorded;
import org.labourtracker.dispute.DisputeEvent.DemandRaised;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The read side's record store in the application's database, written once per event by one
 * processor ({@link RecordProjection}) and read by every view: one row per record, with the columns
 * that queries sort and filter on and the {@link StoredRecord} itself as JSON; the streams of each
 * dispute; the confidentiality changes of each stream; and each name a stream gives a person. The
 * tables are created by the application's database migrations (tracker-api, {@code db/migration}),
 * not here. There are two sets of them, the tables and their copies (suffix {@code _aside}): readers are
 * served from one, and a rebuild fills the other, emptied, while readers stay where they were; when it
 * is complete, every node's readers are switched to it at once ({@link #serveRebuilt}).
 * <p>
 * Inside a transaction (a processor's batch of events is one) the fold's writes of records and
 * streams are collected and written just before it commits, as one JDBC batch per table of
 * statements that each insert a row unless its key is taken: a batch of events costs a few batches
 * instead of a look-up and an insert per event and read model. The fold's own reads see the collected
 * writes, and every query in the transaction writes them first, so nothing reads the tables
 * differently from before. Outside a transaction each write goes to the database at once.
 */
public final class RecordTable implements RecordAccess {

    private static final String COLUMNS = "stream_id, record_id, dispute_id, record_type, seq, when_on, period, "
            + "recorded_at, standing, has_claims, mentions_people, body, search_text";
    /** The suffix of the second set of tables. */
    private static final String ASIDE = "_aside";
    /** The suffixes of the two sets of tables. */
    public static final List<String> SIDES = List.of("", ASIDE);
    /**
     * The store's tables: records, streams (each with its standing records per period and per place),
     * confidentiality changes, names, and the tables of the views kept beside the records ({@link KeptView}).
     */
    private static final List<String> TABLES = List.of("_record", "_stream", "_person", "_name", "_brief",
            "_party", "_listed", "_stale", "_point");
    private static final TypeReference<Map<String, Long>> PERIODS = new TypeReference<>() {
    };
    /** The body column's size: a longer record fails in the handler, where the dead-letter queue catches it. */
    private static final int MAX_BODY = 1_000_000;
    /** Stream-to-dispute mappings remembered per read model; a stream's dispute never changes. */
    private static final int KNOWN_STREAMS = 10_000;
    /** Adds a record unless its stream and id are taken: one statement, batched, that probes the key. */
    private static final String UPDATE = "UPDATE %s SET when_on = ?, period = ?, standing = ?, has_claims = ?, "
            + "mentions_people = ?, body = ?, search_text = ? WHERE stream_id = ? AND record_id = ?";
    private static final String INSERT_UNLESS_STORED = "INSERT INTO %s (" + COLUMNS + ") "
            + "SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS "
            + "(SELECT 1 FROM %s WHERE stream_id = ? AND record_id = ?)";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final String records;
    private final String streams;
    private final String people;
    private final String names;
    private final String prefix;
    private final List<KeptView> keptViews = new CopyOnWriteArrayList<>();
    /** The side of a rebuild's switch that the view this thread computes reads ({@link #consistently}). */
    private final ThreadLocal<String> servedSuffix = new ThreadLocal<>();
    /** Committed mappings, so that the events of a legal case do not each ask for their dispute. */
    private final Map<String, String> knownDisputes = Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                    return size() > KNOWN_STREAMS;
                }
            });

    /**
     * @param prefix the tables' prefix, such as {@code rm_store}
     */
    public RecordTable(JdbcTemplate jdbc, String prefix) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.records = prefix + "_record";
        this.streams = prefix + "_stream";
        this.people = prefix + "_person";
        this.names = prefix + "_name";
        this.prefix = prefix;
    }

    /**
     * A view kept in tables of the store's sets ({@link #TABLES}), told of the records written in the
     * transaction that writes them, so that a rebuild builds it aside with them. While it is told, the
     * store's queries and {@link #servedTable} are those of the set written.
     */
    public interface KeptView {
        /** Brings the view up to date with these records, just written; the store's queries read the set written. */
        void written(List<Written> records);

        /** Makes the view whole in the set of tables with this suffix, before readers are served from it. */
        void complete(String suffix);
    }

    /**
     * Makes every view kept beside the records whole in the set a rebuild filled: called once its replay
     * is done, before readers are switched to it.
     */
    public void completeRebuilt() {
        String rebuilt = writtenSuffix(jdbc, prefix);
        keptViews.forEach(view -> view.complete(rebuilt));
    }

    /** The suffix of the set of tables readers are served from now (one of {@link #SIDES}). */
    public String servedSide() {
        String pinned = servedSuffix.get();
        return pinned != null ? pinned : servedSuffix(jdbc, prefix);
    }

    /**
     * A record just written to the store.
     *
     * @param record     the record as it now stands
     * @param countAgain whether a view counting the stream's records must count them again: the record was
     *                   stored before (edited, retracted, merged), or the database did not say whether it was added
     */
    public record Written(StoredRecord record, boolean countAgain) {
    }

    /** Keeps the view up to date as records are written. */
    public void keep(KeptView view) {
        keptViews.add(view);
    }

    /**
     * Empties the set of tables the fold writes, before a replay: in a rebuild, the set readers are
     * not served from, which {@link #rebuildAside} has emptied already.
     */
    public void clear() {
        knownDisputes.clear();
        for (String table : TABLES) {
            jdbc.update("DELETE FROM " + written(prefix + table));
        }
    }

    // --- the fold's access -------------------------------------------------------------------------

    @Override
    public Optional<String> disputeOf(String streamId) {
        Pending pending = pending();
        if (pending != null && pending.streams.containsKey(streamId)) {
            return Optional.of(pending.streams.get(streamId));
        }
        String known = knownDisputes.get(streamId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<String> stored = storedDisputeOf(streamId);
        stored.ifPresent(disputeId -> knownDisputes.put(streamId, disputeId));
        return stored;
    }

    private Optional<String> storedDisputeOf(String streamId) {
        return jdbc.query("SELECT dispute_id FROM " + written(streams) + " WHERE stream_id = ?",
                (rs, i) -> rs.getString(1), streamId).stream().findFirst();
    }

    @Override
    public void mapStream(String streamId, String disputeId) {
        Pending pending = pending();
        if (pending != null) {
            pending.streams.putIfAbsent(streamId, disputeId);
        } else if (storedDisputeOf(streamId).isEmpty()) {
            jdbc.update("INSERT INTO " + written(streams) + " (stream_id, dispute_id) VALUES (?, ?)", streamId, disputeId);
        }
    }

    /**
     * Notes that the stream's event of this sequence has been folded, whatever it changed: the
     * dispute's {@link #version} moves with it. Noting it again changes nothing.
     */
    public void folded(String streamId, long sequence) {
        Pending pending = pending();
        if (pending != null) {
            pending.folded.merge(streamId, sequence, Math::max);
        } else {
            writeFolded(written(streams), Map.of(streamId, sequence));
        }
    }

    private void writeFolded(String table, Map<String, Long> folded) {
        if (!folded.isEmpty()) {
            jdbc.batchUpdate("UPDATE " + table + " SET last_seq = ? WHERE stream_id = ? AND last_seq < ?",
                    folded.entrySet().stream().map(e -> new Object[]{e.getValue(), e.getKey(), e.getValue()}).toList());
        }
    }

    @Override
    public Optional<StoredRecord> find(String streamId, String recordId) {
        Pending pending = pending();
        Key key = new Key(streamId, recordId);
        if (pending != null) {
            Write write = pending.records.get(key);
            if (write != null && (!write.insert() || write.absent())) {
                return Optional.of(write.record());
            }
            Optional<StoredRecord> stored = stored(streamId, recordId);
            if (write == null) {
                return stored;
            }
            if (stored.isPresent()) {
                // collected for insertion but stored already: insert() leaves a stored record as it is
                pending.records.remove(key);
                return stored;
            }
            pending.records.put(key, new Write(write.record(), write.body(), write.words(), true, true));
            return Optional.of(write.record());
        }
        return stored(streamId, recordId);
    }

    private Optional<StoredRecord> stored(String streamId, String recordId) {
        return jdbc.query("SELECT body FROM " + written(records) + " WHERE stream_id = ? AND record_id = ?",
                (rs, i) -> Json.read(rs.getString(1)), streamId, recordId).stream().findFirst();
    }

    @Override
    public void insert(StoredRecord r) {
        String body = body(r);
        String words = searchText(r);
        Pending pending = pending();
        if (pending != null) {
            pending.records.putIfAbsent(new Key(r.streamId(), r.recordId()), new Write(r, body, words, true, false));
            pending.names.addAll(namesIn(r));
            return;
        }
        Pending once = new Pending(writtenSuffix(jdbc, prefix));
        once.records.put(new Key(r.streamId(), r.recordId()), new Write(r, body, words, true, false));
        once.names.addAll(namesIn(r));
        write(once);
    }

    @Override
    public void update(StoredRecord r) {
        String body = body(r);
        String words = searchText(r);
        Pending pending = pending();
        if (pending != null) {
            Key key = new Key(r.streamId(), r.recordId());
            Write collected = pending.records.get(key);
            boolean insert = collected != null && collected.insert()
                    && (collected.absent() || stored(r.streamId(), r.recordId()).isEmpty());
            pending.records.put(key, new Write(r, body, words, insert, insert));
            return;
        }
        Pending once = new Pending(writtenSuffix(jdbc, prefix));
        once.records.put(new Key(r.streamId(), r.recordId()), new Write(r, body, words, false, false));
        write(once);
    }

    @Override
    public void confidentiality(String streamId, String personId, boolean confidential, long sequence) {
        String table = written(people);
        List<Long> known = jdbc.query("SELECT seq FROM " + table + " WHERE stream_id = ? AND person_id = ?",
                (rs, i) -> rs.getLong(1), streamId, personId);
        if (known.isEmpty()) {
            jdbc.update("INSERT INTO " + table + " (stream_id, dispute_id, person_id, confidential, seq) "
                    + "VALUES (?, ?, ?, ?, ?)", streamId, disputeOf(streamId).orElse(null), personId, confidential, sequence);
        } else if (known.get(0) < sequence) {
            jdbc.update("UPDATE " + table + " SET confidential = ?, seq = ? WHERE stream_id = ? AND person_id = ?",
                    confidential, sequence, streamId, personId);
        }
    }

    // --- writes collected per transaction ----------------------------------------------------------

    private record Key(String streamId, String recordId) {
    }

    /**
     * A record to write, with its search words: inserted (unless the table has it; {@code absent} once
     * that has been checked) or updated in place.
     */
    private record Write(StoredRecord record, String body, String words, boolean insert, boolean absent) {
    }

    /** What the fold wrote in the current transaction and the tables do not have yet, in order. */
    private static final class Pending {
        /** The set of tables the fold writes in this transaction ({@link #writtenSuffix}). */
        final String suffix;
        final Map<String, String> streams = new LinkedHashMap<>();
        final Map<Key, Write> records = new LinkedHashMap<>();
        final Set<NamedPerson> names = new LinkedHashSet<>();
        /** The last sequence folded of each stream. */
        final Map<String, Long> folded = new LinkedHashMap<>();
        /** Mappings written in this transaction: known once it commits. */
        final Map<String, String> committedStreams = new HashMap<>();

        Pending(String suffix) {
            this.suffix = suffix;
        }
    }

    /** The current transaction's collected writes, or null outside a transaction (writes go through at once). */
    private Pending pending() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Pending collected = new Pending(writtenSuffix(jdbc, prefix));
            TransactionSynchronizationManager.bindResource(this, collected);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    write(collected);
                }

                @Override
                public void afterCommit() {
                    collected.committedStreams.forEach(knownDisputes::put);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(RecordTable.this);
                }
            });
            pending = collected;
        }
        return pending;
    }

    /** Writes what the current transaction collected, so that a query in it sees the fold's writes. */
    private void flush() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
            if (pending != null) {
                write(pending);
            }
        }
    }

    private void write(Pending pending) {
        if (!pending.streams.isEmpty()) {
            List<Object[]> inserts = new ArrayList<>();
            pending.streams.forEach((streamId, disputeId) -> inserts.add(new Object[]{streamId, disputeId, streamId}));
            String table = streams + pending.suffix;
            jdbc.batchUpdate("INSERT INTO " + table + " (stream_id, dispute_id) SELECT ?, ? "
                    + "WHERE NOT EXISTS (SELECT 1 FROM " + table + " WHERE stream_id = ?)", inserts);
            pending.committedStreams.putAll(pending.streams);
            pending.streams.clear();
        }
        List<Written> written = new ArrayList<>();
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        if (!pending.records.isEmpty()) {
            List<Write> inserts = new ArrayList<>();
            List<Write> updates = new ArrayList<>();
            pending.records.values().forEach(write -> (write.insert() ? inserts : updates).add(write));
            pending.records.clear();
            String table = records + pending.suffix;
            int[] inserted = inserts.isEmpty() ? new int[0] : jdbc.batchUpdate(INSERT_UNLESS_STORED.formatted(table, table),
                    inserts.stream().map(w -> insertUnlessStoredArguments(w.record(), w.body(), w.words())).toList());
            if (!updates.isEmpty()) {
                jdbc.batchUpdate(UPDATE.formatted(table), updates.stream()
                        .map(w -> updateArguments(w.record(), w.body(), w.words())).toList());
            }
            Set<String> recount = new LinkedHashSet<>();
            Map<String, Map<String, Long>> added = new TreeMap<>();
            for (int i = 0; i < inserts.size(); i++) {
                StoredRecord record = inserts.get(i).record();
                if (inserted[i] == 0) {
                    continue;
                }
                // the driver may not say whether the row was added: then the stream's records are counted again
                written.add(new Written(record, inserted[i] != 1));
                if (inserted[i] != 1) {
                    recount.add(record.streamId());
                } else if (record.stands()) {
                    added.computeIfAbsent(record.streamId(), s -> new TreeMap<>()).merge(record.period(), 1L, Long::sum);
                }
            }
            updates.forEach(write -> {
                written.add(new Written(write.record(), true));
                recount.add(write.record().streamId());
            });
            counts = countStanding(pending.suffix, recount, added);
        }
        writeStreamRows(streams + pending.suffix, counts, pending.folded);
        pending.folded.clear();
        writeNames(pending.names);
        pending.names.clear();
        if (!written.isEmpty() && !keptViews.isEmpty()) {
            reading(pending.suffix, () -> {
                keptViews.forEach(view -> view.written(written));
                return null;
            });
        }
    }

    /**
     * Keeps each stream's standing records per period in the stream's row: records added are counted
     * in; the streams of records edited (which may have moved to another period or stopped standing)
     * are counted again. Kept per stream, so that only the processor's segment that writes a stream
     * writes its counts, and in its row, so that a stream's counts cost no row of their own.
     */
    private Map<String, Map<String, Long>> countStanding(String suffix, Set<String> recount,
                                                         Map<String, Map<String, Long>> added) {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        List<String> adding = added.keySet().stream().filter(streamId -> !recount.contains(streamId)).toList();
        if (!adding.isEmpty()) {
            named.query("SELECT stream_id, periods FROM " + streams + suffix + " WHERE stream_id IN (:streams)",
                    new MapSqlParameterSource("streams", adding), (ResultSet rs) -> {
                        counts.put(rs.getString(1), periods(rs.getString(2)));
                    });
        }
        adding.forEach(streamId -> added.get(streamId).forEach((period, n) ->
                counts.computeIfAbsent(streamId, s -> new TreeMap<>()).merge(period, n, Long::sum)));
        counts.putAll(counted(named, records + suffix, recount));
        return counts;
    }

    /**
     * Writes the streams' new counts per period and their last events folded, one {@code UPDATE} per
     * stream's row: the row of a stream that had records added would otherwise be written twice.
     */
    private void writeStreamRows(String table, Map<String, Map<String, Long>> counts, Map<String, Long> folded) {
        List<Object[]> both = new ArrayList<>();
        List<Object[]> countsOnly = new ArrayList<>();
        counts.forEach((streamId, periods) -> {
            Long sequence = folded.get(streamId);
            if (sequence == null) {
                countsOnly.add(new Object[]{periodsText(periods), streamId});
            } else {
                both.add(new Object[]{periodsText(periods), sequence, streamId});
            }
        });
        if (!both.isEmpty()) {
            jdbc.batchUpdate("UPDATE " + table + " SET periods = ?, last_seq = GREATEST(last_seq, ?) WHERE stream_id = ?",
                    both);
        }
        if (!countsOnly.isEmpty()) {
            jdbc.batchUpdate("UPDATE " + table + " SET periods = ? WHERE stream_id = ?", countsOnly);
        }
        Map<String, Long> foldedOnly = new LinkedHashMap<>(folded);
        foldedOnly.keySet().removeAll(counts.keySet());
        writeFolded(table, foldedOnly);
    }

    /** The streams' standing records per period, counted from the records; none for a stream with none. */
    private static Map<String, Map<String, Long>> counted(NamedParameterJdbcTemplate named, String recordTable,
                                                          Collection<String> streamIds) {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        List<String> all = List.copyOf(streamIds);
        for (int from = 0; from < all.size(); from += 1000) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 1000));
            chunk.forEach(streamId -> counts.put(streamId, new TreeMap<>()));
            named.query("SELECT stream_id, period, COUNT(*) FROM " + recordTable + " WHERE stream_id IN (:streams) "
                    + "AND standing = 'STANDING' GROUP BY stream_id, period", new MapSqlParameterSource("streams", chunk),
                    (ResultSet rs) -> {
                        counts.get(rs.getString(1)).put(rs.getString(2), rs.getLong(3));
                    });
        }
        return counts;
    }

    /**
     * Counts the standing records of every stream per period in the set of tables with this suffix,
     * afresh: for a store whose records were written before the counts were kept.
     */
    public static void countStanding(JdbcTemplate jdbc, String prefix, String suffix) {
        List<String> streamIds = jdbc.queryForList("SELECT stream_id FROM " + prefix + "_stream" + suffix, String.class);
        jdbc.batchUpdate("UPDATE " + prefix + "_stream" + suffix + " SET periods = ? WHERE stream_id = ?",
                counted(new NamedParameterJdbcTemplate(jdbc), prefix + "_record" + suffix, streamIds).entrySet().stream()
                        .map(e -> new Object[]{periodsText(e.getValue()), e.getKey()}).toList());
    }

    /** A stream's standing records per period, as its row keeps them (null: none). */
    public static Map<String, Long> periods(String text) {
        return text == null ? new TreeMap<>() : new TreeMap<>(Json.value(text, PERIODS));
    }

    private static String periodsText(Map<String, Long> periods) {
        return periods.isEmpty() ? null : Json.text(new TreeMap<>(periods));
    }

    /**
     * A name a record of the stream gives a person (empty when it gives none), and whether it marks them
     * confidential; with the stream's dispute, so that a person's disputes are read from these rows alone.
     */
    public record NamedPerson(String streamId, String disputeId, String personId, String name, boolean flagged) {
    }

    private static List<NamedPerson> namesIn(StoredRecord r) {
        return r.people().stream()
                .map(person -> new NamedPerson(r.streamId(), r.disputeId(), person.id(),
                        person.name() == null ? "" : person.name(), person.confidential()))
                .toList();
    }

    private void writeNames(Collection<NamedPerson> rows) {
        insertNames(jdbc, written(names), rows, true);
    }

    /** Adds the rows a table lacks; {@code withDispute} false for a table made before it kept the dispute (V23). */
    private static void insertNames(JdbcTemplate jdbc, String table, Collection<NamedPerson> rows, boolean withDispute) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO " + table + " (stream_id, person_id, name, flagged"
                        + (withDispute ? ", dispute_id) SELECT ?, ?, ?, ?, ? " : ") SELECT ?, ?, ?, ? ")
                        + "WHERE NOT EXISTS (SELECT 1 FROM " + table
                        + " WHERE stream_id = ? AND person_id = ? AND name = ? AND flagged = ?)",
                rows.stream().map(row -> {
                    List<Object> values = new ArrayList<>(List.of(row.streamId(), row.personId(), row.name(),
                            row.flagged()));
                    if (withDispute) {
                        values.add(row.disputeId());
                    }
                    values.addAll(List.of(row.streamId(), row.personId(), row.name(), row.flagged()));
                    return values.toArray();
                }).toList());
    }

    /**
     * Fills a names table from its read model's records, for tables made before names were kept: a
     * migration's one pass over the records that name people ({@code suffix} is empty, or the copy's).
     * Those tables did not keep the dispute yet; migration 23 adds it.
     */
    public static void nameRowsFromRecords(JdbcTemplate jdbc, String prefix, String suffix) {
        Set<NamedPerson> rows = new LinkedHashSet<>();
        jdbc.query("SELECT body FROM " + prefix + "_record" + suffix + " WHERE mentions_people = TRUE",
                (ResultSet rs) -> {
                    rows.addAll(namesIn(Json.read(rs.getString(1))));
                });
        insertNames(jdbc, prefix + "_name" + suffix, rows, false);
    }

    private static String body(StoredRecord r) {
        String body = Json.write(r);
        if (body.length() > MAX_BODY && body.codePointCount(0, body.length()) > MAX_BODY) {
            throw new IllegalArgumentException("record " + r.recordId() + " of stream " + r.streamId()
                    + " is too long for the read model (" + body.length() + " characters)");
        }
        return body;
    }

    private static Object[] insertUnlessStoredArguments(StoredRecord r, String body, String words) {
        Object[] values = insertArguments(r, body, words);
        Object[] arguments = Arrays.copyOf(values, values.length + 2);
        arguments[values.length] = r.streamId();
        arguments[values.length + 1] = r.recordId();
        return arguments;
    }

    private static Object[] insertArguments(StoredRecord r, String body, String words) {
        return new Object[]{r.streamId(), r.recordId(), r.disputeId(), r.type(), r.sequence(),
                Date.valueOf(r.when().on()), r.period(), nanos(r.recordedAt()), r.standing().name(),
                !r.claims().isEmpty(), !r.people().isEmpty(), body, words};
    }

    private static Object[] updateArguments(StoredRecord r, String body, String words) {
        return new Object[]{Date.valueOf(r.when().on()), r.period(), r.standing().name(), !r.claims().isEmpty(),
                !r.people().isEmpty(), body, words, r.streamId(), r.recordId()};
    }

    /** The record's search words; a demand's outcome also has the demand's, from the demands of its stream. */
    private String searchText(StoredRecord r) {
        if (!(r.payload() instanceof DemandOutcomeRecorded)) {
            return SearchText.of(r, Map.of());
        }
        List<StoredRecord> demands = new ArrayList<>(jdbc.query("SELECT body FROM " + written(records)
                        + " WHERE stream_id = ? AND record_type = ?", (rs, i) -> Json.read(rs.getString(1)),
                r.streamId(), DemandRaised.class.getSimpleName()));
        Pending pending = pending();
        if (pending != null) {
            pending.records.values().stream().map(Write::record)
                    .filter(w -> w.streamId().equals(r.streamId()) && w.payload() instanceof DemandRaised)
                    .forEach(demands::add);
        }
        return SearchText.of(r, Describe.demandTexts(demands));
    }

    // --- a rebuild into the other set ------------------------------------------------------------

    /** Where readers are served from: the tables, or their copies. */
    private String served(String table) {
        String pinned = servedSuffix.get();
        return table + (pinned != null ? pinned : servedSuffix(jdbc, prefix));
    }

    /** Where the fold writes: where readers are served from, or during a rebuild the other set. */
    private String written(String table) {
        Pending pending = pending();
        return table + (pending != null ? pending.suffix : writtenSuffix(jdbc, prefix));
    }

    /**
     * Computes a view from one side of a switch: every query it makes reads the one set of tables,
     * never some of each.
     */
    public <T> T consistently(Supplier<T> view) {
        if (servedSuffix.get() != null) {
            return view.get();
        }
        return reading(servedSuffix(jdbc, prefix), view);
    }

    /** Computes a view with every query reading the set of tables with this suffix (one of {@link #SIDES}). */
    public <T> T reading(String suffix, Supplier<T> view) {
        String pinned = servedSuffix.get();
        servedSuffix.set(suffix);
        try {
            return view.get();
        } finally {
            if (pinned == null) {
                servedSuffix.remove();
            } else {
                servedSuffix.set(pinned);
            }
        }
    }

    /** The table of the store's set that its queries read now, such as {@code rm_store_brief}, by its part ({@code _brief}). */
    public String servedTable(String part) {
        flush();
        return served(prefix + part);
    }

    /**
     * The version of everything the store holds: it changes with every event folded into any stream,
     * and names the set of tables read, so that a view of every dispute computed at one mark holds until it changes.
     */
    public String mark() {
        flush();
        String table = served(streams);
        return table + ":" + jdbc.queryForObject("SELECT COUNT(*) || ':' || COALESCE(SUM(last_seq), 0) FROM " + table,
                String.class);
    }

    private static String servedSuffix(JdbcTemplate jdbc, String prefix) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT aside FROM rm_serving WHERE read_model = ?",
                Boolean.class, prefix)) ? ASIDE : "";
    }

    private static String writtenSuffix(JdbcTemplate jdbc, String prefix) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT aside <> rebuilding FROM rm_serving WHERE read_model = ?",
                Boolean.class, prefix)) ? ASIDE : "";
    }

    /** Whether a rebuild is filling the set of tables that readers are not served from. */
    public static boolean isRebuilding(JdbcTemplate jdbc, String prefix) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT rebuilding FROM rm_serving WHERE read_model = ?",
                Boolean.class, prefix));
    }

    /**
     * Empties the set of tables that readers are not served from and has the fold write there: called
     * while no node processes the read model, before its tokens are reset. Readers stay where they are.
     * TRUNCATE drops a table's rows at once, where DELETE would visit each (H2 ends the transaction with it).
     */
    public static void rebuildAside(JdbcTemplate jdbc, String prefix) {
        String other = servedSuffix(jdbc, prefix).isEmpty() ? ASIDE : "";
        for (String table : TABLES) {
            jdbc.update("TRUNCATE TABLE " + prefix + table + other);
        }
        jdbc.update("UPDATE rm_serving SET rebuilding = TRUE, replaying = FALSE WHERE read_model = ?", prefix);
    }

    /**
     * Notes that the tables being rebuilt are being replayed: from now on, the replay found done on every
     * segment means they are complete (before, the tokens of the previous build would say so).
     */
    public static void replayingAside(JdbcTemplate jdbc, String prefix) {
        jdbc.update("UPDATE rm_serving SET replaying = TRUE WHERE read_model = ? AND rebuilding = TRUE", prefix);
    }

    /** Whether the tables being rebuilt are being replayed. */
    public static boolean isReplayingAside(JdbcTemplate jdbc, String prefix) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT rebuilding AND replaying FROM rm_serving WHERE read_model = ?", Boolean.class, prefix));
    }

    /**
     * Serves every node's readers from the rebuilt tables, once: a second node finding the same replay
     * done changes nothing. The fold goes on writing them. The set left stays as it was until the next
     * rebuild empties it, so a query that read the switch a moment before still reads it whole.
     */
    public static void serveRebuilt(JdbcTemplate jdbc, String prefix) {
        jdbc.update("UPDATE rm_serving SET aside = NOT aside, rebuilding = FALSE, replaying = FALSE "
                + "WHERE read_model = ? AND rebuilding = TRUE AND replaying = TRUE", prefix);
    }

    /** Gives up a rebuild whose tokens were not reset: the fold writes where readers are served from again. */
    public static void abandonRebuild(JdbcTemplate jdbc, String prefix) {
        jdbc.update("UPDATE rm_serving SET rebuilding = FALSE, replaying = FALSE WHERE read_model = ?", prefix);
    }

    // --- queries -----------------------------------------------------------------------------------

    /** Whether the read model knows the dispute (its own stream was folded). */
    public boolean knows(String disputeId) {
        flush();
        return !jdbc.queryForList("SELECT dispute_id FROM " + served(streams) + " WHERE stream_id = ?", String.class,
                disputeId).isEmpty();
    }

    /** The dispute's stream and those of its legal cases. */
    public List<String> streamsOf(String disputeId) {
        flush();
        return jdbc.query("SELECT stream_id FROM " + served(streams) + " WHERE dispute_id = ? ORDER BY stream_id",
                (rs, i) -> rs.getString(1), disputeId);
    }

    /** Every record of the dispute and its legal cases, in no particular order. */
    public List<StoredRecord> ofDispute(String disputeId) {
        flush();
        return jdbc.query("SELECT body FROM " + served(records) + " WHERE dispute_id = ?", (rs, i) -> Json.read(rs.getString(1)),
                disputeId);
    }

    /** The dispute's records of the given kinds (simple class names such as {@code StatusChanged}). */
    public List<StoredRecord> ofDispute(String disputeId, Collection<String> types) {
        return ofDisputes(List.of(disputeId), types);
    }

    /** The given disputes' records of the given kinds. */
    public List<StoredRecord> ofDisputes(Collection<String> disputes, Collection<String> types) {
        flush();
        return named.query("SELECT body FROM " + served(records) + " WHERE dispute_id IN (:disputes) AND record_type IN (:types)",
                new MapSqlParameterSource().addValue("disputes", disputes).addValue("types", types),
                (rs, i) -> Json.read(rs.getString(1)));
    }

    /**
     * Up to {@code limit} records of the dispute in {@link StoredRecord#TIMELINE_ORDER}, those after
     * {@code after} (or from the first), read along the table's timeline index so that a page costs the
     * same at the start and at the end of a long dispute.
     */
    public List<StoredRecord> page(String disputeId, TimelinePosition after, int limit) {
        flush();
        if (after == null) {
            return jdbc.query("SELECT body FROM " + served(records) + " WHERE dispute_id = ? "
                    + "ORDER BY when_on, recorded_at, stream_id, seq LIMIT ?", (rs, i) -> Json.read(rs.getString(1)),
                    disputeId, limit);
        }
        Date on = Date.valueOf(after.on());
        long recordedAt = nanos(after.recordedAt());
        return jdbc.query("SELECT body FROM " + served(records) + " WHERE dispute_id = ? AND when_on >= ? AND (when_on > ? "
                        + "OR recorded_at > ? OR (recorded_at = ? AND (stream_id > ? OR (stream_id = ? AND seq > ?)))) "
                        + "ORDER BY when_on, recorded_at, stream_id, seq LIMIT ?", (rs, i) -> Json.read(rs.getString(1)),
                disputeId, on, on, recordedAt, recordedAt, after.streamId(), after.streamId(), after.sequence(), limit);
    }

    /**
     * Up to {@code limit} records, of every dispute in {@link StoredRecord#TIMELINE_ORDER}, after
     * {@code after} (or from the first), whose stored words hold every term at the start of a word
     * ({@link SearchText}); only those of the given disputes and kinds when these are not null, and
     * only those whose period begins by {@code to} when it is not null.
     */
    public List<StoredRecord> matching(List<String> terms, Collection<String> disputes, Collection<String> types,
                                       java.time.LocalDate to, TimelinePosition after, int limit) {
        flush();
        StringBuilder sql = new StringBuilder("SELECT body FROM " + served(records) + " WHERE 1 = 1");
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        holdingTerms(terms, sql, parameters);
        if (disputes != null) {
            if (disputes.isEmpty()) {
                return List.of();
            }
            sql.append(" AND dispute_id IN (:disputes)");
            parameters.addValue("disputes", disputes);
        }
        if (types != null) {
            sql.append(" AND record_type IN (:types)");
            parameters.addValue("types", types);
        }
        if (to != null) {
            sql.append(" AND when_on <= :to");
            parameters.addValue("to", Date.valueOf(to));
        }
        if (after != null) {
            sql.append(" AND when_on >= :on AND (when_on > :on OR recorded_at > :recordedAt OR (recorded_at = :recordedAt"
                    + " AND (stream_id > :stream OR (stream_id = :stream AND seq > :seq))))");
            parameters.addValue("on", Date.valueOf(after.on())).addValue("recordedAt", nanos(after.recordedAt()))
                    .addValue("stream", after.streamId()).addValue("seq", after.sequence());
        }
        sql.append(" ORDER BY when_on, recorded_at, stream_id, seq LIMIT :limit");
        parameters.addValue("limit", limit);
        return named.query(sql.toString(), parameters, (rs, i) -> Json.read(rs.getString(1)));
    }

    private static void holdingTerms(List<String> terms, StringBuilder sql, MapSqlParameterSource parameters) {
        for (int i = 0; i < terms.size(); i++) {
            // the terms are normalised: letters and digits only, nothing LIKE would read as a wildcard
            sql.append(" AND search_text LIKE :term").append(i);
            parameters.addValue("term" + i, "% " + terms.get(i) + "%");
        }
    }

    /** The dispute's records that name people: every mention a redaction of any part of the dispute needs. */
    public List<StoredRecord> mentioningPeople(String disputeId) {
        flush();
        return jdbc.query("SELECT body FROM " + served(records) + " WHERE dispute_id = ? AND mentions_people = TRUE",
                (rs, i) -> Json.read(rs.getString(1)), disputeId);
    }

    /** The dispute's records that carry figures. */
    public List<StoredRecord> withClaims(String disputeId) {
        return withClaims(List.of(disputeId));
    }

    /**
     * The dispute's records on its people and legal track: those that name people, those of its legal
     * cases, and those of the given kinds (detentions and releases, which a case's charges may cite
     * though they name nobody).
     */
    public List<StoredRecord> onPeopleTrack(String disputeId, Collection<String> types) {
        flush();
        return named.query("SELECT body FROM " + served(records) + " WHERE dispute_id = :dispute AND "
                        + "(mentions_people = TRUE OR stream_id <> dispute_id OR record_type IN (:types))",
                new MapSqlParameterSource().addValue("dispute", disputeId).addValue("types", types),
                (rs, i) -> Json.read(rs.getString(1)));
    }

    /** The given disputes' records that carry figures. */
    public List<StoredRecord> withClaims(Collection<String> disputes) {
        flush();
        return named.query("SELECT body FROM " + served(records) + " WHERE dispute_id IN (:disputes) AND has_claims = TRUE",
                new MapSqlParameterSource("disputes", disputes), (rs, i) -> Json.read(rs.getString(1)));
    }

    /**
     * The given disputes' records of the given kinds and those that carry figures, in one pass: each
     * record of a dispute is read along the dispute's index to be tested, so two queries read them twice.
     */
    public List<StoredRecord> ofKindsOrWithClaims(Collection<String> disputes, Collection<String> types) {
        flush();
        return named.query("SELECT body FROM " + served(records) + " WHERE dispute_id IN (:disputes) "
                        + "AND (record_type IN (:types) OR has_claims = TRUE)",
                new MapSqlParameterSource().addValue("disputes", disputes).addValue("types", types),
                (rs, i) -> Json.read(rs.getString(1)));
    }

    /** The standing records of the given streams. */
    public List<StoredRecord> standingOf(Collection<String> streams) {
        flush();
        return named.query("SELECT body FROM " + served(records) + " WHERE stream_id IN (:streams) AND standing = 'STANDING'",
                new MapSqlParameterSource("streams", streams), (rs, i) -> Json.read(rs.getString(1)));
    }

    /** The records recorded last over every dispute, the latest first, read along the recording-time index. */
    public List<StoredRecord> recordedLast(int limit) {
        flush();
        return jdbc.query("SELECT body FROM " + served(records) + " ORDER BY recorded_at DESC, stream_id DESC, seq DESC "
                + "LIMIT ?", (rs, i) -> Json.read(rs.getString(1)), limit);
    }

    /** The standing record of the dispute that comes last in {@link StoredRecord#TIMELINE_ORDER}. */
    public Optional<StoredRecord> latestStanding(String disputeId) {
        flush();
        return jdbc.query("SELECT body FROM " + served(records) + " WHERE dispute_id = ? AND standing = 'STANDING' "
                        + "ORDER BY when_on DESC, recorded_at DESC, stream_id DESC, seq DESC LIMIT 1",
                (rs, i) -> Json.read(rs.getString(1)), disputeId).stream().findFirst();
    }

    public long standingCount(String disputeId) {
        flush();
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + served(records)
                + " WHERE dispute_id = ? AND standing = 'STANDING'", Long.class, disputeId);
        return count == null ? 0 : count;
    }

    /** The confidentiality changes recorded in the dispute's streams. */
    public Confidentiality confidentiality(String disputeId) {
        flush();
        Map<String, Map<String, Boolean>> byStream = new HashMap<>();
        jdbc.query("SELECT stream_id, person_id, confidential FROM " + served(people) + " WHERE dispute_id = ?",
                (ResultSet rs) -> {
                    byStream.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getBoolean(3));
                }, disputeId);
        return Confidentiality.of(byStream);
    }

    /** Every confidentiality change, of every stream. */
    public Confidentiality confidentiality() {
        flush();
        Map<String, Map<String, Boolean>> byStream = new HashMap<>();
        jdbc.query("SELECT stream_id, person_id, confidential FROM " + served(people), (ResultSet rs) -> {
            byStream.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getBoolean(3));
        });
        return Confidentiality.of(byStream);
    }

    /**
     * Changes whenever a stream gives a person a name or a confidential mark it had not given them, or
     * a confidentiality change comes into force, so that what is derived from every person's names
     * need be derived again only then (not on every record: records mostly repeat known names).
     */
    public String changeMark() {
        flush();
        return jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM " + served(names) + ") || ':' || (SELECT COUNT(*) FROM "
                + served(people) + ") || ':' || (SELECT COALESCE(SUM(seq), 0) FROM " + served(people) + ")", String.class);
    }

    /** Every name given to a person in a stream, once, with whether a record there marks them confidential. */
    public List<NamedPerson> namedPeople() {
        flush();
        return jdbc.query("SELECT stream_id, dispute_id, person_id, name, flagged FROM " + served(names),
                (rs, i) -> new NamedPerson(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5)));
    }

    /**
     * The version of what the store holds of the dispute: it changes with every event folded into any
     * of the dispute's streams ({@link #folded}), and only then, so views computed at one version hold
     * until it changes ({@link ViewCache}).
     */
    public String version(String disputeId) {
        flush();
        return jdbc.queryForObject("SELECT COUNT(*) || ':' || COALESCE(SUM(last_seq), 0) FROM " + served(streams)
                + " WHERE dispute_id = ?", String.class, disputeId);
    }

    /**
     * Waits, at most the given time, until the stream's event of this sequence has been folded in;
     * returns whether it has. For a reader who has just recorded and is about to look.
     */
    public boolean awaitFolded(String streamId, long sequence, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        // the set the fold writes changes only as a rebuild begins, not while a recording is awaited
        String table = written(streams);
        while (true) {
            Long folded = jdbc.query("SELECT last_seq FROM " + table + " WHERE stream_id = ?",
                    (rs, i) -> rs.getLong(1), streamId).stream().findFirst().orElse(null);
            if (folded != null && folded >= sequence) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /** The last event folded from each stream of each dispute: the store's version of them, stream by stream. */
    public Map<String, Map<String, Long>> lastFolded(Collection<String> disputes) {
        flush();
        Map<String, Map<String, Long>> folded = new HashMap<>();
        named.query("SELECT dispute_id, stream_id, last_seq FROM " + served(streams) + " WHERE dispute_id IN (:disputes)",
                new MapSqlParameterSource("disputes", disputes), (ResultSet rs) -> {
                    folded.computeIfAbsent(rs.getString(1), d -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
                });
        return folded;
    }

    /** The version of every dispute the store holds, in the order of their ids, as {@link #version(String)} gives it. */
    public SortedMap<String, String> versions() {
        flush();
        SortedMap<String, String> versions = new TreeMap<>();
        jdbc.query("SELECT dispute_id, COUNT(*) || ':' || COALESCE(SUM(last_seq), 0) FROM " + served(streams)
                + " GROUP BY dispute_id", (ResultSet rs) -> {
                    versions.put(rs.getString(1), rs.getString(2));
                });
        return versions;
    }

    /**
     * Whether any stream keeps the person confidential, as {@link Redactor} decides it for one stream: a
     * confidentiality change in force there says so or, without one, a mention there marks them so. Read
     * from the names and the changes, not from the records.
     */
    public boolean confidentialAnywhere(String personId) {
        flush();
        return !jdbc.queryForList("SELECT stream_id FROM " + served(people) + " WHERE person_id = ? AND confidential = TRUE "
                + "UNION ALL SELECT n.stream_id FROM " + served(names) + " n WHERE n.person_id = ? AND n.flagged = TRUE "
                + "AND NOT EXISTS (SELECT 1 FROM " + served(people) + " p WHERE p.stream_id = n.stream_id "
                + "AND p.person_id = n.person_id) LIMIT 1", String.class, personId, personId).isEmpty();
    }

    /**
     * The disputes whose streams name the person or change their confidentiality, in order: read from the
     * names' index by person alone. Joined to the streams for their disputes, it cost the person's page
     * twice as much once the streams' rows held their counts per period (97 to 200 ms p99 with 22,447
     * disputes naming one person).
     */
    public List<String> disputesOf(String personId) {
        flush();
        return jdbc.query("SELECT dispute_id FROM " + served(names) + " WHERE person_id = ? UNION SELECT dispute_id FROM "
                        + served(people) + " WHERE person_id = ? AND dispute_id IS NOT NULL ORDER BY 1",
                (rs, i) -> rs.getString(1), personId, personId);
    }

    public List<String> disputes() {
        flush();
        return jdbc.query("SELECT DISTINCT dispute_id FROM " + served(streams) + " ORDER BY dispute_id", (rs, i) -> rs.getString(1));
    }

    static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

}
