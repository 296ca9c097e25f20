package org.labourtracker.projections.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.labourtracker.projections.Mangystau.AKTAU;
import static org.labourtracker.projections.Mangystau.DISPUTE;
import static org.labourtracker.projections.Mangystau.TODAY;
import static org.labourtracker.projections.Mangystau.WSWS;
import static org.labourtracker.projections.Mangystau.ZHANAOZEN;
import static org.labourtracker.projections.Mangystau.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.labourtracker.dispute.CasualtyKind;
import org.labourtracker.dispute.DisputeEvent.CasualtiesReported;
import org.labourtracker.dispute.DisputeEvent.EmployerResponseRecorded;
import org.labourtracker.dispute.DisputeEvent.StateActionRecorded;
import org.labourtracker.dispute.DisputeEvent.StrikeRecorded;
import org.labourtracker.dispute.EmployerResponseKind;
import org.labourtracker.dispute.StateActionKind;
import org.labourtracker.dispute.StrikeKind;
import org.labourtracker.dispute.VictimCategory;
import org.labourtracker.editorial.EditorialEvent.RecordSuperseded;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Counted;
import org.labourtracker.evidence.Evidence;
import org.labourtracker.evidence.Person;
import org.labourtracker.evidence.PersonRole;
import org.labourtracker.evidence.Supersession;
import org.labourtracker.evidence.Vague;
import org.labourtracker.evidence.When;
import org.labourtracker.projections.Mangystau;
import org.labourtracker.projections.figures.ClaimStatus;
import org.labourtracker.projections.figures.ClaimView;
import org.labourtracker.projections.figures.DisputeFigures;
import org.labourtracker.projections.figures.FigureGroup;
import org.labourtracker.projections.figures.FigureKind;
import org.labourtracker.projections.figures.SideRange;
import org.labourtracker.projections.figures.Spread;
import org.labourtracker.projections.history.Edit;
import org.labourtracker.projections.history.Redactor;
import org.labourtracker.projections.history.Standing;
import org.labourtracker.projections.history.StoredRecord;
import org.labourtracker.projections.people.PersonView;
import org.labourtracker.projections.summary.DisputeSummary;
import org.labourtracker.projections.timeline.DisputeTimeline;
import org.labourtracker.projections.timeline.TimelineEntry;

/**
 * Vague figures, counts of employers, a record replaced by another of a different kind and people
 * named on any record, through every view derivation: figures, overview totals, summary, timeline
 * and people. The words are WSWS's (David Firestone, 19 December 2011): "The companies have fired
 * hundreds of striking workers"; the strike "in both Zhanaozen (at UzenMunayGas ...) and Aktau (at
 * KarazhanbasMunai ...)"; "The company responded by sending hired thugs to beat several workers",
 * first entered as casualties; "Kazakhstan Prosecutor General Askhat Daulbayev rushed to blame the
 * violence on the 'hooligans'".
 */
class VagueCountedAndReplacedTest {

    static final String BEATING = "Beating of KarazhanbasMunai workers, January 2011";
    static final String WRONG_KIND = "The company sent hired thugs: an employer's response, not casualties";
    static final Person DAULBAYEV = new Person("askhat-daulbayev", "Askhat Daulbayev", PersonRole.OFFICIAL, false);
    /** A company manager who spoke to the monitor on condition of anonymity (supposed, to try redaction). */
    static final Person MANAGER = new Person("manager-1", "Serik Akhmetov", PersonRole.EXECUTIVE, true);

