package org.labourtracker.projections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.labourtracker.ZhanaozenCase.DISPUTE;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.labourtracker.ZhanaozenCase;
import org.labourtracker.projections.admin.ReplayProgress;
import org.labourtracker.projections.admin.ReplayService;
import org.labourtracker.projections.alerts.AlertOutbox;
import org.labourtracker.projections.history.RecordProjection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.test.context.TestPropertySource;

/**
 * Every read model rebuilt from the event store is, row for row, what the live build made, whichever of
 * its two sets of tables the rebuild fills.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:zhanaozen-replay;DB_CLOSE_DELAY=-1")
class ReplayTest extends ReadSideTest {

    /** Each read model's tables, with the columns that order their rows. */
    private static final Map<String, Map<String, String>> TABLES = Map.of(RecordProjection.PROCESSOR, Map.of(
            "rm_store_record", "stream_id, record_id",
            "rm_store_stream", "stream_id",
            "rm_store_person", "stream_id, person_id",
            "rm_store_name", "stream_id, person_id, name, flagged",
            "rm_store_brief", "dispute_id",
            "rm_store_party", "dispute_id, side, name",
            "rm_store_listed", "dispute_id",
            "rm_store_point", "country, region, latitude, longitude"));

    @Autowired
    AlertOutbox alerts;

    @BeforeAll
    void recordTheCase() {
        send(ZhanaozenCase.commands());
        send(ZhanaozenCase.mistakes());
        send(ZhanaozenCase.edits());
        awaitReadModels();
    }

    /**
     * One segment on H2, whose file one process opens, so that each wake of the read side is one commit;
     * two on PostgreSQL, so that two nodes can fold events at once.
     */
    @Test
    void theRecordStoreHasOneSegmentOnH2AndTwoOnADatabaseNodesShare() {
        String database = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        assertThat(jdbc.queryForList("SELECT segment FROM token_entry WHERE processor_name = ? ORDER BY segment",
                Integer.class, RecordProjection.PROCESSOR)).as(database)
                .isEqualTo("H2".equals(database) ? List.of(0) : List.of(0, 1));
    }

    @Test
    void everyReadModelRebuiltByReplayEqualsTheLiveOne() {
        List<Object> live = views();
        Map<String, List<Map<String, Object>>> liveRows = rows();
        // one row per record: every event of a dispute or a legal case, none of the edits
        assertThat(liveRows.get("rm_store_record")).hasSize(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry "
                + "WHERE payload_type LIKE 'org.labourtracker.dispute.%' OR payload_type LIKE 'org.labourtracker.legal.%'",
                Integer.class));
        long alertsQueued = alerts.attempts();
        assertThat(alerts.count()).as("alerts for the casualty and detention reports").isEqualTo(7);

        // twice: into the second set of tables, then back into the first, emptied of the first build
        assertThat(ReplayService.READ_MODELS).containsExactly(RecordProjection.PROCESSOR);
        String readModel = RecordProjection.PROCESSOR;
        for (int round = 1; round <= 2; round++) {
            String servedBefore = servedSuffix();
            // damage the read model, so that only a real rebuild can make it right again
            jdbc.update("DELETE FROM rm_store_record" + servedBefore
                    + " WHERE record_id IN ('open', 'shooting-killed', 'verdict')");
            // dated as a change would be, or the views kept from before it would still be served
            jdbc.update("UPDATE rm_store_stream" + servedBefore + " SET last_seq = last_seq + 1");
            assertThat(views()).isNotEqualTo(live);

            List<Object> damaged = views();
            long started = System.nanoTime();
            ReplayProgress first = replays.rebuild(readModel);
            assertThat(first.processor()).isEqualTo(readModel);
            // readers are never shown less than before: each view as it was, until the rebuilt one is whole
            await().atMost(PATIENCE).until(() -> {
                List<Object> now = views();
                for (int view = 0; view < now.size(); view++) {
                    assertThat(now.get(view)).as("view %d while rebuilding %s", view, readModel)
                            .isIn(damaged.get(view), live.get(view));
                }
                return replays.progress(readModel).done();
            });
            ReplayProgress done = replays.progress(readModel);
            System.out.printf("Rebuilt %s from %d events in %d ms%n", readModel, eventCount(),
                    (System.nanoTime() - started) / 1_000_000);

            assertThat(done.replaying()).isFalse();
            assertThat(done.fraction()).isEqualTo(1.0);
            assertThat(done.segments()).isNotEmpty().allSatisfy(s -> assertThat(s.replaying()).isFalse());
            assertThat(servedSuffix()).as("the set readers are served from").isNotEqualTo(servedBefore);
            assertThat(views()).as("views after rebuilding " + readModel).isEqualTo(live);
            assertThat(rows()).as("rows after rebuilding " + readModel).isEqualTo(liveRows);
        }

        // the alerts handler runs in the read side's processor, but never on replay
        assertThat(alerts.attempts()).isEqualTo(alertsQueued);
    }

    /**
     * Readers are served from either set after a rebuild, so the two must be alike: the same columns,
     * and the same indexes for the same queries.
     */
    @Test
    void bothSetsOfTablesHaveTheSameColumnsAndIndexes() throws SQLException {
        for (String table : TABLES.get(RecordProjection.PROCESSOR).keySet()) {
            assertThat(shape(table + "_aside")).as(table).isEqualTo(shape(table)).isNotEmpty();
        }
    }

    @Test
    void anUnknownReadModelIsRefused() {
        assertThatThrownBy(() -> replays.rebuild("no-such-model")).isInstanceOf(IllegalArgumentException.class);
    }

    private List<Object> views() {
        return Arrays.asList(summary(DISPUTE, false), summary(DISPUTE, true), timeline(DISPUTE, false),
                timeline(DISPUTE, true), figures(DISPUTE, false), people(DISPUTE, false), people(DISPUTE, true),
                overview());
    }

    /** Every row of every read model's tables that readers are served from, in key order. */
    private Map<String, List<Map<String, Object>>> rows() {
        String served = servedSuffix();
        Map<String, List<Map<String, Object>>> rows = new TreeMap<>();
        TABLES.values().forEach(tables -> tables.forEach((table, order) ->
                rows.put(table, jdbc.queryForList("SELECT * FROM " + table + served + " ORDER BY " + order))));
        return rows;
    }

    /** The table's columns (name, type, nullable) and each index's columns in order, as the driver describes them. */
    private Set<String> shape(String table) throws SQLException {
        try (Connection connection = jdbc.getDataSource().getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String name = meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
            Set<String> shape = new TreeSet<>();
            try (ResultSet columns = meta.getColumns(null, null, name, null)) {
                while (columns.next()) {
                    shape.add("column " + columns.getString("COLUMN_NAME") + " " + columns.getString("TYPE_NAME")
                            + " " + columns.getString("IS_NULLABLE"));
                }
            }
            Map<String, List<String>> indexes = new TreeMap<>();
            try (ResultSet index = meta.getIndexInfo(null, null, name, false, false)) {
                while (index.next()) {
                    if (index.getString("COLUMN_NAME") != null) {
                        indexes.computeIfAbsent(index.getString("INDEX_NAME"), n -> new ArrayList<>())
                                .add(index.getShort("ORDINAL_POSITION") + ":" + index.getString("COLUMN_NAME"));
                    }
                }
            }
            indexes.values().forEach(columns -> shape.add("index " + columns.stream().sorted().toList()));
            return shape;
        }
    }

    private long eventCount() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }
}
