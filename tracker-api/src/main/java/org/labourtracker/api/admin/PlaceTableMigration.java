package org.labourtracker.api.admin;

import org.labourtracker.projections.history.RecordProjection;
import org.labourtracker.projections.history.RecordTable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Adds a table of the standing records per stream and place to both sets of the record store's tables;
 * and indexes the names by person and the parties by name, which the pages of a person and of an
 * organisation look up. Until 5 December 2026 it also counted the records already stored into that table;
 * migration 24 ({@link PlacesInStreamsMigration}) keeps those counts in the streams' rows instead, counts
 * them there and drops the table. The same statements serve H2 and PostgreSQL, hence one migration in Java.
 */
@Component
class PlaceTableMigration extends JdbcMigration {

    PlaceTableMigration() {
        super("19", "standing records per place, names by person, parties by name");
    }

    @Override
    protected void migrate(JdbcTemplate jdbc) {
        String store = RecordProjection.TABLES;
        for (String side : RecordTable.SIDES) {
            jdbc.update("CREATE TABLE " + store + "_place" + side + " (stream_id VARCHAR(100) NOT NULL, "
                    + "place_key VARCHAR(64) NOT NULL, dispute_id VARCHAR(100) NOT NULL, name VARCHAR(1000), "
                    + "region VARCHAR(1000), country VARCHAR(10), latitude DOUBLE PRECISION, longitude DOUBLE PRECISION, "
                    + "geo_precision VARCHAR(20), records BIGINT NOT NULL, PRIMARY KEY (stream_id, place_key))");
            // a dispute's places (its map), and the points of a region (where records without coordinates go)
            jdbc.update("CREATE INDEX " + store + "_place_by_dispute" + side + " ON " + store + "_place" + side
                    + " (dispute_id)");
            jdbc.update("CREATE INDEX " + store + "_place_by_region" + side + " ON " + store + "_place" + side
                    + " (country, region)");
            jdbc.update("CREATE INDEX " + store + "_party_by_name" + side + " ON " + store + "_party" + side
                    + " (name, dispute_id)");
            jdbc.update("CREATE INDEX " + store + "_name_by_person" + side + " ON " + store + "_name" + side
                    + " (person_id)");
        }
    }
}
