package org.labourtracker.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.labourtracker.ZhanaozenCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The hash chain proves the log was not altered: change one stored event behind the
 * application's back and the integrity check names that record.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:integrity")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class IntegrityCheckTest {

    @Autowired
    CommandGateway commands;
    @Autowired
    IntegrityCheck integrity;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void recordTheCase() {
        ZhanaozenCase.commands().forEach(commands::sendAndWait);
    }

    @Test
    void anUntouchedStoreIsIntact() {
        IntegrityCheck.Report report = integrity.verify(null);

        assertThat(report.firstBroken()).isNull();
        assertThat(report.intact()).isTrue();
        assertThat(report.eventsChecked()).isEqualTo(ZhanaozenCase.commands().size());
        assertThat(report.streamsChecked()).isEqualTo(2);
    }

    @Test
    void loweringTheIndependentDeathTollInTheDatabaseIsCaughtAndNamed() {
        Map<String, Object> killed = jdbc.queryForList("SELECT global_index, payload FROM domain_event_entry"
                        + " WHERE aggregate_identifier = ? AND payload_type LIKE ?", ZhanaozenCase.DISPUTE,
                "%CasualtiesReported").stream()
                .filter(row -> text((byte[]) row.get("payload")).contains("shooting-killed")).findFirst().orElseThrow();
        String original = text((byte[]) killed.get("payload"));
        String altered = original.replace("\"low\":70,\"best\":70", "\"low\":13,\"best\":13");
        assertThat(altered).isNotEqualTo(original);
        jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?",
                altered.getBytes(StandardCharsets.UTF_8), killed.get("global_index"));

        IntegrityCheck.Report report = integrity.verify(null);

        assertThat(report.intact()).isFalse();
        assertThat(report.firstBroken().streamId()).isEqualTo(ZhanaozenCase.DISPUTE);
        assertThat(report.firstBroken().recordId()).isEqualTo("shooting-killed");
    }

    @Test
    void changingWhoRecordedAnEventIsCaught() {
        String metaData = text(jdbc.queryForObject("SELECT meta_data FROM domain_event_entry"
                + " WHERE sequence_number = 3 AND aggregate_identifier = ?", byte[].class, ZhanaozenCase.DISPUTE));
        jdbc.update("UPDATE domain_event_entry SET meta_data = ? WHERE sequence_number = 3 AND aggregate_identifier = ?",
                metaData.replace("local-monitor", "someone-else").getBytes(StandardCharsets.UTF_8),
                ZhanaozenCase.DISPUTE);

        IntegrityCheck.Report report = integrity.verify(ZhanaozenCase.DISPUTE);

        assertThat(report.intact()).isFalse();
        assertThat(report.firstBroken().sequenceNumber()).isEqualTo(3);
    }

    @Test
    void removingARecordBreaksTheChainAtTheGap() {
        jdbc.update("DELETE FROM domain_event_entry WHERE sequence_number = 5 AND aggregate_identifier = ?",
                ZhanaozenCase.DISPUTE);

        IntegrityCheck.Report report = integrity.verify(null);

        assertThat(report.intact()).isFalse();
        assertThat(report.firstBroken().streamId()).isEqualTo(ZhanaozenCase.DISPUTE);
        assertThat(report.firstBroken().sequenceNumber()).isEqualTo(6);
    }

    /** Stored payloads and metadata are JSON bytes; they are altered as text, as a tamperer would. */
    private static String text(byte[] json) {
        return new String(json, StandardCharsets.UTF_8);
    }
}
