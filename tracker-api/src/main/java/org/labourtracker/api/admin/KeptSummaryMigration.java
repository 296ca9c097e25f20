package org.labourtracker.api.admin;

import org.labourtracker.projections.history.RecordProjection;
import org.labourtracker.projections.history.RecordTable;
import org.labourtracker.projections.overview.OverviewTables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps each dispute's summary in its row of the briefs (tracker-projections, {@code KeptSummary}), in
 * both sets of the record store's tables, and computes every dispute's rows afresh from the records
 * already stored. The same statements serve H2 and PostgreSQL, hence one migration in Java.
 */
@Component
class KeptSummaryMigration extends JdbcMigration {

    KeptSummaryMigration() {
        super("20", "each dispute's summary kept in its brief's row");
    }

    @Override
    protected void migrate(JdbcTemplate jdbc) {
        String store = RecordProjection.TABLES;
        RecordTable records = new RecordTable(jdbc, store);
        for (String side : RecordTable.SIDES) {
            jdbc.update("ALTER TABLE " + store + "_brief" + side + " ADD COLUMN summary VARCHAR(1000000)");
            OverviewTables.fill(jdbc, records, side);
        }
    }
}
