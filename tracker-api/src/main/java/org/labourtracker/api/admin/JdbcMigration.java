package org.labourtracker.api.admin;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A Flyway migration written in Java, for what the same statements do on H2 and PostgreSQL or what
 * SQL alone cannot (filling a table from the records' JSON). Spring Boot hands Flyway every
 * {@link JavaMigration} bean; it runs in Flyway's transaction, on Flyway's connection.
 */
public abstract class JdbcMigration implements JavaMigration {

    private final MigrationVersion version;
    private final String description;

    protected JdbcMigration(String version, String description) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
    }

    protected abstract void migrate(JdbcTemplate jdbc);

    @Override
    public final void migrate(Context context) {
        migrate(new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true)));
    }

    @Override
    public final MigrationVersion getVersion() {
        return version;
    }

    @Override
    public final String getDescription() {
        return description;
    }

    @Override
    public final Integer getChecksum() {
        return null;
    }

    @Override
    public final boolean canExecuteInTransaction() {
        return true;
    }
}
