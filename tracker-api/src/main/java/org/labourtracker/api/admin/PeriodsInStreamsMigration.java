package org.labourtracker.api.admin;

import org.labourtracker.projections.history.RecordProjection;
import org.labourtracker.projections.history.RecordTable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps each stream's standing records per period in the stream's row (tracker-projections,
 * {@code RecordTable}), counted afresh from the records already stored, in both sets of the record
 * store's tables, and drops the table of a row per stream and period that migration 18 made: on the
 * benchmark's store those rows were 130,000 of the 1,470,000 a rebuild wrote. The same statements
 * serve H2 and PostgreSQL, hence one migration in Java.
 */
@Component
class PeriodsInStreamsMigration extends JdbcMigration {

    PeriodsInStreamsMigration() {
        super("21", "each stream's standing records per period in its row");
    }

    @Override
    protected void migrate(JdbcTemplate jdbc) {
        String store = RecordProjection.TABLES;
        for (String side : RecordTable.SIDES) {
            jdbc.update("ALTER TABLE " + store + "_stream" + side + " ADD COLUMN periods VARCHAR(1000000)");
            jdbc.update("DROP TABLE IF EXISTS " + store + "_period" + side);
            RecordTable.countStanding(jdbc, store, side);
        }
    }
}
