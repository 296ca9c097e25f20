package org.labourtracker.api.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.h2.mvstore.FileStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.labourtracker.ZhanaozenCase;
import org.labourtracker.api.Http;
import org.labourtracker.api.TestUsers;
import org.labourtracker.api.audit.IntegrityCheck;
import org.labourtracker.api.security.Role;
import org.labourtracker.api.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The Zhanaozen case recorded one command at a time, as monitors record, leaves the H2 file mostly
 * garbage: each commit's chunk keeps a page or two alive. While readers are being answered the
 * housekeeping leaves the file alone; once nobody has asked for a while (probes do not count), it packs
 * the file to less than two thirds, and every record is still there, intact.
 */
@DisabledIfSystemProperty(named = "tracker.test.database", matches = "postgresql",
        disabledReason = "the housekeeping is H2's; PostgreSQL keeps its own files (autovacuum)")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "tracker.h2.housekeeping-interval=PT1H", "tracker.h2.housekeeping-quiet-after-request=PT3S"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class FileHousekeepingTest {

    @TempDir
    static Path folder;

    @DynamicPropertySource
    static void fileDatabase(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", () -> "jdbc:h2:file:" + folder.resolve("tracker"));
    }

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    FileHousekeeping housekeeping;
    @Autowired
    CommandGateway commands;
    @Autowired
    IntegrityCheck integrity;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    MeterRegistry metrics;

    @Test
    void aFileLeftMostlyGarbageByOneCommitPerRecordIsPackedOnceNobodyIsAsking() throws Exception {
        ZhanaozenCase.commands().forEach(commands::sendAndWait);
        long recorded = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
        Path file = folder.resolve("tracker.mv.db");
        long sizeRecorded = Files.size(file);
        int liveRecorded = fillRates()[1];
        assertThat(liveRecorded).as("live share of the chunks").isLessThan(FileHousekeeping.PACK_BELOW_FILL_RATE);

        TestUsers.createAll(accounts);
        Http http = new Http(port);
        Http.Response read = http.get("/api/disputes", TestUsers.basic(Role.VIEWER));
        assertThat(read.status()).isEqualTo(200);
        long answered = System.nanoTime();
        while (System.nanoTime() - answered < Duration.ofSeconds(2).toNanos()) {
            housekeeping.packWhileQuiet();
            Thread.sleep(200);
        }
        assertThat(fillRates()[1]).as("live share just after a reader was answered").isLessThan(FileHousekeeping.PACK_BELOW_FILL_RATE);
        assertThat(Files.size(file)).isGreaterThanOrEqualTo(sizeRecorded);
        assertThat(packingRounds()).isZero();

        // H2 rewrites only chunks older than its retention time (45 s), which the service keeps
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).until(() -> {
            assertThat(http.get("/actuator/health/liveness", null).status()).as("a probe, which does not hold it off")
                    .isEqualTo(200);
            housekeeping.packWhileQuiet();
            return Files.size(file) < sizeRecorded * 2 / 3;
        });

        assertThat(fillRates()[1]).as("live share of the chunks").isGreaterThan(liveRecorded);
        try (Connection connection = dataSource.getConnection()) {
            assertThat(FileHousekeeping.fileOf(connection).orElseThrow().getRetentionTime())
                    .as("H2's retention time, set aside only while chunks move").isEqualTo(45_000);
        }
        assertThat(packingRounds()).isPositive();
        assertThat(metrics.get("tracker.h2.file").gauge().value()).isCloseTo(Files.size(file), within(Files.size(file) * 0.1));
        assertThat(metrics.get("tracker.h2.chunks.live").gauge().value()).isGreaterThan(liveRecorded / 100.0);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class)).isEqualTo(recorded);
        IntegrityCheck.Report report = integrity.verify(null);
        assertThat(report.intact()).isTrue();
        assertThat(report.eventsChecked()).isEqualTo(recorded);
        assertThat(report.findings()).isEmpty();
    }

    private double packingRounds() {
        return metrics.get("tracker.h2.packing.rounds").counter().count();
    }

    /** The share of the file that chunks take, and the share of the chunks that is live, in %. */
    private int[] fillRates() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            FileStore<?> store = FileHousekeeping.fileOf(connection).orElseThrow().getFileStore();
            return new int[]{store.getFillRate(), store.getChunksFillRate()};
        }
    }
}
