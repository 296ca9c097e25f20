package org.labourtracker.api.admin;

import org.labourtracker.projections.history.RecordProjection;
import org.labourtracker.projections.history.RecordTable;
import org.labourtracker.projections.map.PlaceTable;
import org.labourtracker.projections.overview.OverviewTables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps each stream's standing records per place in the stream's row, and the points of the disputes
 * listed in a row per point (tracker-projections, {@code PlaceTable}), instead of a row per stream and
 * place, in both sets of the record store's tables: counted afresh from the records already stored, with
 * every dispute's rows computed again (they now note the points each dispute counts); then drops the
 * table of those rows that migration 19 made. On the benchmark's store they were 71,302 of the
 * 1,257,114 rows a rebuild wrote. The same statements serve H2 and PostgreSQL, hence one migration in Java.
 */
@Component
class PlacesInStreamsMigration extends JdbcMigration {

    PlacesInStreamsMigration() {
        super("24", "each stream's standing records per place in its row");
    }

    @Override
    protected void migrate(JdbcTemplate jdbc) {
        String store = RecordProjection.TABLES;
        RecordTable records = new RecordTable(jdbc, store);
        for (String side : RecordTable.SIDES) {
            jdbc.update("ALTER TABLE " + store + "_stream" + side + " ADD COLUMN places VARCHAR(1000000)");
            jdbc.update("ALTER TABLE " + store + "_brief" + side + " ADD COLUMN points VARCHAR(1000000)");
            jdbc.update("CREATE TABLE " + store + "_point" + side + " (country VARCHAR(10) NOT NULL, "
                    + "region VARCHAR(1000) NOT NULL, latitude DOUBLE PRECISION NOT NULL, "
                    + "longitude DOUBLE PRECISION NOT NULL, disputes BIGINT NOT NULL, "
                    + "PRIMARY KEY (country, region, latitude, longitude))");
            jdbc.update("DROP TABLE IF EXISTS " + store + "_place" + side);
            PlaceTable.fill(jdbc, records, side);
            OverviewTables.fill(jdbc, records, side, PlaceTable.of(jdbc, records));
        }
    }
}