    static Mangystau inWords() {
        Evidence january = evidence(When.month(2011, 1), AKTAU, WSWS);
        return Mangystau.strike()
                .add(new EmployerResponseRecorded(DISPUTE, "hundreds-fired", EmployerResponseKind.DISMISSALS, null,
                        List.of(Claim.vague(WSWS, Vague.HUNDREDS, "fired hundreds of striking workers")),
                        evidence(When.between(LocalDate.of(2011, 5, 1), LocalDate.of(2011, 12, 16)), ZHANAOZEN,
                                WSWS).naming(List.of(MANAGER))))
                .add(new StrikeRecorded(DISPUTE, "out-at-two", StrikeKind.SPREAD, null,
                        List.of(Claim.of(WSWS, null, null, 18_000, "as many as 18,000 workers"),
                                Claim.of(WSWS, 2, 2, 2, "at UzenMunayGas and at KarazhanbasMunai")
                                        .counting(Counted.EMPLOYERS)),
                        evidence(When.month(2011, 6), ZHANAOZEN, WSWS)))
                .add(new CasualtiesReported(DISPUTE, "workers-beaten", BEATING, CasualtyKind.INJURED,
                        List.of(Claim.vague(WSWS, Vague.SEVERAL, "to beat several workers")), List.of(),
                        VictimCategory.WORKERS, org.labourtracker.evidence.ActorType.UNKNOWN, january))
                .add(new EmployerResponseRecorded(DISPUTE, "thugs-sent", EmployerResponseKind.VIOLENCE_BY_AGENTS,
                        "KarazhanbasMunai", List.of(Claim.vague(WSWS, Vague.SEVERAL, "to beat several workers")), null,
                        january.superseding("workers-beaten", WRONG_KIND)))
                .edit(new RecordSuperseded(DISPUTE, "thugs-sent", "workers-beaten", WRONG_KIND))
                .add(new StateActionRecorded(DISPUTE, "hooligans-blamed", StateActionKind.OTHER,
                        "Prosecutor General of Kazakhstan", null,
                        evidence(When.day(2011, 12, 16), ZHANAOZEN, WSWS).naming(List.of(DAULBAYEV))));
    }

    @Test
    void aVagueFigureIsTheConventionsRangeMarkedVagueWithNoBest() {
        FigureGroup fired = inWords().figures(true).ofKind(FigureKind.DISMISSED).get(0);

        assertThat(fired.claims()).extracting(ClaimView::low, ClaimView::best, ClaimView::high, ClaimView::vague,
                ClaimView::wording).containsExactly(tuple(100, null, 999, Vague.HUNDREDS, "fired hundreds of striking workers"));
        assertThat(fired.spread().independent()).isEqualTo(new SideRange(100, 999, 1, false, false, true));
        assertThat(fired.spread().official()).isEqualTo(SideRange.NONE);
    }

    @Test
    void aStrikesEmployersAreAFigureOfTheirOwnNeverAddedToItsWorkers() {
        DisputeFigures figures = inWords().figures(true);

        assertThat(figures.ofKind(FigureKind.EMPLOYERS_OUT)).singleElement().satisfies(group -> {
            assertThat(group.recordIds()).containsExactly("out-at-two");
            assertThat(group.spread().independent()).isEqualTo(new SideRange(2, 2, 1, false, false));
            assertThat(group.claims()).extracting(ClaimView::counted).containsExactly(Counted.EMPLOYERS);
        });
        assertThat(figures.ofKind(FigureKind.WORKERS_OUT)).flatExtracting(FigureGroup::claims)
                .extracting(ClaimView::recordId, ClaimView::high)
                .containsExactly(tuple("strike-uzen", 18_000), tuple("out-at-two", 18_000));
    }

    @Test
    void aReplacedRecordsFiguresAreListedAsReplacedAndCountNoMore() {
        FigureGroup beaten = inWords().figures(true).group(FigureKind.INJURED, BEATING).orElseThrow();

        assertThat(beaten.claims()).extracting(ClaimView::status, ClaimView::editRecordId)
                .containsExactly(tuple(ClaimStatus.REPLACED, "thugs-sent"));
        assertThat(beaten.spread()).isEqualTo(new Spread(SideRange.NONE, SideRange.NONE));
        assertThat(inWords().figures(true).ofKind(FigureKind.OTHER_EMPLOYER_ACTION)).singleElement()
                .satisfies(group -> assertThat(group.spread().independent())
                        .isEqualTo(new SideRange(3, 9, 1, false, false, true)));
    }

