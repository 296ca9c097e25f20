package org.labourtracker.projections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.labourtracker.ZhanaozenCase.DISPUTE;
import static org.labourtracker.ZhanaozenCase.SHOOTING;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.labourtracker.ZhanaozenCase;
import org.labourtracker.dispute.DisputeCommand.RecordStateAction;
import org.labourtracker.dispute.DisputeStatus;
import org.labourtracker.dispute.StateActionKind;
import org.labourtracker.evidence.DatePrecision;
import org.labourtracker.evidence.SourceKind;
import org.labourtracker.evidence.When;
import org.labourtracker.legal.Finding;
import org.labourtracker.legal.Sentence;
import org.labourtracker.legal.SentenceKind;
import org.labourtracker.legal.SentenceLength;
import org.labourtracker.projections.figures.ClaimStatus;
import org.labourtracker.projections.figures.ClaimView;
import org.labourtracker.projections.figures.DisputeFigures;
import org.labourtracker.projections.figures.FigureGroup;
import org.labourtracker.projections.figures.FigureKind;
import org.labourtracker.projections.figures.SideRange;
import org.labourtracker.projections.history.Edit;
import org.labourtracker.projections.history.Standing;
import org.labourtracker.projections.overview.FigureTotal;
import org.labourtracker.projections.overview.Overview;
import org.labourtracker.projections.overview.SideTotal;
import org.labourtracker.projections.people.CaseStage;
import org.labourtracker.projections.people.CaseView;
import org.labourtracker.projections.people.DisputePeople;
import org.labourtracker.projections.people.Harm;
import org.labourtracker.projections.people.LegalStanding;
import org.labourtracker.projections.people.PersonView;
import org.labourtracker.projections.summary.DemandView;
import org.labourtracker.projections.summary.DisputeSummary;
import org.labourtracker.projections.summary.DisputeSummaryQuery;
import org.labourtracker.projections.summary.Party;
import org.labourtracker.projections.timeline.DisputeTimeline;
import org.labourtracker.projections.timeline.DisputeTimelineQuery;
import org.labourtracker.projections.timeline.TimelineEntry;
import org.springframework.test.context.TestPropertySource;

