package org.labourtracker.projections.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.labourtracker.dispute.CasualtyKind;
import org.labourtracker.dispute.DisputeEvent.CasualtiesReported;
import org.labourtracker.dispute.DisputeEvent.DemandRaised;
import org.labourtracker.dispute.DisputeEvent.DisputeOpened;
import org.labourtracker.dispute.DisputeEvent.InterventionRecorded;
import org.labourtracker.dispute.DisputeEvent.StateActionRecorded;
import org.labourtracker.dispute.DisputeEvent.StrikeRecorded;
import org.labourtracker.dispute.DisputeStatus;
import org.labourtracker.dispute.InterventionKind;
import org.labourtracker.dispute.Organisation;
import org.labourtracker.dispute.Stance;
import org.labourtracker.dispute.StateActionKind;
import org.labourtracker.dispute.StrikeKind;
import org.labourtracker.dispute.StrikeLegality;
import org.labourtracker.dispute.UnionStance;
import org.labourtracker.dispute.VictimCategory;
import org.labourtracker.evidence.Actor;
import org.labourtracker.evidence.ActorRole;
import org.labourtracker.evidence.ActorType;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Evidence;
import org.labourtracker.evidence.Money;
import org.labourtracker.evidence.Place;
import org.labourtracker.evidence.Reliability;
import org.labourtracker.evidence.Source;
import org.labourtracker.evidence.SourceKind;
import org.labourtracker.evidence.When;
import org.labourtracker.projections.Mangystau;
import org.labourtracker.projections.figures.DisputeFigures;
import org.labourtracker.projections.figures.FigureGroup;
import org.labourtracker.projections.figures.FigureKind;
import org.labourtracker.projections.figures.Figures;
import org.labourtracker.projections.figures.SideRange;
import org.labourtracker.projections.timeline.DisputeTimeline;
import org.labourtracker.projections.timeline.TimelineEntry;
import org.labourtracker.projections.timeline.Timelines;

/**
 * The 2012 Marikana strike (Lonmin, South Africa) read back through the views: police and company
 * guards killed before the shooting are never added to the strikers the police killed on 16 August;
 * research and an inquiry's report are not the official side; the timeline carries victims,
 * perpetrators, actors, money, legality, stances and interventions. Sources as in tracker-core's
 * {@code Marikana}: CASAC's summary of the Farlam report, the Daily News (IOL), Radio New Zealand,
 * Eyewitness News, and the commission's report.
 */
class MarikanaViewsTest {

    static final String DISPUTE = "marikana-lonmin-2012";
    static final Source CASAC = source("Council for the Advancement of the South African Constitution",
            SourceKind.RESEARCH, null);
    static final Source IOL = source("Daily News (IOL)", SourceKind.MEDIA, null);
    static final Source RNZ = source("Radio New Zealand", SourceKind.MEDIA, LocalDate.of(2012, 8, 20));
    static final Source EWN = source("Eyewitness News", SourceKind.MEDIA, LocalDate.of(2012, 8, 19));
    static final Source COMMISSION = source("Marikana Commission of Inquiry", SourceKind.INQUIRY,
            LocalDate.of(2015, 6, 25));
    static final Place MARIKANA = new Place("Marikana", "North West", "ZA", null);
    static final String BEFORE = "Killings at Marikana, 12 to 14 August 2012";
    static final String SHOOTING = "Police shooting at Marikana, 16 August 2012";
    static final Actor POLICE = new Actor(ActorType.STATE_FORCES, "South African Police Service", ActorRole.PERPETRATOR,
            false);

    static Mangystau marikana() {
        When before = When.between(LocalDate.of(2012, 8, 12), LocalDate.of(2012, 8, 14));
        Mangystau m = Mangystau.dispute(DISPUTE);
        m.add(new DisputeOpened(DISPUTE, "strike-begins", "Lonmin Marikana platinum mine strike", "platinum mining",
                DisputeStatus.ACTIVE, List.of(new Organisation("Lonmin", List.of())), List.of(),
                evidence(When.day(2012, 8, 9), CASAC)));
        m.add(new StrikeRecorded(DISPUTE, "strike-started", StrikeKind.STARTED, "Lonmin", List.of(),
                StrikeLegality.UNPROTECTED, "rock drill operators",
                List.of(new UnionStance("National Union of Mineworkers", Stance.OPPOSING)),
                evidence(When.day(2012, 8, 9), CASAC, EWN)));
        m.add(new DemandRaised(DISPUTE, "wage-demanded", "wage-12500", "A monthly wage of R12,500 for rock drill operators",
                Money.of("12500", "ZAR"), evidence(When.day(2012, 8, 9), RNZ)));
        m.add(killed("police-killed", BEFORE, VictimCategory.POLICE, null, 2, IOL, before));
        m.add(killed("guards-killed", BEFORE, VictimCategory.COMPANY_GUARDS, null, 2, IOL, before));
        m.add(killed("shop-stewards-killed", BEFORE, VictimCategory.UNIONISTS, null, 3, IOL, before));
        m.add(new CasualtiesReported(DISPUTE, "strikers-killed", SHOOTING, CasualtyKind.KILLED,
                List.of(Claim.of(CASAC, 34, 34, 34, "killed 34 men")), List.of(), VictimCategory.STRIKERS,
                ActorType.STATE_FORCES, new Evidence(When.day(2012, 8, 16), MARIKANA, List.of(CASAC), null,
                List.of(POLICE))));
        m.add(new StateActionRecorded(DISPUTE, "mourning-declared", StateActionKind.MOURNING, "President Jacob Zuma",
                evidence(When.day(2012, 8, 19), EWN)));
        m.add(new InterventionRecorded(DISPUTE, "commission-findings", InterventionKind.INQUIRY_FINDINGS,
                "Marikana Commission of Inquiry", ActorType.NATIONAL_INSTITUTION,
                evidence(When.day(2015, 6, 25), COMMISSION)));
        return m;
    }

