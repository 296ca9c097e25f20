package org.labourtracker.api.recording;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * A record answered 201 must survive the process being killed the moment after. H2 keeps commits
 * in memory for up to its WRITE_DELAY (500 ms unless set) before writing them to its file, so a
 * kill in that window loses records that were already acknowledged (CrashRecoveryTest lost the
 * last records of each client). With a delay of 0 each commit is handed to the operating system
 * before it returns, which a killed process cannot take back (a power cut is another matter).
 * Set here rather than in the URL so that it holds for any H2 URL an operator configures; other
 * databases are left as they are. Runs while the application starts, before any request is served;
 * a database user without the right to change the setting stops the start, which is better than
 * acknowledging records that a crash can take back.
 */
@Component
class DurableCommits {

    DurableCommits(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if ("H2".equals(connection.getMetaData().getDatabaseProductName())) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET WRITE_DELAY 0");
                }
            }
        }
    }
}