    @Test
    void theOverviewTotalsKeepEmployersApartAndSayWhenATotalIsVague() {
        Overview overview = overview(inWords());

        assertThat(total(overview, FigureKind.DISMISSED).independent())
                .isEqualTo(new SideTotal(100, 999, 1, 0, 0, false, false, true));
        assertThat(total(overview, FigureKind.EMPLOYERS_OUT).independent())
                .isEqualTo(new SideTotal(2, 2, 1, 0, 0, false, false, false));
        assertThat(total(overview, FigureKind.WORKERS_OUT).independent().high()).isEqualTo(18_000);
        assertThat(overview.totals()).extracting(FigureTotal::kind).doesNotContain(FigureKind.INJURED);
    }

    @Test
    void theSummaryCountsWorkersOutWithoutTheEmployersAndNoReplacedRecord() {
        DisputeSummary summary = inWords().summary(TODAY);

        assertThat(summary.workersOut().recordId()).isEqualTo("out-at-two");
        assertThat(summary.workersOut().claims()).extracting(Claim::wording)
                .containsExactly("as many as 18,000 workers");
        // the strike's seven records, the dismissals, the strike at two employers, the thugs, the prosecutor
        assertThat(summary.records()).isEqualTo(11);
    }

    @Test
    void theTimelineShowsTheOldRecordSupersededByItsReplacementAndTheReplacementWhatItReplaced() {
        DisputeTimeline timeline = inWords().timeline();
        TimelineEntry beaten = entry(timeline, "workers-beaten");
        TimelineEntry sent = entry(timeline, "thugs-sent");

        assertThat(beaten.standing()).isEqualTo(Standing.SUPERSEDED);
        assertThat(beaten.supersededBy()).isEqualTo("thugs-sent");
        assertThat(beaten.edits()).extracting(e -> e.kind(), e -> e.reason(), e -> e.keptRecordId())
                .containsExactly(tuple(Edit.Kind.SUPERSEDED, WRONG_KIND, "thugs-sent"));
        assertThat(sent.standing()).isEqualTo(Standing.STANDING);
        assertThat(sent.supersededBy()).isNull();
        assertThat(sent.details().get("supersedes")).isEqualTo(new Supersession("workers-beaten", WRONG_KIND));
    }

    @Test
    void anOfficialNamedOnAStateActionIsOneOfTheDisputesPeople() {
        PersonView prosecutor = inWords().people(true).person("askhat-daulbayev").orElseThrow();

        assertThat(prosecutor.role()).isEqualTo(PersonRole.OFFICIAL);
        assertThat(prosecutor.facts()).extracting(f -> f.recordId(), f -> f.what()).containsExactly(
                tuple("hooligans-blamed", "named as official: State action: other by Prosecutor General of Kazakhstan"));
    }

    @Test
    void aConfidentialExecutiveNamedOnAnyRecordIsHiddenFromReadersWhoMayNotSeeHim() {
        Mangystau words = inWords();
        TimelineEntry fired = entry(words.timeline(false), "hundreds-fired");

        assertThat(fired.people()).extracting(Person::id, Person::name, Person::role)
                .containsExactly(tuple("confidential-1", Redactor.HIDDEN, PersonRole.EXECUTIVE));
        assertThat(words.people(false).people()).extracting(PersonView::name).doesNotContain("Serik Akhmetov")
                .contains(Redactor.HIDDEN);
        assertThat(entry(words.timeline(true), "hundreds-fired").people()).extracting(Person::name)
                .containsExactly("Serik Akhmetov");
    }

    private static TimelineEntry entry(DisputeTimeline timeline, String recordId) {
        return timeline.entries().stream().filter(e -> e.recordId().equals(recordId)).findFirst().orElseThrow();
    }

    private static FigureTotal total(Overview overview, FigureKind kind) {
        return overview.totals().stream().filter(t -> t.kind() == kind).findFirst().orElseThrow();
    }

    /** As the store adds it up (see OverviewsTest). */
    private static Overview overview(Mangystau dispute) {
        return OverviewsTest.overview(dispute);
    }
}
