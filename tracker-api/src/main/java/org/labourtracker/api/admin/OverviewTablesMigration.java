package org.labourtracker.api.admin;

import org.labourtracker.projections.history.RecordProjection;
import org.labourtracker.projections.history.RecordTable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Adds the views kept beside the records (tracker-projections, {@code OverviewTables}): each dispute in
 * brief, its parties, its share of each figure total, the disputes whose rows are to be computed again,
 * and the standing records per stream and period, and an index of the records by when they were
 * recorded, in both sets of the record store's tables; and counts the records already stored per
 * period. The disputes' rows are computed by migration 20 ({@link KeptSummaryMigration}), which adds
 * the summary each keeps. The same statements serve H2 and PostgreSQL, hence one migration in Java.
 */
@Component
class OverviewTablesMigration extends JdbcMigration {

    OverviewTablesMigration() {
        super("18", "views kept beside the records");
    }

    @Override
    protected void migrate(JdbcTemplate jdbc) {
        String store = RecordProjection.TABLES;
        for (String side : RecordTable.SIDES) {
            jdbc.update("CREATE TABLE " + store + "_period" + side + " ("
                    + "stream_id VARCHAR(100) NOT NULL, period VARCHAR(7) NOT NULL, dispute_id VARCHAR(100) NOT NULL, "
                    + "records BIGINT NOT NULL, PRIMARY KEY (stream_id, period))");
            jdbc.update("CREATE TABLE " + store + "_brief" + side + " ("
                    + "dispute_id VARCHAR(100) NOT NULL PRIMARY KEY, status VARCHAR(20) NOT NULL, active BOOLEAN NOT NULL, "
                    + "country VARCHAR(10), region VARCHAR(1000), industry VARCHAR(1000), started_earliest DATE, "
                    + "started_latest DATE, body VARCHAR(1000000) NOT NULL)");
            jdbc.update("CREATE TABLE " + store + "_party" + side + " ("
                    + "dispute_id VARCHAR(100) NOT NULL, side VARCHAR(10) NOT NULL, name VARCHAR(1000) NOT NULL, "
                    + "PRIMARY KEY (dispute_id, side, name))");
            jdbc.update("CREATE TABLE " + store + "_total" + side + " ("
                    + "dispute_id VARCHAR(100) NOT NULL, kind VARCHAR(40) NOT NULL, victims VARCHAR(40) NOT NULL, "
                    + side("o_") + side("i_") + "parts INTEGER NOT NULL, body VARCHAR(1000000) NOT NULL, "
                    + "PRIMARY KEY (dispute_id, kind, victims))");
            jdbc.update("CREATE TABLE " + store + "_stale" + side + " ("
                    + "dispute_id VARCHAR(100) NOT NULL PRIMARY KEY, mark VARCHAR(36) NOT NULL)");
            // the parts a total lists: those of the first disputes by id
            jdbc.update("CREATE INDEX " + store + "_total_by_kind" + side + " ON " + store + "_total" + side
                    + " (kind, victims, dispute_id)");
            // the records recorded last, over every dispute (the overview page's latest records)
            jdbc.update("CREATE INDEX " + store + "_record_by_recording" + side + " ON " + store + "_record" + side
                    + " (recorded_at)");
            RecordTable.countStanding(jdbc, store, side);
        }
    }

    private static String side(String prefix) {
        return prefix + "low INTEGER, " + prefix + "high INTEGER, " + prefix + "incidents INTEGER NOT NULL, "
                + prefix + "without_low INTEGER NOT NULL, " + prefix + "without_high INTEGER NOT NULL, "
                + prefix + "open_below BOOLEAN NOT NULL, " + prefix + "open_above BOOLEAN NOT NULL, "
                + prefix + "vague BOOLEAN NOT NULL, ";
    }
}
