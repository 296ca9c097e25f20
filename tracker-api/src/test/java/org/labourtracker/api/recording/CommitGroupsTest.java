package org.labourtracker.api.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.labourtracker.ZhanaozenCase.WSWS;
import static org.labourtracker.ZhanaozenCase.ZHANAOZEN;
import static org.labourtracker.ZhanaozenCase.evidence;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.labourtracker.api.audit.IntegrityCheck;
import org.labourtracker.dispute.DemandOutcome;
import org.labourtracker.dispute.DisputeCommand.OpenDispute;
import org.labourtracker.dispute.DisputeCommand.RaiseDemand;
import org.labourtracker.dispute.DisputeCommand.RecordDemandOutcome;
import org.labourtracker.dispute.DisputeStatus;
import org.labourtracker.dispute.Organisation;

import org.labourtracker.evidence.RecordRejected;
import org.labourtracker.evidence.StreamNotFound;
import org.labourtracker.evidence.When;
import org.labourtracker.legal.CaseCommand.OpenCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Commands sent at the same moment are committed in groups: each caller still gets its own answer,
 * a refused command costs the others nothing, commands of one group on one stream see each other,
 * and a group that cannot be stored is handled again command by command, so that what the store
 * holds is exactly what was acknowledged.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:commit-groups;DB_CLOSE_DELAY=-1")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CommitGroupsTest {

    private static final int CALLERS = 16;
    private static final int DEMANDS_PER_CALLER = 40;

    @Autowired
    private Recording recording;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private IntegrityCheck integrity;

    @Test
    void monitorsRecordingOneDisputeAtOnceEachGetTheirOwnAnswer() throws Exception {
        String dispute = "uzen-strike-grouped";
        recording.send(open(dispute), null);
        Map<String, Throwable> refusals = new ConcurrentHashMap<>();

        onThreads(CALLERS, caller -> {
            for (int i = 0; i < DEMANDS_PER_CALLER; i++) {
                String demand = "demand-" + caller + "-" + i;
                recording.send(new RaiseDemand(dispute, demand, demand, "Raise wages at UzenMunayGas",
                        evidence(When.month(2011, 5), ZHANAOZEN, WSWS)), null);
                // every other caller sends the same record too, as a monitor retrying would
                recording.send(new RaiseDemand(dispute, "shared-" + i, "shared-" + i, "Reinstate dismissed workers",
                        evidence(When.month(2011, 6), ZHANAOZEN, WSWS)), null);
                String unknown = "outcome-of-nothing-" + caller + "-" + i;
                try {
                    recording.send(new RecordDemandOutcome(dispute, unknown, "no-such-demand", DemandOutcome.REFUSED,
                            evidence(When.month(2011, 7), ZHANAOZEN, WSWS)), null);
                } catch (StreamNotFound refused) {
                    refusals.put(unknown, refused);
                }
            }
            return null;
        });

        List<String> stored = jdbc.queryForList("SELECT e.event_identifier FROM domain_event_entry e "
                + "WHERE e.aggregate_identifier = ? ORDER BY e.sequence_number", String.class, dispute);
        int expected = 1 + CALLERS * DEMANDS_PER_CALLER + DEMANDS_PER_CALLER;
        assertThat(stored).as("the opening, each caller's demands, and each shared demand once").hasSize(expected);
        assertThat(jdbc.queryForObject("SELECT MAX(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, dispute)).as("numbered without a hole").isEqualTo(expected - 1L);
        assertThat(refusals).as("every outcome of an unknown demand refused, and only those")
                .hasSize(CALLERS * DEMANDS_PER_CALLER);
        IntegrityCheck.Report chain = integrity.verify(dispute);
        assertThat(chain.findings()).as("hash chain").isEmpty();
        assertThat(chain.eventsChecked()).isEqualTo(expected);
    }

    @Test
    void eachCallerIsToldTheVersionItsOwnRecordMade() throws Exception {
        String dispute = "uzen-strike-versions";
        recording.send(open(dispute), null);
        int perCaller = 20;

        List<Object> answers = onThreads(CALLERS, caller -> {
            List<Recorded> recorded = new ArrayList<>();
            for (int i = 0; i < perCaller; i++) {
                String demand = "wages-" + caller + "-" + i;
                recorded.add(recording.record(RecordKinds.DISPUTES, dispute, RaiseDemand.class, wageDemand(demand),
                        null, null));
            }
            return recorded;
        });

        Map<Long, String> recordAt = new HashMap<>();
        jdbc.query("SELECT sequence_number, payload FROM domain_event_entry WHERE aggregate_identifier = ?",
                (ResultSet rs) -> {
                    recordAt.put(rs.getLong(1), new String(rs.getBytes(2), StandardCharsets.UTF_8));
                }, dispute);
        List<Long> versions = new ArrayList<>();
        for (Object callerAnswers : answers) {
            for (Object answer : (List<?>) callerAnswers) {
                Recorded recorded = (Recorded) answer;
                versions.add(recorded.version());
                assertThat(recordAt.get(recorded.version())).as("the event at the version %s was told",
                        recorded.recordId()).contains("\"recordId\":\"" + recorded.recordId() + "\"");
            }
        }
        assertThat(versions).as("one version for each record, the one it made")
                .doesNotHaveDuplicates().hasSize(CALLERS * perCaller);

        Recorded first = (Recorded) ((List<?>) answers.get(0)).get(0);
        Recorded again = recording.record(RecordKinds.DISPUTES, dispute, RaiseDemand.class,
                wageDemand(first.recordId()), null, null);
        assertThat(again.version()).as("a retry, after %s more records", versions.size() - 1)
                .isEqualTo(first.version());
    }

    @Test
    void anIdClaimedAtOnceByADisputeAndACaseGoesToExactlyOne() throws Exception {
        String parent = "mangystau-parent";
        recording.send(open(parent), null);
        int rounds = 60;
        List<String> outcomes = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            String id = "contested-" + round;
            CyclicBarrier together = new CyclicBarrier(2);
            List<Object> results = onThreads(2, side -> {
                together.await();
                Object command = side == 0 ? open(id)
                        : new OpenCase(id, "case-" + id, parent, "Prosecution of strikers", null, null, List.of(), List.of(), 12,
                                evidence(When.year(2012), ZHANAOZEN, WSWS));
                try {
                    recording.send(command, null);
                    return "stored";
                } catch (RecordRejected refused) {
                    return "refused " + refused.field();
                }
            });
            assertThat(results).as("round %d", round).containsExactlyInAnyOrder("stored",
                    results.contains("refused disputeId") ? "refused disputeId" : "refused caseId");
            assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT type) FROM domain_event_entry WHERE aggregate_identifier = ?",
                    Integer.class, id)).as("one kind of stream under %s", id).isEqualTo(1);
            outcomes.add(results.toString());
        }
        assertThat(outcomes).hasSize(rounds);
        assertThat(integrity.verify(null).intact()).isTrue();
    }

    /** A demand as a monitor posts it: {@code POST /api/disputes/{id}/demands}. */
    private static String wageDemand(String id) {
        return """
                {"recordId": "%s", "demandId": "%s", "text": "Raise wages at UzenMunayGas",
                 "evidence": {"when": {"on": "2011-05-01", "precision": "MONTH"},
                              "where": {"name": "Zhanaozen", "country": "KZ"},
                              "sources": [{"publisher": "World Socialist Web Site", "kind": "MEDIA",
                                           "reliability": "FAIRLY_RELIABLE"}]}}
                """.formatted(id, id);
    }

    private static OpenDispute open(String id) {
        return new OpenDispute(id, "open-" + id, "Strike at UzenMunayGas", "Oil and gas", DisputeStatus.ACTIVE,
                List.of(new Organisation("UzenMunayGas", List.of("KazMunayGas"))), List.of(),
                evidence(When.month(2011, 5), ZHANAOZEN, WSWS));
    }

    private interface Caller {
        Object run(int caller) throws Exception;
    }

    private static List<Object> onThreads(int threads, Caller caller) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Object>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                work.add(() -> caller.run(thread));
            }
            List<Object> results = new ArrayList<>();
            for (Future<Object> result : pool.invokeAll(work)) {
                results.add(result.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
