package org.labourtracker.api.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.labourtracker.ZhanaozenCase.WSWS;
import static org.labourtracker.ZhanaozenCase.ZHANAOZEN;
import static org.labourtracker.ZhanaozenCase.evidence;

import java.time.Duration;
import java.util.Collections;
import java.util.List;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.junit.jupiter.api.Test;
import org.labourtracker.api.audit.IntegrityCheck;
import org.labourtracker.api.recording.Recording;
import org.labourtracker.dispute.DisputeCommand.OpenDispute;
import org.labourtracker.dispute.DisputeCommand.RaiseDemand;
import org.labourtracker.dispute.DisputeStatus;
import org.labourtracker.dispute.Organisation;
import org.labourtracker.evidence.When;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An event the log's processor stepped past (AxonFramework issue #1037: with several writers, an
 * event numbered early can commit after the processor has read beyond it) is taken in by the
 * sweep, after the events above it, and the log stays consistent.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:passed-over;DB_CLOSE_DELAY=-1")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PassedOverEventsTest {

    private static final String DISPUTE = "uzen-passed-over";

    @Autowired
    private Recording recording;
    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private TokenStore tokens;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private IntegrityCheck integrity;

    @Test
    void anEventTheProcessorSteppedPastIsTakenInByTheSweep() {
        recording.send(new OpenDispute(DISPUTE, "opened", "Strike at UzenMunayGas", "Oil and gas", DisputeStatus.ACTIVE,
                List.of(new Organisation("UzenMunayGas", List.of("KazMunayGas"))), List.of(),
                evidence(When.month(2011, 5), ZHANAOZEN, WSWS)), null);
        raise("wages");
        await().atMost(Duration.ofSeconds(10)).until(() -> leafIndex("wages") != null);

        StreamingEventProcessor log = processing.eventProcessor(LogAppender.PROCESSOR, StreamingEventProcessor.class)
                .orElseThrow();
        log.shutDown();
        raise("reinstatement");
        long passedOver = jdbc.queryForObject("SELECT global_index FROM domain_event_entry"
                + " WHERE aggregate_identifier = ? AND sequence_number = 2", Long.class, DISPUTE);
        transactions.executeWithoutResult(status -> tokens.storeToken(
                GapAwareTrackingToken.newInstance(passedOver, Collections.emptySortedSet()), LogAppender.PROCESSOR, 0));
        raise("union");
        log.start();

        await().atMost(Duration.ofSeconds(10)).until(() -> leafIndex("reinstatement") != null);
        assertThat(leafIndex("union")).as("the processor logged the event above it first").isNotNull()
                .isLessThan(leafIndex("reinstatement"));
        long events = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tracker_log_leaf", Long.class))
                .as("every event a leaf, once").isEqualTo(events);
        IntegrityCheck.Report report = integrity.verify(null, null);
        assertThat(report.findings()).isEmpty();
        assertThat(report.leavesChecked()).isEqualTo(events);
    }

    private void raise(String demand) {
        recording.send(new RaiseDemand(DISPUTE, demand, demand, "Demand: " + demand,
                evidence(When.month(2011, 6), ZHANAOZEN, WSWS)), null);
    }

    private Long leafIndex(String recordId) {
        return jdbc.queryForList("SELECT leaf_index FROM tracker_log_leaf WHERE stream_id = ? AND record_id = ?",
                Long.class, DISPUTE, recordId).stream().findFirst().orElse(null);
    }
}