/**
 * The 2011 Mangystau strike recorded from the seed articles (with a few mistakes and their edits),
 * and each view checked against what the articles say.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:zhanaozen-views;DB_CLOSE_DELAY=-1")
class ZhanaozenViewsTest extends ReadSideTest {

    @BeforeAll
    void recordTheCase() {
        send(ZhanaozenCase.commands());
        send(ZhanaozenCase.mistakes());
        send(ZhanaozenCase.edits());
        awaitReadModels();
    }

    @Test
    void theSummaryShowsTheStrikeAsSuppressedAfterTheShootingWithItsEmployersAndDemands() {
        DisputeSummary summary = summary(DISPUTE, false);

        assertThat(summary.title()).isEqualTo("Mangystau oil workers' strike");
        assertThat(summary.status()).isEqualTo(DisputeStatus.SUPPRESSED);
        assertThat(summary.statusSince()).isEqualTo(When.day(2011, 12, 17));
        assertThat(summary.active()).isFalse();
        assertThat(summary.country()).isEqualTo("KZ");
        assertThat(summary.region()).isEqualTo("Mangystau Region");
        assertThat(summary.employers()).containsExactly(
                new Party("KarazhanbasMunai", List.of("KazMunayGas", "CITIC Group"), "open"),
                new Party("UzenMunayGas", List.of("KazMunayGas"), "party-uzen"));
        assertThat(summary.demands()).extracting(DemandView::demandId, DemandView::outcome, DemandView::open)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("wages", null, true),
                        org.assertj.core.groups.Tuple.tuple("free-sokolova", null, true));
        assertThat(summary.demands().get(1).text()).isEqualTo("Free the union's lawyer Natalia Sokolova");
        assertThat(summary.openDemands()).isEqualTo(2);
        assertThat(summary.started()).isEqualTo(When.month(2011, 5));
        assertThat(summary.daysSinceStart())
                .isEqualTo(ChronoUnit.DAYS.between(LocalDate.of(2011, 5, 1), summary.asOf()));

        // "as many as 18,000 workers have been on strike": an independent figure with no lower bound
        assertThat(summary.workersOut().recordId()).isEqualTo("strike-uzen");
        assertThat(summary.workersOut().employer()).isEqualTo("UzenMunayGas");
        assertThat(summary.workersOut().spread().independent()).isEqualTo(new SideRange(null, 18_000, 1, true, false));
        assertThat(summary.workersOut().spread().official()).isEqualTo(SideRange.NONE);

        // the last standing record to happen: the curfew recorded again for Zhanaozen on 17 December
        assertThat(summary.latestDevelopment().recordId()).isEqualTo("curfew-zhanaozen");
        assertThat(summary.latestDevelopment().when()).isEqualTo(When.day(2011, 12, 17));
        assertThat(summary.records()).isEqualTo(timeline(DISPUTE, true).entries().stream()
                .filter(e -> e.standing() == Standing.STANDING).count());
    }

    @Test
    void theFiguresKeepTheOfficialAndTheIndependentDeathTollsApart() {
        DisputeFigures figures = figures(DISPUTE, false);

        FigureGroup killed = figures.group(FigureKind.KILLED, SHOOTING).orElseThrow();
        // "Government officials reported the deaths of 13 workers, but other sources claim over 70
        // people were killed"; the workers' blog: "at least ten ... as many as seventy"
        assertThat(killed.spread().official()).isEqualTo(new SideRange(13, 13, 1, false, false));
        assertThat(killed.spread().independent()).isEqualTo(new SideRange(10, 70, 2, false, false));
        assertThat(killed.claims()).extracting(c -> c.source().publisher(), ClaimView::wording, ClaimView::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Government of Kazakhstan", "the deaths of 13 workers",
                                ClaimStatus.STANDING),
                        org.assertj.core.groups.Tuple.tuple("Human rights organisations and opposition groups",
                                "over 70 people were killed", ClaimStatus.STANDING),
                        org.assertj.core.groups.Tuple.tuple("Working Class Self Organization blog",
                                "at least ten; as many as seventy", ClaimStatus.STANDING));

        // "as many as 800 wounded", "over 500 people have been injured": no official figure at all
        FigureGroup injured = figures.group(FigureKind.INJURED, SHOOTING).orElseThrow();
        assertThat(injured.spread().official()).isEqualTo(SideRange.NONE);
        assertThat(injured.spread().official().claimed()).isFalse();
        assertThat(injured.spread().independent()).isEqualTo(new SideRange(500, 800, 2, true, true));

        assertThat(figures.group(FigureKind.ARRESTED, SHOOTING).orElseThrow().spread().official())
                .isEqualTo(new SideRange(70, 70, 1, false, false));
        assertThat(figures.group(FigureKind.KILLED, ZhanaozenCase.SHETPE_BLOCKADE).orElseThrow().spread().official())
                .isEqualTo(new SideRange(1, 1, 1, false, false));
        // "fired hundreds of striking workers"; "sacked over 1000 people": both open above
        FigureGroup dismissed = figures.ofKind(FigureKind.DISMISSED).get(0);
        assertThat(dismissed.spread().independent()).isEqualTo(new SideRange(200, null, 2, false, true));
    }

    @Test
    void aCorrectedFigureReplacesTheOriginalWhichStaysVisibleAsSuperseded() {
        FigureGroup injuredAtShetpe = figures(DISPUTE, false)
                .group(FigureKind.INJURED, ZhanaozenCase.SHETPE_BLOCKADE).orElseThrow();

        // "One protester was killed, and eleven others were wounded."
        assertThat(injuredAtShetpe.spread().official()).isEqualTo(new SideRange(11, 11, 1, false, false));
        assertThat(injuredAtShetpe.claims()).extracting(ClaimView::best, ClaimView::status, ClaimView::editRecordId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, ClaimStatus.SUPERSEDED, "shetpe-injured-corrected"),
                        org.assertj.core.groups.Tuple.tuple(11, ClaimStatus.STANDING, "shetpe-injured-corrected"));
    }

    @Test
    void aMergedDuplicateIsListedButLeftOutOfTheRanges() {
        List<FigureGroup> participants = figures(DISPUTE, false).ofKind(FigureKind.PARTICIPANTS);
        FigureGroup duplicate = participants.stream().filter(g -> g.recordIds().contains("protest-aktau-reuters"))
                .findFirst().orElseThrow();
        FigureGroup kept = participants.stream().filter(g -> g.recordIds().contains("protest-aktau-december"))
                .findFirst().orElseThrow();

        assertThat(duplicate.claims()).extracting(ClaimView::status).containsExactly(ClaimStatus.MERGED);
        assertThat(duplicate.spread().independent().claimed()).isFalse();
        assertThat(kept.spread().independent()).isEqualTo(new SideRange(500, 500, 1, false, false));
    }

    @Test
    void theTimelineRunsInOrderOfWhenThingsHappenedWithPrecisionSourcesAndEdits() {
        DisputeTimeline timeline = timeline(DISPUTE, false);
        List<TimelineEntry> entries = timeline.entries();

        assertThat(entries).hasSize(ZhanaozenCase.commands().size() + ZhanaozenCase.mistakes().size() + 1);
        List<TimelineEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing((TimelineEntry e) -> e.when().on()).thenComparing(TimelineEntry::recordedAt));
        assertThat(entries).containsExactlyElementsOf(sorted);
        assertThat(entries.get(entries.size() - 1).recordId()).isEqualTo("curfew-zhanaozen");

        TimelineEntry turbayev = timeline.entry("turbayev-killed").orElseThrow();
        assertThat(turbayev.when()).isEqualTo(When.month(2011, 8));
        assertThat(turbayev.when().precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(turbayev.people()).extracting(p -> p.name()).containsExactly("Zhaksylyk Turbayev");
        assertThat(turbayev.recordedBy()).isNotBlank();

        TimelineEntry shooting = timeline.entry("shooting-killed").orElseThrow();
        assertThat(shooting.sources()).containsExactly(ZhanaozenCase.WSWS, ZhanaozenCase.WORKERS_BLOG);
        assertThat(shooting.claims()).hasSize(3);

        // the legal track is part of the dispute's story
        TimelineEntry verdict = timeline.entry("verdict").orElseThrow();
        assertThat(verdict.streamId()).isEqualTo(ZhanaozenCase.SOKOLOVA_CASE);
        assertThat(verdict.when()).isEqualTo(When.month(2011, 8));
    }

    @Test
    void correctedRecordsShowTheCorrectionAndRetractedOnesStayMarked() {
        DisputeTimeline timeline = timeline(DISPUTE, false);

        TimelineEntry corrected = timeline.entry("shetpe-injured").orElseThrow();
        assertThat(corrected.corrected()).isTrue();
        assertThat(corrected.when()).isEqualTo(When.day(2011, 12, 17));
        assertThat(corrected.claims()).extracting(c -> c.best()).containsExactly(11);
        assertThat(corrected.original().when()).isEqualTo(When.day(2011, 12, 16));
        assertThat(corrected.original().claims()).extracting(c -> c.best()).containsExactly(1);
        assertThat(corrected.edits()).singleElement().satisfies(edit -> {
            assertThat(edit.kind()).isEqualTo(Edit.Kind.CORRECTED);
            assertThat(edit.recordId()).isEqualTo("shetpe-injured-corrected");
            assertThat(edit.reason()).contains("eleven wounded");
        });

        TimelineEntry retracted = timeline.entry("curfew-aktau").orElseThrow();
        assertThat(retracted.standing()).isEqualTo(Standing.RETRACTED);
        assertThat(retracted.edits()).singleElement().satisfies(edit -> {
            assertThat(edit.kind()).isEqualTo(Edit.Kind.RETRACTED);
            assertThat(edit.reason()).contains("not Aktau");
        });

        TimelineEntry merged = timeline.entry("protest-aktau-reuters").orElseThrow();
        assertThat(merged.standing()).isEqualTo(Standing.MERGED);
        assertThat(merged.mergedInto()).isEqualTo("protest-aktau-december");
    }

    @Test
    void theLawyerIsSentencedToSixYearsAndHeld() {
        DisputePeople people = people(DISPUTE, false);

        PersonView sokolova = people.person(ZhanaozenCase.SOKOLOVA.id()).orElseThrow();
        assertThat(sokolova.name()).isEqualTo("Natalia Sokolova");
        assertThat(sokolova.standing()).isEqualTo(LegalStanding.SENTENCED);
        assertThat(sokolova.sentence()).isEqualTo(new Sentence(SentenceKind.PRISON, 72, SentenceLength.EXACT, null, "six years"));
        assertThat(sokolova.inCustody()).isTrue();
        assertThat(sokolova.caseIds()).containsExactly(ZhanaozenCase.SOKOLOVA_CASE);
        assertThat(sokolova.facts()).extracting(f -> f.what()).contains("charged: Inciting social conflict");
        assertThat(people.inCustody()).containsExactly(sokolova);

        CaseView trial = people.legalCase(ZhanaozenCase.SOKOLOVA_CASE).orElseThrow();
        assertThat(trial.stage()).isEqualTo(CaseStage.DECIDED);
        assertThat(trial.charges()).containsExactly("Inciting social conflict");
        assertThat(trial.againstOfficials()).isFalse();
        assertThat(trial.defendants()).singleElement().satisfies(d -> {
            assertThat(d.finding()).isEqualTo(Finding.CONVICTED);
            assertThat(d.sentence().months()).isEqualTo(72);
        });

        PersonView turbayev = people.person(ZhanaozenCase.TURBAYEV.id()).orElseThrow();
        assertThat(turbayev.harms()).containsExactly(Harm.KILLED);
        assertThat(turbayev.standing()).isEqualTo(LegalStanding.NONE);
    }

    @Test
    void theOverviewCountsTheDisputeAndTotalsTheFiguresBySide() {
        Overview overview = overview();

        assertThat(disputes()).singleElement().satisfies(brief -> {
            assertThat(brief.disputeId()).isEqualTo(DISPUTE);
            assertThat(brief.status()).isEqualTo(DisputeStatus.SUPPRESSED);
        });
        assertThat(overview.disputes()).isEqualTo(1);
        assertThat(overview.activeDisputes()).isZero();
        assertThat(Overview.facet(overview.byCountry(), "KZ").orElseThrow().total()).isEqualTo(1);
        assertThat(Overview.facet(overview.byCountry(), "KZ").orElseThrow().active()).isZero();
        assertThat(Overview.facet(overview.byRegion(), "KZ / Mangystau Region")).isPresent();
        assertThat(Overview.facet(overview.byIndustry(), "Oil and gas")).isPresent();
        assertThat(Overview.facet(overview.byEmployer(), "UzenMunayGas")).isPresent();
        assertThat(Overview.facet(overview.byEmployer(), "KarazhanbasMunai")).isPresent();
        assertThat(Overview.facet(overview.byStatus(), "SUPPRESSED").orElseThrow().total()).isEqualTo(1);

        // standing records that happened in December 2011: the shooting and its aftermath; the
        // retracted curfew in Aktau and the merged duplicate demonstration are not counted
        List<String> december = List.of("police-fire", "shooting-killed", "shooting-injured", "shooting-arrests",
                "state-of-emergency", "blackout", "shetpe-killed", "suppressed", "shetpe-injured",
                "protest-aktau-december", "curfew-zhanaozen");
        assertThat(overview.eventsIn("2011-12")).isEqualTo(december.size());
        // known only to the year: the strike declared illegal, the case opened, the charges
        assertThat(overview.eventsIn("2011")).isEqualTo(3);

        // killed: officials 13 in the square and 1 at Shetpe; independent 10 to 70, and Turbayev
        FigureTotal killed = overview.total(FigureKind.KILLED).orElseThrow();
        assertThat(killed.official()).isEqualTo(new SideTotal(14, 14, 2, 0, 0, false, false));
        assertThat(killed.independent()).isEqualTo(new SideTotal(11, 71, 2, 0, 0, false, false));
    }

    @Test
    void theFiguresOfficialSideIsOfficialAndEmployerSources() {
        assertThat(SourceKind.OFFICIAL.isOfficialSide()).isTrue();
        assertThat(figures(DISPUTE, false).group(FigureKind.KILLED, SHOOTING).orElseThrow().claims().stream()
                .filter(c -> c.source().kind().isOfficialSide()).map(ClaimView::best).toList()).containsExactly(13);
    }

    /** Runs last: the record it adds would change what the other tests expect. */
    @Test
    @Order(Integer.MAX_VALUE)
    void aDashboardSeesNewRecordsWithoutPolling() {
        SubscriptionQueryResult<DisputeTimeline, TimelineEntry> timeline = queries.subscriptionQuery(
                new DisputeTimelineQuery(DISPUTE, false), ResponseTypes.instanceOf(DisputeTimeline.class),
                ResponseTypes.instanceOf(TimelineEntry.class));
        SubscriptionQueryResult<DisputeSummary, DisputeSummary> summary = queries.subscriptionQuery(
                new DisputeSummaryQuery(DISPUTE, false), ResponseTypes.instanceOf(DisputeSummary.class),
                ResponseTypes.instanceOf(DisputeSummary.class));
        try {
            assertThat(timeline.initialResult().block(Duration.ofSeconds(10)).entry("inquiry")).isEmpty();
            summary.initialResult().block(Duration.ofSeconds(10));

            // "The government, he promised, has organized a special commission to 'investigate' the events."
            commands.sendAndWait(new RecordStateAction(DISPUTE, "inquiry", StateActionKind.INQUIRY_ANNOUNCED,
                    "President Nursultan Nazarbayev", ZhanaozenCase.evidence(When.day(2011, 12, 17),
                    ZhanaozenCase.ZHANAOZEN, ZhanaozenCase.WSWS)));

            TimelineEntry added = timeline.updates().filter(e -> e.recordId().equals("inquiry"))
                    .blockFirst(PATIENCE);
            assertThat(added.type()).isEqualTo("StateActionRecorded");
            assertThat(added.headline()).isEqualTo("State action: inquiry announced by President Nursultan Nazarbayev");
            DisputeSummary updated = summary.updates().filter(s -> s.latestDevelopment().recordId().equals("inquiry"))
                    .blockFirst(PATIENCE);
            assertThat(updated.status()).isEqualTo(DisputeStatus.SUPPRESSED);
        } finally {
            timeline.close();
            summary.close();
        }
    }
}