    @Test
    void policeGuardsAndUnionistsKilledBeforeTheShootingAreFiguresApartFromTheStrikersThePoliceKilled() {
        Mangystau m = marikana();
        DisputeFigures figures = Figures.of(DISPUTE, m.records(), m.redactor(true));

        assertThat(figures.ofKind(FigureKind.KILLED))
                .extracting(FigureGroup::incident, FigureGroup::victims, g -> g.spread().independent())
                .containsExactly(
                        tuple(BEFORE, VictimCategory.POLICE, new SideRange(2, 2, 1, false, false)),
                        tuple(BEFORE, VictimCategory.COMPANY_GUARDS, new SideRange(2, 2, 1, false, false)),
                        tuple(BEFORE, VictimCategory.UNIONISTS, new SideRange(3, 3, 1, false, false)),
                        tuple(SHOOTING, VictimCategory.STRIKERS, new SideRange(34, 34, 1, false, false)));
    }

    @Test
    void theOverviewTotalsEachCategoryOfVictimsApartAndResearchIsNotTheOfficialSide() {
        Overview overview = OverviewsTest.overview(marikana());

        assertThat(overview.totals().stream().filter(t -> t.kind() == FigureKind.KILLED))
                .extracting(FigureTotal::victims, t -> t.independent().low(), t -> t.independent().high(),
                        t -> t.official().incidents())
                .containsExactly(
                        tuple(VictimCategory.STRIKERS, 34, 34, 0),
                        tuple(VictimCategory.UNIONISTS, 3, 3, 0),
                        tuple(VictimCategory.POLICE, 2, 2, 0),
                        tuple(VictimCategory.COMPANY_GUARDS, 2, 2, 0));
        assertThat(overview.total(FigureKind.KILLED)).isEmpty();
        assertThat(overview.total(FigureKind.KILLED, VictimCategory.POLICE).orElseThrow().parts()).hasSize(1);
    }

    @Test
    void theTimelineCarriesVictimsPerpetratorsActorsMoneyLegalityStancesAndInterventions() {
        Mangystau m = marikana();
        DisputeTimeline timeline = Timelines.of(DISPUTE, m.records(), m.redactor(true));
        Map<String, TimelineEntry> byRecord = new TreeMap<>();
        timeline.entries().forEach(e -> byRecord.put(e.recordId(), e));

        assertThat(byRecord.get("strikers-killed").details()).containsEntry("victims", VictimCategory.STRIKERS)
                .containsEntry("perpetrator", ActorType.STATE_FORCES).containsEntry("actors", List.of(POLICE));
        assertThat(byRecord.get("strike-started").details()).containsEntry("legality", StrikeLegality.UNPROTECTED)
                .containsEntry("workers", "rock drill operators")
                .containsEntry("unionStances", List.of(new UnionStance("National Union of Mineworkers", Stance.OPPOSING)));
        assertThat(byRecord.get("wage-demanded").details()).containsEntry("money", Money.of("12500", "ZAR"));
        assertThat(byRecord.get("mourning-declared").headline()).isEqualTo("State action: mourning by President Jacob Zuma");
        assertThat(byRecord.get("commission-findings").headline())
                .isEqualTo("Inquiry findings by Marikana Commission of Inquiry");
        assertThat(byRecord.get("commission-findings").details()).containsEntry("bodyType", ActorType.NATIONAL_INSTITUTION);
        assertThat(byRecord.get("police-killed").details()).doesNotContainKeys("perpetrator", "actors");
    }

    private static CasualtiesReported killed(String recordId, String incident, VictimCategory victims,
                                             ActorType perpetrator, int count, Source source, When when) {
        return new CasualtiesReported(DISPUTE, recordId, incident, CasualtyKind.KILLED,
                List.of(Claim.of(source, count, count, count, null)), List.of(), victims, perpetrator,
                evidence(when, source));
    }

    private static Evidence evidence(When when, Source... sources) {
        return new Evidence(when, MARIKANA, List.of(sources), null);
    }

    private static Source source(String publisher, SourceKind kind, LocalDate published) {
        return new Source(publisher, null, null, null, published, "en", kind, Reliability.USUALLY_RELIABLE, false);
    }
}
