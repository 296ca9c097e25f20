package org.labourtracker.api.admin;

import java.util.List;

import org.labourtracker.projections.history.RecordProjection;
import org.labourtracker.projections.history.RecordTable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Replaces the five read models that each kept a table of records (summary, timeline, figures,
 * people, overview) with the one record store every view now reads. The timeline kept every record,
 * so its tables become the store's (and its processor's position and parked events the store
 * processor's); the store also keeps every person's names, which the timeline did not, so those are
 * filled from its records, as confidential names are masked with them; and it notes the last event
 * folded of each stream, which dates the views kept computed. The other four are dropped.
 * The same statements serve H2 and PostgreSQL, hence one migration in Java.
 */
@Component
class RecordStoreMigration extends JdbcMigration {

    private static final String KEPT = "rm_timeline";
    private static final String PROCESSOR_KEPT = "dispute-timeline";
    private static final List<String> DROPPED = List.of("rm_summary", "rm_figures", "rm_people", "rm_overview");
    private static final List<String> PROCESSORS_DROPPED = List.of("dispute-summary", "dispute-figures",
            "dispute-people", "dispute-overview");
    private static final List<String> TABLES = List.of("_record", "_stream", "_person", "_name");
    private static final List<String> SIDES = List.of("", "_aside");

    RecordStoreMigration() {
        super("15", "one record store for every view");
    }

    @Override
    protected void migrate(JdbcTemplate jdbc) {
        String store = RecordProjection.TABLES;
        for (String side : SIDES) {
            for (String table : TABLES) {
                jdbc.update("ALTER TABLE " + KEPT + table + side + " RENAME TO " + store + table + side);
            }
            // the last event folded of each stream, which dates the cached views (ViewCache)
            jdbc.update("ALTER TABLE " + store + "_stream" + side + " ADD COLUMN last_seq BIGINT DEFAULT -1 NOT NULL");
            RecordTable.nameRowsFromRecords(jdbc, store, side);
            for (String dropped : DROPPED) {
                for (String table : TABLES) {
                    jdbc.update("DROP TABLE " + dropped + table + side);
                }
            }
        }
        jdbc.update("UPDATE rm_serving SET read_model = ? WHERE read_model = ?", store, KEPT);
        for (String dropped : DROPPED) {
            jdbc.update("DELETE FROM rm_serving WHERE read_model = ?", dropped);
        }
        for (String processor : PROCESSORS_DROPPED) {
            jdbc.update("DELETE FROM token_entry WHERE processor_name = ?", processor);
            jdbc.update("DELETE FROM dead_letter_entry WHERE processing_group = ?", processor);
        }
        jdbc.update("UPDATE token_entry SET processor_name = ? WHERE processor_name = ?", RecordProjection.PROCESSOR,
                PROCESSOR_KEPT);
        jdbc.update("UPDATE dead_letter_entry SET processing_group = ? WHERE processing_group = ?",
                RecordProjection.PROCESSOR, PROCESSOR_KEPT);
    }
}
