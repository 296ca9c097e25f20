package org.labourtracker.projections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.labourtracker.ZhanaozenCase.INDEPENDENT_VIA_WSWS;
import static org.labourtracker.ZhanaozenCase.OFFICIALS_VIA_WSWS;
import static org.labourtracker.ZhanaozenCase.SHOOTING;
import static org.labourtracker.ZhanaozenCase.WSWS;
import static org.labourtracker.ZhanaozenCase.ZHANAOZEN;
import static org.labourtracker.ZhanaozenCase.evidence;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.labourtracker.dispute.CasualtyKind;
import org.labourtracker.dispute.DisputeCommand.OpenDispute;
import org.labourtracker.dispute.DisputeCommand.ReportCasualties;
import org.labourtracker.dispute.DisputeStatus;
import org.labourtracker.dispute.Organisation;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.When;
import org.labourtracker.projections.figures.FigureKind;
import org.springframework.test.context.TestPropertySource;

/**
 * A rebuild computes the overview's rows of every dispute before readers are switched to it, 200
 * disputes at a time, each chunk in a transaction of its own that clears the chunk's stale marks: with
 * more than two chunks of disputes, the rows it computes are row for row those kept while the records
 * arrived, none is left out, and the killed total counts every dispute. The disputes are the Zhanaozen strike of 2011, recorded again
 * under other ids, each with the shooting's toll as WSWS reported it on 19 December 2011.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:overview-chunks;DB_CLOSE_DELAY=-1")
class OverviewRebuiltInChunksTest extends ReadSideTest {

    /** Two chunks of 200 and part of a third. */
    private static final int DISPUTES = 420;

    @Test
    void everyChunkOfARebuiltOverviewEqualsTheRowsKeptLive() {
        for (int d = 0; d < DISPUTES; d++) {
            String disputeId = "zhanaozen-" + d;
            commands.sendAndWait(new OpenDispute(disputeId, "open", "Zhanaozen oil workers' strike " + d, "Oil and gas",
                    DisputeStatus.ACTIVE, List.of(new Organisation("UzenMunayGas " + d, List.of("KazMunayGas"))), List.of(),
                    evidence(When.month(2011, 5), ZHANAOZEN, WSWS)));
            commands.sendAndWait(new ReportCasualties(disputeId, "killed", SHOOTING, CasualtyKind.KILLED,
                    List.of(new Claim(OFFICIALS_VIA_WSWS, 13, 13, 13, "the deaths of 13 workers"),
                            new Claim(INDEPENDENT_VIA_WSWS, 70, 70, null, "over 70 people were killed")),
                    List.of(), evidence(When.day(2011, 12, 16), ZHANAOZEN, WSWS)));
        }
        awaitReadModels();
        awaitOverviewRows();
        Map<String, List<Map<String, Object>>> kept = overviewRows();
        assertThat(kept.get("rm_store_brief")).hasSize(DISPUTES);
        assertThat(kept.get("rm_store_party")).hasSize(DISPUTES);

        rebuildAndAwaitSwitch();

        assertThat(overviewRows()).isEqualTo(kept);
        assertThat(overview().total(FigureKind.KILLED).orElseThrow().partCount()).isEqualTo(DISPUTES);
    }
}
