package org.labourtracker.api.admin;

import org.labourtracker.projections.history.RecordProjection;
import org.labourtracker.projections.history.RecordTable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the stream's dispute in each row of the record store's names and confidentiality changes,
 * taken from the streams' rows, in both sets of tables, and indexes them so that a person's disputes
 * are read from their names alone: joined to the streams' rows, which grew with their counts per
 * period (migration 21), the person's page took twice as long on the benchmark's store. The same
 * statements serve H2 and PostgreSQL, hence one migration in Java.
 */
@Component
class DisputesInNamesMigration extends JdbcMigration {

    DisputesInNamesMigration() {
        super("23", "the dispute in each row of a person's names and confidentiality changes");
    }

    @Override
    protected void migrate(JdbcTemplate jdbc) {
        String store = RecordProjection.TABLES;
        for (String side : RecordTable.SIDES) {
            String streams = store + "_stream" + side;
            for (String table : new String[]{store + "_name" + side, store + "_person" + side}) {
                jdbc.update("ALTER TABLE " + table + " ADD COLUMN dispute_id VARCHAR(100)");
                jdbc.update("UPDATE " + table + " SET dispute_id = (SELECT s.dispute_id FROM " + streams
                        + " s WHERE s.stream_id = " + table + ".stream_id)");
            }
            // a person's disputes, from the index alone
            jdbc.update("DROP INDEX " + store + "_name_by_person" + side);
            jdbc.update("CREATE INDEX " + store + "_name_by_person" + side + " ON " + store + "_name" + side
                    + " (person_id, dispute_id)");
            // a dispute's confidentiality changes, and a person's
            jdbc.update("CREATE INDEX " + store + "_person_by_dispute" + side + " ON " + store + "_person" + side
                    + " (dispute_id)");
            jdbc.update("CREATE INDEX " + store + "_person_by_person" + side + " ON " + store + "_person" + side
                    + " (person_id, dispute_id)");
        }
    }
}
