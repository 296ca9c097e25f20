package org.labourtracker.projections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.labourtracker.ZhanaozenCase.DISPUTE;
import static org.labourtracker.ZhanaozenCase.SHOOTING;
import static org.labourtracker.ZhanaozenCase.SHETPE_BLOCKADE;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.labourtracker.ZhanaozenCase;
import org.labourtracker.dispute.DisputeStatus;
import org.labourtracker.evidence.When;
import org.labourtracker.projections.figures.FigureKind;
import org.labourtracker.projections.figures.SideRange;
import org.labourtracker.projections.history.Standing;
import org.labourtracker.projections.people.LegalStanding;
import org.labourtracker.projections.timetravel.DisputeAsKnownQuery;
import org.labourtracker.projections.timetravel.DisputeSnapshot;
import org.springframework.test.context.TestPropertySource;

/** Auditors ask for the 2011 dispute as it was known on a recording date, and as of a date things happened. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:zhanaozen-time-travel;DB_CLOSE_DELAY=-1")
class TimeTravelTest extends ReadSideTest {

    private Instant beforeTheCase;
    private Instant beforeTheCorrections;

    @BeforeAll
    void recordTheCaseThenItsCorrections() {
        beforeTheCase = Instant.now();
        send(ZhanaozenCase.commands());
        send(ZhanaozenCase.mistakes());
        beforeTheCorrections = lastRecordedAt();
        send(ZhanaozenCase.edits());
        awaitReadModels();
    }

    @Test
    void beforeTheCorrectionWasRecordedTheWoundedAtShetpeWereOneOnTheSixteenthAndAfterItElevenOnTheSeventeenth() {
        DisputeSnapshot before = asKnown(DisputeAsKnownQuery.knownAt(DISPUTE, beforeTheCorrections, true));
        DisputeSnapshot after = asKnown(DisputeAsKnownQuery.knownAt(DISPUTE, Instant.now(), true));

        assertThat(before.figures().group(FigureKind.INJURED, SHETPE_BLOCKADE).orElseThrow().spread().official())
                .isEqualTo(new SideRange(1, 1, 1, false, false));
        assertThat(after.figures().group(FigureKind.INJURED, SHETPE_BLOCKADE).orElseThrow().spread().official())
                .isEqualTo(new SideRange(11, 11, 1, false, false));

        assertThat(before.timeline().entry("shetpe-injured").orElseThrow().corrected()).isFalse();
        assertThat(before.timeline().entry("shetpe-injured").orElseThrow().when()).isEqualTo(When.day(2011, 12, 16));
        assertThat(after.timeline().entry("shetpe-injured").orElseThrow().corrected()).isTrue();
        assertThat(after.timeline().entry("shetpe-injured").orElseThrow().when()).isEqualTo(When.day(2011, 12, 17));

        assertThat(before.timeline().entry("curfew-aktau").orElseThrow().standing()).isEqualTo(Standing.STANDING);
        assertThat(after.timeline().entry("curfew-aktau").orElseThrow().standing()).isEqualTo(Standing.RETRACTED);
        assertThat(before.timeline().entry("curfew-zhanaozen")).isEmpty();
        // since then one record was retracted and one merged away, and one recorded anew
        assertThat(before.summary().records()).isEqualTo(after.summary().records() + 1);
    }

    @Test
    void nothingWasKnownBeforeTheFirstRecord() {
        assertThat(asKnown(DisputeAsKnownQuery.knownAt(DISPUTE, beforeTheCase, true))).isNull();
    }

    @Test
    void asOfTheDayBeforeTheShootingTheStrikeWasActiveAndNoShootingDeathsHadHappened() {
        DisputeSnapshot eve = asKnown(DisputeAsKnownQuery.happenedBy(DISPUTE, LocalDate.of(2011, 12, 15), true));

        assertThat(eve.summary().status()).isEqualTo(DisputeStatus.ACTIVE);
        assertThat(eve.summary().active()).isTrue();
        assertThat(eve.summary().asOf()).isEqualTo(LocalDate.of(2011, 12, 15));
        assertThat(eve.summary().daysSinceStart()).isEqualTo(228);
        assertThat(eve.figures().group(FigureKind.KILLED, SHOOTING)).isEmpty();
        assertThat(eve.figures().group(FigureKind.KILLED, "Murder of Zhaksylyk Turbayev")).isPresent();
        assertThat(eve.people().person(ZhanaozenCase.SOKOLOVA.id()).orElseThrow().standing())
                .isEqualTo(LegalStanding.SENTENCED);
        assertThat(eve.timeline().entries()).allSatisfy(e -> assertThat(e.when().on()).isBeforeOrEqualTo("2011-12-15"));

        DisputeSnapshot dayAfter = asKnown(DisputeAsKnownQuery.happenedBy(DISPUTE, LocalDate.of(2011, 12, 17), true));
        assertThat(dayAfter.summary().status()).isEqualTo(DisputeStatus.SUPPRESSED);
        assertThat(dayAfter.figures().group(FigureKind.KILLED, SHOOTING).orElseThrow().spread().official().low())
                .isEqualTo(13);
    }

    @Test
    void bothAxesTogether() {
        DisputeSnapshot snapshot = asKnown(new DisputeAsKnownQuery(DISPUTE, beforeTheCorrections,
                LocalDate.of(2011, 12, 16), true));

        // the wounded at Shetpe were first entered on the 16th: before the correction they count
        assertThat(snapshot.timeline().entry("shetpe-injured")).isPresent();
        assertThat(snapshot.timeline().entry("shetpe-killed")).isEmpty();
        assertThat(asKnown(new DisputeAsKnownQuery(DISPUTE, null, LocalDate.of(2011, 12, 16), true))
                .timeline().entry("shetpe-injured")).isEmpty();
    }

    @Test
    void theDisputeAsKnownNowIsTheLiveReadModels() {
        DisputeSnapshot now = asKnown(new DisputeAsKnownQuery(DISPUTE, null, null, false));

        assertThat(now.summary()).isEqualTo(summary(DISPUTE, false));
        assertThat(now.timeline()).isEqualTo(timeline(DISPUTE, false));
        assertThat(now.figures()).isEqualTo(figures(DISPUTE, false));
        assertThat(now.people()).isEqualTo(people(DISPUTE, false));
    }

    private Instant lastRecordedAt() {
        var events = eventStore.readEvents(DISPUTE);
        Instant last = null;
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            last = Instant.parse(event.getMetaData().get("recordedAt").toString());
        }
        return last;
    }
}
