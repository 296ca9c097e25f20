package org.labourtracker.projections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.labourtracker.ZhanaozenCase.INDEPENDENT_VIA_WSWS;
import static org.labourtracker.ZhanaozenCase.OFFICIALS_VIA_WSWS;
import static org.labourtracker.ZhanaozenCase.SHETPE;
import static org.labourtracker.ZhanaozenCase.SHETPE_BLOCKADE;
import static org.labourtracker.ZhanaozenCase.SHOOTING;
import static org.labourtracker.ZhanaozenCase.WORKERS_BLOG;
import static org.labourtracker.ZhanaozenCase.WSWS;
import static org.labourtracker.ZhanaozenCase.ZHANAOZEN;
import static org.labourtracker.ZhanaozenCase.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.labourtracker.dispute.CasualtyKind;
import org.labourtracker.dispute.DisputeCommand.OpenDispute;
import org.labourtracker.dispute.DisputeCommand.RecordStrike;
import org.labourtracker.dispute.DisputeCommand.ReportCasualties;
import org.labourtracker.dispute.DisputeStatus;
import org.labourtracker.dispute.Organisation;
import org.labourtracker.dispute.StrikeKind;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.When;
import org.labourtracker.projections.figures.FigureKind;
import org.labourtracker.projections.overview.FigureTotal;
import org.springframework.test.context.TestPropertySource;

/**
 * The overview's rows kept while records arrive from eight threads at once, with the round computing
 * them every 20 ms, are row for row those a rebuild computes from the stored records: what the round
 * keeps in memory and takes from the fold's transactions as they commit (or as soon as the store shows
 * them) never differs from reading the records again. The reports are those of Zhanaozen in 2011 after
 * WSWS (19 December 2011) and the Working Class Self Organization blog (17 December 2011), sent again
 * as the same figures reach a monitor from several reports, some about days before the ones already in.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:overview-kept;DB_CLOSE_DELAY=-1",
        "tracker.read-models.overview-refresh-interval=20ms"})
class OverviewKeptWhileRecordingTest extends ReadSideTest {

    private static final int DISPUTES = 4;
    private static final int THREADS = 8;
    private static final int REPORTS = 30;

    @Test
    void theRowsKeptWhileRecordingAreThoseARebuildComputes() throws Exception {
        Organisation uzen = new Organisation("UzenMunayGas", List.of("KazMunayGas"));
        for (int d = 0; d < DISPUTES; d++) {
            commands.sendAndWait(new OpenDispute(dispute(d), "open", "Zhanaozen oil workers' strike " + d, "Oil and gas",
                    DisputeStatus.ACTIVE, List.of(uzen), List.of(), evidence(When.month(2011, 5), ZHANAOZEN, WSWS)));
        }
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> sent = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            sent.add(threads.submit(() -> {
                for (int i = 0; i < REPORTS; i++) {
                    commands.sendAndWait(report(dispute((thread + i) % DISPUTES), "t" + thread + "-" + i, i));
                }
            }));
        }
        for (Future<?> done : sent) {
            done.get();
        }
        threads.shutdown();
        awaitReadModels();
        awaitOverviewRows();
        Map<String, List<Map<String, Object>>> kept = overviewRows();
        FigureTotal killed = overview().total(FigureKind.KILLED).orElseThrow();
        // each dispute's two incidents with killed, with every report of them
        assertThat(killed.partCount()).isEqualTo(2 * DISPUTES);
        assertThat(killed.parts().stream().mapToLong(part -> part.recordIds().size()).sum())
                .isEqualTo(THREADS * IntStream.range(0, REPORTS).filter(i -> i % 4 == 0 || i % 4 == 2).count());

        rebuildAndAwaitSwitch();

        assertThat(overviewRows()).isEqualTo(kept);
    }

    private static String dispute(int d) {
        return "zhanaozen-" + d;
    }

    /** The i-th report: killed and wounded in the shooting, killed at Shetpe, or workers out in May and June. */
    private static Object report(String disputeId, String recordId, int i) {
        return switch (i % 4) {
            case 0 -> new ReportCasualties(disputeId, recordId, SHOOTING, CasualtyKind.KILLED,
                    List.of(new Claim(OFFICIALS_VIA_WSWS, 13, 13, 13, "the deaths of 13 workers"),
                            new Claim(INDEPENDENT_VIA_WSWS, 70, 70, null, "over 70 people were killed")),
                    List.of(), evidence(When.day(2011, 12, 16), ZHANAOZEN, WSWS));
            case 1 -> new ReportCasualties(disputeId, recordId, SHOOTING, CasualtyKind.INJURED,
                    List.of(new Claim(WORKERS_BLOG, 500, null, null, "over 500 people have been injured")),
                    List.of(), evidence(When.day(2011, 12, 16), ZHANAOZEN, WORKERS_BLOG));
            case 2 -> new ReportCasualties(disputeId, recordId, SHETPE_BLOCKADE, CasualtyKind.KILLED,
                    List.of(new Claim(OFFICIALS_VIA_WSWS, 1, 1, 1, "one protester was killed")),
                    List.of(), evidence(When.day(2011, 12, 17), SHETPE, WSWS));
            default -> new RecordStrike(disputeId, recordId, StrikeKind.SPREAD, "UzenMunayGas",
                    List.of(new Claim(WSWS, null, null, 18_000, "as many as 18,000 workers")),
                    evidence(When.between(LocalDate.of(2011, 5, 1), LocalDate.of(2011, 6, 30)), ZHANAOZEN, WSWS));
        };
    }
}
