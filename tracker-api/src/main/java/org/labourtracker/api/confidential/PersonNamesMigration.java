package org.labourtracker.api.confidential;

import org.labourtracker.api.admin.JdbcMigration;
import org.labourtracker.projections.history.RecordTable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Fills the people read model's names tables (made empty by V12) from the records it holds, so that
 * a database made before them keeps every confidential name masked from its first start on the new
 * version, without a rebuild.
 */
@Component
class PersonNamesMigration extends JdbcMigration {

    private static final String PEOPLE = "rm_people";

    PersonNamesMigration() {
        super("13", "person names from the people read model's records");
    }

    @Override
    protected void migrate(JdbcTemplate jdbc) {
        RecordTable.nameRowsFromRecords(jdbc, PEOPLE, "");
        RecordTable.nameRowsFromRecords(jdbc, PEOPLE, "_aside");
    }
}
