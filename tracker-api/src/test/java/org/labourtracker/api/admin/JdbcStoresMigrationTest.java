package org.labourtracker.api.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;
import org.labourtracker.database.TestPostgres;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Migration 17 hands Axon's tables from its JPA stores to its JDBC ones: a letter already parked in
 * the dead-letter queue keeps its times, now as the ISO-8601 UTC text the JDBC queue reads and orders
 * by, and an event appended without a global index takes the next number of the event table's
 * sequence. Runs on the database the suite runs on (H2, or PostgreSQL with the Maven profile
 * {@code postgres}).
 */
class JdbcStoresMigrationTest {

    @Test
    void parkedLettersKeepTheirTimesAsTextAndEventsTakeTheirIndexFromTheSequence() throws Exception {
        boolean postgres = "postgresql".equals(System.getProperty("tracker.test.database"));
        DataSource database = postgres
                ? new DriverManagerDataSource(TestPostgres.url("jdbc_stores_migration"), TestPostgres.USER, "")
                : new DriverManagerDataSource("jdbc:h2:mem:jdbc-stores-migration;DB_CLOSE_DELAY=-1", "sa", "");
        String locations = "classpath:db/migration/" + (postgres ? "postgresql" : "h2");
        JavaMigration[] javaMigrations = {RecordStoreMigrationTest.personNamesMigration(), new RecordStoreMigration()};
        JdbcTemplate jdbc = new JdbcTemplate(database);
        Flyway.configure().dataSource(database).locations(locations).javaMigrations(javaMigrations).target("16")
                .load().migrate();
        // parked in Almaty's time zone, as a server there would have: the instant is what counts
        jdbc.update("INSERT INTO dead_letter_entry (dead_letter_id, processing_group, sequence_identifier, "
                        + "sequence_index, message_type, event_identifier, time_stamp, payload_type, payload, "
                        + "enqueued_at, last_touched) VALUES ('letter', 'dispute-records', 'zhanaozen-2011', 0, "
                        + "'event', 'event-1', '2011-12-16T11:00:00.000Z', 'ShootingReported', ?, ?, ?)",
                "{}".getBytes(), OffsetDateTime.parse("2011-12-16T17:05:00.123456+06:00"),
                OffsetDateTime.of(2011, 12, 17, 0, 0, 0, 0, ZoneOffset.UTC));
        jdbc.update("INSERT INTO domain_event_entry (global_index, event_identifier, payload, payload_type, "
                + "time_stamp, aggregate_identifier, sequence_number, type) VALUES ("
                + (postgres ? "nextval('domain_event_entry_seq')" : "NEXT VALUE FOR domain_event_entry_seq")
                + ", 'event-1', ?, 'DisputeOpened', '2011-12-16T11:00:00.000Z', 'zhanaozen-2011', 0, 'Dispute')",
                (Object) "{}".getBytes());

        Flyway.configure().dataSource(database).locations(locations).javaMigrations(javaMigrations).load().migrate();

        Map<String, Object> letter = jdbc.queryForMap("SELECT enqueued_at, last_touched, processing_started "
                + "FROM dead_letter_entry WHERE dead_letter_id = 'letter'");
        assertThat(letter.get("enqueued_at")).isEqualTo("2011-12-16T11:05:00.123Z");
        assertThat(letter.get("last_touched")).isEqualTo("2011-12-17T00:00:00.000Z");
        assertThat(letter.get("processing_started")).isNull();
        assertThat(Instant.parse((String) letter.get("enqueued_at"))).isEqualTo("2011-12-16T11:05:00.123Z");
        jdbc.update("INSERT INTO domain_event_entry (event_identifier, payload, payload_type, time_stamp, "
                + "aggregate_identifier, sequence_number, type) VALUES ('event-2', ?, 'StrikeStarted', "
                + "'2011-12-16T11:01:00.000Z', 'zhanaozen-2011', 1, 'Dispute')", (Object) "{}".getBytes());
        assertThat(jdbc.queryForList("SELECT global_index FROM domain_event_entry ORDER BY global_index", Long.class))
                .isEqualTo(List.of(1L, 2L));
    }
}
