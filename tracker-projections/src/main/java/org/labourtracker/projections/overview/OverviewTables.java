package org.labourtracker.projections.overview;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.labourtracker.dispute.VictimCategory;
import org.labourtracker.projections.figures.FigureKind;
import org.labourtracker.projections.history.Json;
import org.labourtracker.projections.history.RecordProjection;
import org.labourtracker.projections.history.RecordTable;
import org.labourtracker.projections.history.StoredRecord;
import org.labourtracker.projections.summary.Summaries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each dispute's contribution to the overview ({@link Overviews#contribution}) kept in tables beside the
 * records: its brief (one row, with the columns the dispute list filters on, the summary it keeps,
 * {@link org.labourtracker.projections.summary.KeptSummary}, its share of each figure total: the sides'
 * sums and how many parts, and the points its places count in the map's regions, {@link PlacesKept}), its
 * parties by name, and its first parts of each total (a row).
 * <p>
 * The transaction that writes a dispute's records marks the dispute stale (a row of {@code _stale}, in
 * the set of tables written), which costs one small write however many of its records the transaction
 * holds. Its rows are computed again from its records later, several disputes together: before a
 * reader reads them, every second, and before a rebuilt set of tables is served. Computing a dispute
 * again reads all its records of the kinds a summary reads and those with figures unless what it needs is
 * kept in memory ({@link RoundInputs}), so doing it in each of the processor's transactions cost a long
 * dispute that much for every few records added (the recording benchmark's processor time per record
 * doubled). One computation runs at a time on every node (it
 * holds the store's row of {@code rm_serving}), and a dispute marked again while it ran stays stale.
 */
@Component
public class OverviewTables implements RecordTable.KeptView {

    private static final Logger log = LoggerFactory.getLogger(OverviewTables.class);

    public static final String BRIEFS = "_brief";
    static final String PARTIES = "_party";
    static final String LISTED = "_listed";
    static final String STALE = "_stale";
    /** Disputes computed together: a few queries for each so many, and no more of their records in memory at once. */
    private static final int CHUNK = 200;
    /**
     * Records kept whole in memory for the computation, over every dispute (a few KiB each), those folded
     * into figures' shares weighing {@value RoundInputs#FOLDED_PER_RECORD} to one.
     */
    private static final int ROUND_INPUTS = 20_000;

    private final RecordTable table;
    private final NamedParameterJdbcTemplate named;
    private final TransactionTemplate transactions;
    private volatile PlacesKept places;
    private final RoundInputs roundInputs = new RoundInputs(ROUND_INPUTS);

    @Autowired
    OverviewTables(RecordTable table, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this(table, jdbc, new TransactionTemplate(transactions));
        table.keep(this);
    }

    private OverviewTables(RecordTable table, JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.table = table;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.transactions = transactions;
    }

    /**
     * The places kept beside the records (the map's), which count the points of the disputes listed as
     * their rows are computed, and tell which disputes gained or lost a point.
     */
    public interface PlacesKept {
        /** Brings the streams' places up to date with the records just written: the disputes whose points changed. */
        Set<String> written(List<RecordTable.Written> records);

        /**
         * Counts the points of disputes computed again: those each listed one has now, in place of those each
         * counted before (as their briefs' rows keep them, by dispute).
         *
         * @return the points each listed dispute counts now, as its brief's row keeps them (none: absent)
         */
        Map<String, String> countPoints(Map<String, String> before, Set<String> listed);
    }

    /** Has the places kept beside the records count the points of the disputes as their rows are computed. */
    public void keep(PlacesKept places) {
        this.places = places;
    }

    /**
     * Writes every dispute's rows afresh in the set of tables with this suffix, from its records: for a
     * store whose records were written before these tables were kept.
     */
    public static void fill(JdbcTemplate jdbc, RecordTable table, String suffix, PlacesKept places) {
        OverviewTables tables = new OverviewTables(table, jdbc, (TransactionTemplate) null);
        tables.keep(places);
        table.reading(suffix, () -> {
            List<String> disputes = jdbc.queryForList("SELECT DISTINCT dispute_id FROM " + table.servedTable("_stream")
                    + " ORDER BY dispute_id", String.class);
            tables.refresh(disputes);
            return null;
        });
    }

    @Override
    public void written(List<RecordTable.Written> records) {
        collect(records);
        Set<String> changed = new LinkedHashSet<>();
        for (RecordTable.Written written : records) {
            StoredRecord record = written.record();
            if (record.streamId().equals(record.disputeId()) && (written.countAgain()
                    || RoundInputs.readBySummary(record) || RoundInputs.carriesFigures(record))) {
                changed.add(record.disputeId());
            }
        }
        if (places != null) {
            changed.addAll(places.written(records));
        }
        if (changed.isEmpty()) {
            return;
        }
        // a new mark each time: a computation that read the records before it does not clear it
        String mark = UUID.randomUUID().toString();
        String stale = table.servedTable(STALE);
        JdbcTemplate jdbc = named.getJdbcTemplate();
        // in the order the computation clears them: opposite orders deadlocked the two on the 1M benchmark
        List<String> disputes = changed.stream().sorted().toList();
        int[] marked = jdbc.batchUpdate("UPDATE " + stale + " SET mark = ? WHERE dispute_id = ?",
                disputes.stream().map(disputeId -> new Object[]{mark, disputeId}).toList());
        List<Object[]> first = new ArrayList<>();
        for (int i = 0; i < disputes.size(); i++) {
            if (marked[i] == 0) {
                first.add(new Object[]{disputes.get(i), mark});
            }
        }
        jdbc.batchUpdate("INSERT INTO " + stale + " (dispute_id, mark) VALUES (?, ?)", first);
    }

    @Override
    public void complete(String suffix) {
        while (anyStale(suffix) && refreshStale(suffix)) {
            log.debug("Computed the overview's rows of up to {} disputes in the set '{}'", CHUNK, suffix);
        }
    }

    private boolean anyStale(String suffix) {
        return !table.reading(suffix, () -> named.getJdbcTemplate().queryForList("SELECT dispute_id FROM "
                + table.servedTable(STALE) + " FETCH FIRST 1 ROWS ONLY", String.class)).isEmpty();
    }

    /** Computes the rows of the disputes marked stale in the set readers are served from. */
    @Scheduled(fixedDelayString = "${tracker.read-models.overview-refresh-interval:1s}")
    void refreshServed() {
        try {
            complete(table.servedSide());
        } catch (DataAccessException busy) {
            log.debug("The overview's rows will be computed at the next round", busy);
        }
    }

    /**
     * Before a reader reads the rows: computes those of the disputes marked stale in the set they are
     * served from, so that the reader sees every record the store holds. Should another computation
     * hold the rows too long, the reader is answered from them as they are.
     */
    public void beforeReading() {
        try {
            complete(table.servedSide());
        } catch (DataAccessException busy) {
            log.warn("Answering from the overview's rows as they are: {}", busy.getMessage());
        }
    }

    /** Computes up to {@value #CHUNK} stale disputes' rows in the set with this suffix; true if there were some. */
    private boolean refreshStale(String suffix) {
        return Boolean.TRUE.equals(transactions.execute(status -> table.reading(suffix, () -> {
            JdbcTemplate jdbc = named.getJdbcTemplate();
            jdbc.queryForList("SELECT read_model FROM rm_serving WHERE read_model = ? FOR UPDATE", String.class,
                    RecordProjection.TABLES);
            String stale = table.servedTable(STALE);
            // cleared in Java's order, as marked: the database's collation may sort ids otherwise
            Map<String, String> marks = new TreeMap<>();
            jdbc.query("SELECT dispute_id, mark FROM " + stale + " ORDER BY dispute_id FETCH FIRST " + CHUNK
                    + " ROWS ONLY", (ResultSet rs) -> {
                        marks.put(rs.getString(1), rs.getString(2));
                    });
            if (marks.isEmpty()) {
                return false;
            }
            refresh(List.copyOf(marks.keySet()));
            jdbc.batchUpdate("DELETE FROM " + stale + " WHERE dispute_id = ? AND mark = ?", marks.entrySet().stream()
                    .map(e -> new Object[]{e.getKey(), e.getValue()}).toList());
            return true;
        })));
    }

    /**
     * Computes the disputes' contributions again and replaces their rows, {@value #CHUNK} disputes at a
     * time, in the set of tables the store's queries read now.
     */
    private void refresh(List<String> disputes) {
        String briefs = table.servedTable(BRIEFS);
        String parties = table.servedTable(PARTIES);
        String listed = table.servedTable(LISTED);
        for (int from = 0; from < disputes.size(); from += CHUNK) {
            List<String> chunk = disputes.subList(from, Math.min(disputes.size(), from + CHUNK));
            Map<String, RoundInputs.Inputs> read = inputs(chunk);
            MapSqlParameterSource ids = new MapSqlParameterSource("disputes", chunk);
            Map<String, String> pointsBefore = new HashMap<>();
            named.query("SELECT dispute_id, points FROM " + briefs + " WHERE dispute_id IN (:disputes) AND points IS NOT NULL",
                    ids, (ResultSet rs) -> {
                        pointsBefore.put(rs.getString(1), rs.getString(2));
                    });
            for (String t : List.of(briefs, parties, listed)) {
                named.update("DELETE FROM " + t + " WHERE dispute_id IN (:disputes)", ids);
            }
            Map<String, Overviews.Contribution> kept = new TreeMap<>();
            for (String disputeId : chunk) {
                RoundInputs.Inputs inputs = read.get(disputeId);
                Overviews.Contribution contribution = Overviews.contribution(disputeId, inputs.summaryRecords(),
                        inputs.shares());
                if (contribution.brief() != null) {
                    kept.put(disputeId, contribution);
                }
            }
            Map<String, String> points = places == null ? Map.of() : places.countPoints(pointsBefore, kept.keySet());
            List<Object[]> briefRows = new ArrayList<>();
            List<Object[]> partyRows = new ArrayList<>();
            List<Object[]> listedRows = new ArrayList<>();
            for (Map.Entry<String, Overviews.Contribution> entry : kept.entrySet()) {
                String disputeId = entry.getKey();
                Overviews.Contribution contribution = entry.getValue();
                DisputeBrief brief = contribution.brief();
                briefRows.add(new Object[]{disputeId, brief.status().name(), brief.active(), brief.country(),
                        brief.region(), brief.industry(), brief.started() == null ? null : brief.started().earliest(),
                        brief.started() == null ? null : brief.started().latest(), Json.text(brief),
                        Json.text(contribution.summary()), KeptShare.text(contribution.shares()), points.get(disputeId)});
                if (!contribution.shares().isEmpty()) {
                    listedRows.add(new Object[]{disputeId, Json.text(KeptParts.of(contribution.shares()))});
                }
                brief.employers().stream().distinct().forEach(name -> partyRows.add(new Object[]{disputeId, "EMPLOYER", name}));
                brief.unions().stream().distinct().forEach(name -> partyRows.add(new Object[]{disputeId, "UNION", name}));
            }
            JdbcTemplate jdbc = named.getJdbcTemplate();
            jdbc.batchUpdate("INSERT INTO " + briefs + " (dispute_id, status, active, country, region, industry, "
                    + "started_earliest, started_latest, body, summary, totals, points) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", briefRows);
            jdbc.batchUpdate("INSERT INTO " + parties + " (dispute_id, side, name) VALUES (?, ?, ?)", partyRows);
            jdbc.batchUpdate("INSERT INTO " + listed + " (dispute_id, parts) VALUES (?, ?)", listedRows);
        }
    }

    /**
     * A dispute's share of a total as its brief's row keeps it: the sides' sums and how many parts, not
     * the parts (kept apart, {@link KeptParts}). Written as arrays, so that the row stays small: every
     * dispute list and every check that a dispute is listed reads it.
     */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    record KeptShare(FigureKind kind, VictimCategory victims, SideTotal official, SideTotal independent, int parts) {

        private static final ObjectMapper IN_ARRAYS = JsonMapper.builder().addMixIn(SideTotal.class, InArray.class)
                .build();
        private static final TypeReference<List<KeptShare>> LIST = new TypeReference<>() {
        };

        /** The shares as their column holds them. */
        static String text(Map<Overviews.Counted, Overviews.Share> shares) {
            List<KeptShare> kept = new ArrayList<>();
            shares.forEach((counted, share) -> kept.add(new KeptShare(counted.kind(), counted.victims(), share.official(),
                    share.independent(), share.parts())));
            try {
                return IN_ARRAYS.writeValueAsString(kept);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot store a dispute's shares of the totals", e);
            }
        }

        /** The shares their column holds. */
        static List<KeptShare> read(String text) {
            try {
                return IN_ARRAYS.readValue(text, LIST);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot read a dispute's shares of the totals", e);
            }
        }

        Overviews.Counted counted() {
            return new Overviews.Counted(kind, victims);
        }
    }

    /** A side's total written as an array of its values, in the order of its components. */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    private interface InArray {
    }

    /**
     * A dispute's first parts of a total, in its row of {@code _listed}: the overview lists the first
     * {@value Overviews#LISTED_PARTS} parts of a total's first disputes, and reads only theirs.
     */
    record KeptParts(FigureKind kind, VictimCategory victims, List<FigurePart> listed) {

        static List<KeptParts> of(Map<Overviews.Counted, Overviews.Share> shares) {
            List<KeptParts> kept = new ArrayList<>();
            shares.forEach((counted, share) -> kept.add(new KeptParts(counted.kind(), counted.victims(),
                    share.listed().subList(0, Math.min(share.listed().size(), Overviews.LISTED_PARTS)))));
            return kept;
        }

        Overviews.Counted counted() {
            return new Overviews.Counted(kind, victims);
        }
    }

    /**
     * What the disputes' rows are computed from: kept in memory ({@link RoundInputs}) while the store holds
     * the same version of the dispute, else read from their records of the kinds a summary reads and those
     * with figures.
     */
    private Map<String, RoundInputs.Inputs> inputs(List<String> disputes) {
        String suffix = table.servedSide();
        Map<String, Map<String, Long>> versions = table.lastFolded(disputes);
        Map<String, RoundInputs.Inputs> inputs = new HashMap<>();
        List<String> unread = new ArrayList<>();
        for (String disputeId : disputes) {
            Optional<RoundInputs.Inputs> kept = versions.containsKey(disputeId)
                    ? roundInputs.get(suffix, disputeId, versions.get(disputeId)) : Optional.empty();
            kept.ifPresentOrElse(in -> inputs.put(disputeId, in), () -> unread.add(disputeId));
        }
        if (!unread.isEmpty()) {
            Map<String, List<StoredRecord>> read = new HashMap<>();
            table.ofKindsOrWithClaims(unread, Summaries.TYPES).forEach(record ->
                    read.computeIfAbsent(record.disputeId(), d -> new ArrayList<>()).add(record));
            // kept only if no transaction of the fold committed to the dispute while its records were read
            Map<String, Map<String, Long>> after = table.lastFolded(unread);
            for (String disputeId : unread) {
                List<StoredRecord> records = read.getOrDefault(disputeId, List.of());
                inputs.put(disputeId, versions.containsKey(disputeId)
                        && versions.get(disputeId).equals(after.get(disputeId))
                        ? roundInputs.put(suffix, disputeId, versions.get(disputeId), records)
                        : RoundInputs.Inputs.of(disputeId, records));
            }
        }
        return inputs;
    }

    /**
     * Tells {@link RoundInputs} what the fold's transaction wrote to each dispute, staged until it commits
     * and forgotten if it rolls back.
     */
    private void collect(List<RecordTable.Written> records) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        RoundInputs.Transaction transaction = (RoundInputs.Transaction) TransactionSynchronizationManager
                .getResource(roundInputs);
        if (transaction == null) {
            RoundInputs.Transaction begun = roundInputs.begin(table.servedSide());
            TransactionSynchronizationManager.bindResource(roundInputs, begun);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    roundInputs.committed(begun);
                }

                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        roundInputs.rolledBack(begun);
                    }
                    TransactionSynchronizationManager.unbindResourceIfPossible(roundInputs);
                }
            });
            transaction = begun;
        }
        roundInputs.written(transaction, records);
    }
}
