package org.labourtracker.api.confidential;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.labourtracker.projections.history.RecordTable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Fills the people read model's names tables (made empty by V12) from the records it holds, so that
 * a database made before them keeps every confidential name masked from its first start on the new
 * version, without a rebuild. Spring Boot hands Flyway every {@link JavaMigration} bean.
 */
@Component
class PersonNamesMigration implements JavaMigration {

    private static final String PEOPLE = "rm_people";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("13");
    }

    @Override
    public String getDescription() {
        return "person names from the people read model's records";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) {
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
        RecordTable.nameRowsFromRecords(jdbc, PEOPLE, "");
        RecordTable.nameRowsFromRecords(jdbc, PEOPLE, "_aside");
    }
}
