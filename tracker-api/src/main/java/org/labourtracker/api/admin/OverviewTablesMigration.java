package org.labourtracker.api.admin;

import org.labourtracker.projections.history.RecordProjection;
import org.labourtracker.projections.history.RecordTable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Adds the views kept beside the records (tracker-projections, {@code OverviewTables}): each dispute in
 * brief, its parties, the disputes whose rows are to be computed again, and an index of the records by
 * when they were recorded, in both sets of the record store's tables. Until 5 December 2026 it also made a
 * table of each stream's standing records per period, which migration 21 ({@link PeriodsInStreamsMigration})
 * keeps in the stream's row instead, and one of each dispute's shares of the figure totals, which
 * migration 22 ({@link TotalsInBriefsMigration}) keeps in the brief's row; both drop those tables. The
 * disputes' rows are computed by migration 24 ({@link PlacesInStreamsMigration}). The same statements serve H2 and PostgreSQL, hence one
 * migration in Java.
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
            jdbc.update("CREATE TABLE " + store + "_brief" + side + " ("
                    + "dispute_id VARCHAR(100) NOT NULL PRIMARY KEY, status VARCHAR(20) NOT NULL, active BOOLEAN NOT NULL, "
                    + "country VARCHAR(10), region VARCHAR(1000), industry VARCHAR(1000), started_earliest DATE, "
                    + "started_latest DATE, body VARCHAR(1000000) NOT NULL)");
            jdbc.update("CREATE TABLE " + store + "_party" + side + " ("
                    + "dispute_id VARCHAR(100) NOT NULL, side VARCHAR(10) NOT NULL, name VARCHAR(1000) NOT NULL, "
                    + "PRIMARY KEY (dispute_id, side, name))");
            jdbc.update("CREATE TABLE " + store + "_stale" + side + " ("
                    + "dispute_id VARCHAR(100) NOT NULL PRIMARY KEY, mark VARCHAR(36) NOT NULL)");
            // the records recorded last, over every dispute (the overview page's latest records)
            jdbc.update("CREATE INDEX " + store + "_record_by_recording" + side + " ON " + store + "_record" + side
                    + " (recorded_at)");
        }
    }
}
