package org.labourtracker.api.admin;

import org.labourtracker.projections.history.RecordProjection;
import org.labourtracker.projections.history.RecordTable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps each dispute's shares of the figure totals in its brief's row and its first parts of them in a
 * row of its own (tracker-projections, {@code OverviewTables}) instead of a row per dispute and total,
 * in both sets of the record store's tables, and drops the table of those rows that migration 18 made:
 * on the benchmark's store they were 102,000 of the 1,470,000 rows a rebuild wrote, where a row per
 * dispute is 22,000. Every dispute's rows are computed afresh from the records by migration 24
 * ({@link PlacesInStreamsMigration}), which adds the last of the row's columns (until 5 December 2026 this
 * one did). The same statements serve H2 and PostgreSQL, hence one migration in Java.
 */
@Component
class TotalsInBriefsMigration extends JdbcMigration {

    TotalsInBriefsMigration() {
        super("22", "each dispute's shares of the totals in its brief's row");
    }

    @Override
    protected void migrate(JdbcTemplate jdbc) {
        String store = RecordProjection.TABLES;
        for (String side : RecordTable.SIDES) {
            jdbc.update("ALTER TABLE " + store + "_brief" + side + " ADD COLUMN totals VARCHAR(1000000)");
            jdbc.update("CREATE TABLE " + store + "_listed" + side + " (dispute_id VARCHAR(100) NOT NULL PRIMARY KEY, "
                    + "parts VARCHAR(1000000) NOT NULL)");
            jdbc.update("DROP TABLE IF EXISTS " + store + "_total" + side);
        }
    }
}
