package org.labourtracker.api.admin;

import org.labourtracker.projections.history.RecordProjection;
import org.labourtracker.projections.history.RecordTable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps each dispute's summary in its row of the briefs (tracker-projections, {@code KeptSummary}), in
 * both sets of the record store's tables. Every dispute's rows are computed afresh from the records
 * already stored by migration 24 ({@link PlacesInStreamsMigration}), which adds the last of the row's
 * columns (this one did before migration 22 did, and migration 22 until 5 December 2026). The same statements serve H2 and PostgreSQL, hence one
 * migration in Java.
 */
@Component
class KeptSummaryMigration extends JdbcMigration {

    KeptSummaryMigration() {
        super("20", "each dispute's summary kept in its brief's row");
    }

    @Override
    protected void migrate(JdbcTemplate jdbc) {
        String store = RecordProjection.TABLES;
        for (String side : RecordTable.SIDES) {
            jdbc.update("ALTER TABLE " + store + "_brief" + side + " ADD COLUMN summary VARCHAR(1000000)");
        }
    }
}
