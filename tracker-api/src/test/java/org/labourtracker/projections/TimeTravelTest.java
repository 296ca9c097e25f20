package org.labourtracker.projections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.labourtracker.ZhanaozenCase.DISPUTE;
import static org.labourtracker.ZhanaozenCase.SHOOTING;
import static org.labourtracker.ZhanaozenCase.SHETPE_BLOCKADE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
import org.labourtracker.projections.history.TimelinePosition;
import org.labourtracker.projections.timeline.DisputeTimelinePageQuery;
import org.labourtracker.projections.timeline.TimelineEntry;
import org.labourtracker.projections.timeline.TimelinePage;
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

        assertThat(entry(before, "shetpe-injured").orElseThrow().corrected()).isFalse();
        assertThat(entry(before, "shetpe-injured").orElseThrow().when()).isEqualTo(When.day(2011, 12, 16));
        assertThat(entry(after, "shetpe-injured").orElseThrow().corrected()).isTrue();
        assertThat(entry(after, "shetpe-injured").orElseThrow().when()).isEqualTo(When.day(2011, 12, 17));

        assertThat(entry(before, "curfew-aktau").orElseThrow().standing()).isEqualTo(Standing.STANDING);
        assertThat(entry(after, "curfew-aktau").orElseThrow().standing()).isEqualTo(Standing.RETRACTED);
        assertThat(entry(before, "curfew-zhanaozen")).isEmpty();
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
        assertThat(entry(snapshot, "shetpe-injured")).isPresent();
        assertThat(entry(snapshot, "shetpe-killed")).isEmpty();
        assertThat(entry(asKnown(new DisputeAsKnownQuery(DISPUTE, null, LocalDate.of(2011, 12, 16), true)),
                "shetpe-injured")).isEmpty();
    }

    @Test
    void theDisputeAsKnownNowIsTheLiveReadModels() {
        DisputeSnapshot now = asKnown(new DisputeAsKnownQuery(DISPUTE, null, null, false));

        assertThat(now.summary()).isEqualTo(summary(DISPUTE, false));
        assertThat(now.timeline()).isEqualTo(queries.query(new DisputeTimelinePageQuery(DISPUTE, null,
                DisputeAsKnownQuery.DEFAULT_PAGE, false), TimelinePage.class).join());
        assertThat(now.figures()).isEqualTo(figures(DISPUTE, false));
        assertThat(now.people()).isEqualTo(people(DISPUTE, false));
    }

    @Test
    void theTimelineAsKnownComesTenRecordsAPageInTheTimelinesOrderUntilTheLastPageHasNoNext() {
        Instant knownAt = Instant.now();
        List<String> live = timeline(DISPUTE, true).entries().stream().map(TimelineEntry::recordId).toList();
        List<String> paged = new ArrayList<>();
        TimelinePosition after = null;
        int pages = 0;
        do {
            TimelinePage page = asKnown(new DisputeAsKnownQuery(DISPUTE, knownAt, null, after, 10, true)).timeline();
            pages++;
            assertThat(page.entries()).hasSize(Math.min(10, live.size() - paged.size()));
            page.entries().forEach(entry -> paged.add(entry.recordId()));
            after = page.next() == null ? null : TimelinePosition.ofCursor(page.next());
        } while (after != null);

        assertThat(paged).isEqualTo(live);
        assertThat(pages).isEqualTo((live.size() + 9) / 10);
    }

    private static Optional<TimelineEntry> entry(DisputeSnapshot snapshot, String recordId) {
        return snapshot.timeline().entries().stream().filter(e -> e.recordId().equals(recordId)).findFirst();
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
