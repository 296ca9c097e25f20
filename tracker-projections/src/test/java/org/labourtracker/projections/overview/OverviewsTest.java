package org.labourtracker.projections.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.labourtracker.projections.Mangystau.AKTAU;
import static org.labourtracker.projections.Mangystau.DISPUTE;
import static org.labourtracker.projections.Mangystau.EMANCIPATION;
import static org.labourtracker.projections.Mangystau.OFFICIALS_VIA_WSWS;
import static org.labourtracker.projections.Mangystau.WORKERS_BLOG;
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
import org.labourtracker.dispute.DisputeEvent.DisputeOpened;
import org.labourtracker.dispute.DisputeEvent.ProtestRecorded;
import org.labourtracker.dispute.DisputeEvent.StrikeRecorded;
import org.labourtracker.dispute.DisputeStatus;
import org.labourtracker.dispute.Organisation;
import org.labourtracker.dispute.ProtestKind;
import org.labourtracker.dispute.StrikeKind;
import org.labourtracker.editorial.EditorialEvent.RecordRetracted;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Person;
import org.labourtracker.evidence.PersonRole;
import org.labourtracker.evidence.Place;
import org.labourtracker.evidence.When;
import org.labourtracker.legal.CaseEvent.CaseOpened;
import org.labourtracker.legal.Defendant;
import org.labourtracker.projections.Mangystau;
import org.labourtracker.projections.figures.FigureKind;
import org.labourtracker.projections.figures.SideRange;
import org.labourtracker.projections.figures.Spread;
import org.labourtracker.projections.history.StoredRecord;
import org.labourtracker.projections.summary.Summaries;

/** The overview derived from the Mangystau records (see {@link Mangystau} for the sources). */
class OverviewsTest {

    static final String KMG = "kmg-security-strike-2021";
    static final String SHOOTING = "Shooting in Zhanaozen town square, 16 December 2011";
    static final When KMG_STRIKE_WON = When.between(LocalDate.of(2021, 7, 12), LocalDate.of(2021, 7, 18));

    /**
     * As the store adds it up: each dispute's contribution on its own, from its records that open
     * disputes, join parties or change status and those with figures, in the order of their ids; and
     * the standing records per period of the disputes listed.
     */
    static Overview overview(Mangystau... disputes) {
        Map<String, List<StoredRecord>> byDispute = new TreeMap<>();
        for (Mangystau m : disputes) {
            m.records().forEach(r -> byDispute.computeIfAbsent(r.disputeId(), d -> new ArrayList<>()).add(r));
        }
        List<Overviews.Contribution> contributions = new ArrayList<>();
        Map<String, Long> perPeriod = new TreeMap<>();
        byDispute.forEach((disputeId, records) -> {
            Overviews.Contribution contribution = contribution(disputeId, records);
            contributions.add(contribution);
            if (contribution.brief() != null) {
                records.stream().filter(StoredRecord::stands).forEach(r -> perPeriod.merge(r.period(), 1L, Long::sum));
            }
        });
        return Overviews.of(contributions, perPeriod);
    }

    private static Overviews.Contribution contribution(String disputeId, List<StoredRecord> records) {
        return Overviews.contribution(disputeId, records.stream().filter(r -> Summaries.TYPES.contains(r.type())).toList(),
                Overviews.shares(disputeId, records.stream().filter(r -> !r.claims().isEmpty()).toList()));
    }

    @Test
    void aTotalAddedUpFromEachDisputesShareIsTheTotalOfAllItsPartsAtOnce() {
        Overview overview = overview(Mangystau.strike()
                .add(new CasualtiesReported(DISPUTE, "turbayev-killed", "Murder of Zhaksylyk Turbayev",
                        CasualtyKind.KILLED, List.of(Claim.of(WSWS, 1, 1, 1, "murdered at his workplace")), List.of(),
                        evidence(When.month(2011, 8), ZHANAOZEN, WSWS))), Mangystau.securityGuardsStrike());

        assertThat(overview.totals()).isNotEmpty().allSatisfy(total -> {
            assertThat(total.parts()).hasSize(total.partCount());
            assertThat(total.official()).isEqualTo(Overviews.total(total.parts().stream()
                    .map(p -> p.spread().official()).toList()));
            assertThat(total.independent()).isEqualTo(Overviews.total(total.parts().stream()
                    .map(p -> p.spread().independent()).toList()));
        });
        assertThat(overview.total(FigureKind.WORKERS_OUT).orElseThrow().disputes()).isEqualTo(2);
    }

    @Test
    void disputesAreCountedByCountryStatusAndIndustryWithHowManyAreActive() {
        Overview overview = overview(Mangystau.strike(), Mangystau.securityGuardsStrike());

        assertThat(overview.disputes()).isEqualTo(2);
        assertThat(overview.activeDisputes()).isEqualTo(1);
        assertThat(overview.byCountry()).containsExactly(new FacetCount("KZ", 1, 2));
        assertThat(overview.byRegion()).containsExactly(new FacetCount("KZ / Mangystau Region", 1, 2));
        assertThat(overview.byStatus()).containsExactly(new FacetCount("ACTIVE", 1, 1), new FacetCount("SETTLED", 0, 1));
        assertThat(overview.byIndustry()).containsExactly(new FacetCount("Oil and gas", 1, 1),
                new FacetCount("Security services", 0, 1));
        assertThat(overview.byEmployer()).containsExactly(new FacetCount("KMG-Security", 0, 1),
                new FacetCount("KarazhanbasMunai", 1, 1), new FacetCount("UzenMunayGas", 1, 1));
        assertThat(contribution(KMG, Mangystau.securityGuardsStrike().records()).brief().status())
                .isEqualTo(DisputeStatus.SETTLED);
        assertThat(contribution(DISPUTE, Mangystau.strike().records()).brief().started()).isEqualTo(When.month(2011, 5));
    }

    @Test
    void standingRecordsAreCountedByTheMonthTheyHappenedIn() {
        // a demonstration in Aktau entered for the wrong month and retracted (supposed) is not counted
        Overview overview = overview(Mangystau.strike()
                .add(new ProtestRecorded(DISPUTE, "protest-aktau-july", ProtestKind.DEMONSTRATION, List.of(),
                        evidence(When.month(2011, 7), AKTAU, WSWS)))
                .edit(new RecordRetracted(DISPUTE, "protest-aktau-july-retracted", "protest-aktau-july",
                        "The demonstration was in June")), Mangystau.securityGuardsStrike());

        // 2011-05: opened, wages demand, strike started, UzenMunayGas joined and struck (from 1 May);
        // 2011-08: the demand to free Sokolova; 2011-12: the shooting; 2021: opened and struck in June,
        // settled in the week from 12 July
        assertThat(overview.eventsPerMonth()).containsExactly(new PeriodCount("2011-05", 5),
                new PeriodCount("2011-08", 1), new PeriodCount("2011-12", 1), new PeriodCount("2021-06", 2),
                new PeriodCount("2021-07", 1));
        assertThat(overview.eventsIn("2011-07")).isZero();
    }

    @Test
    void killedAreSummedOverIncidentsEachKeptAsAPart() {
        FigureTotal killed = overview(Mangystau.strike()).total(FigureKind.KILLED).orElseThrow();

        // officials: "the deaths of 13 workers"; WSWS: "over 70 people were killed"
        assertThat(killed.method()).isEqualTo(TotalMethod.SUM_OF_INCIDENTS);
        assertThat(killed.official()).isEqualTo(new SideTotal(13, 13, 1, 0, 0, false, false));
        assertThat(killed.independent()).isEqualTo(new SideTotal(71, null, 1, 0, 1, false, true));
        assertThat(killed.parts()).containsExactly(new FigurePart(DISPUTE, SHOOTING, List.of("shooting-killed"),
                new Spread(new SideRange(13, 13, 1, false, false), new SideRange(71, null, 1, false, true))));
    }

    // Issue #13, bug 4: a total keeps the "+" of an open claim, and its incidents stay apart.

    @Test
    void aTotalKeepsTheOpenEndOfAnIncidentsClaimsAndListsEachIncident() {
        // the blog: "at least ten workers have been killed", "as many as seventy"; WSWS: "over 70";
        // WSWS: "In early August, hired thugs murdered trade union activist Zhaksylyk Turbayev"
        Overview overview = overview(Mangystau.strike()
                .add(new CasualtiesReported(DISPUTE, "shooting-killed-blog", SHOOTING, CasualtyKind.KILLED,
                        List.of(Claim.of(WORKERS_BLOG, 10, null, 70, "at least ten; up to seventy")), List.of(),
                        evidence(When.day(2011, 12, 16), ZHANAOZEN, WORKERS_BLOG)))
                .add(new CasualtiesReported(DISPUTE, "turbayev-killed", "Murder of Zhaksylyk Turbayev",
                        CasualtyKind.KILLED, List.of(Claim.of(WSWS, 1, 1, 1, "murdered at his workplace")), List.of(),
                        evidence(When.month(2011, 8), ZHANAOZEN, WSWS))));
        FigureTotal killed = overview.total(FigureKind.KILLED).orElseThrow();

        // the square: 10–70+ (over 70 gives no upper figure); Turbayev: 1; so 11–71+, not 11–71
        assertThat(killed.independent()).isEqualTo(new SideTotal(11, 71, 2, 0, 0, false, true));
        assertThat(killed.official()).isEqualTo(new SideTotal(13, 13, 1, 0, 0, false, false));
        assertThat(killed.parts()).extracting(FigurePart::incident, p -> p.spread().independent()).containsExactly(
                tuple("Murder of Zhaksylyk Turbayev", new SideRange(1, 1, 1, false, false)),
                tuple(SHOOTING, new SideRange(10, 70, 2, false, true)));
    }

    @Test
    void aTotalOpenBelowSaysSo() {
        // WSWS: "as many as 800 wounded"
        FigureTotal injured = overview(Mangystau.strike()
                .add(new CasualtiesReported(DISPUTE, "shooting-injured", SHOOTING, CasualtyKind.INJURED,
                        List.of(Claim.of(WSWS, null, null, 800, "as many as 800 wounded")), List.of(),
                        evidence(When.day(2011, 12, 16), ZHANAOZEN, WSWS))))
                .total(FigureKind.INJURED).orElseThrow();

        assertThat(injured.independent()).isEqualTo(new SideTotal(null, 800, 1, 1, 0, true, false));
        assertThat(injured.official()).isEqualTo(new SideTotal(null, null, 0, 0, 0, false, false));
    }

    // Issue #13, bug 1: workers out at a moment are not added across the records of one strike.

    @Test
    void theWorkersOfOneStrikeAreCountedOnceThoughItsStartAndEndBothGiveTheFigure() {
        // Emancipation: "Over a thousand of the company's 1,200 employees went on strike" and won;
        // the figure given again on the record of the strike's end (supposed)
        Overview overview = overview(Mangystau.securityGuardsStrike()
                .add(new StrikeRecorded(KMG, "strike-won", StrikeKind.ENDED, "KMG-Security",
                        List.of(Claim.of(EMANCIPATION, 1_001, null, 1_200,
                                "over a thousand of the company's 1,200 employees")),
                        evidence(KMG_STRIKE_WON, ZHANAOZEN, EMANCIPATION))));
        FigureTotal out = overview.total(FigureKind.WORKERS_OUT).orElseThrow();

        assertThat(out.method()).isEqualTo(TotalMethod.SUM_OF_DISPUTE_PEAKS);
        assertThat(out.independent()).isEqualTo(new SideTotal(1_001, 1_200, 1, 0, 0, false, false));
        assertThat(out.parts()).containsExactly(new FigurePart(KMG, null, List.of("strike", "strike-won"),
                new Spread(SideRange.NONE, new SideRange(1_001, 1_200, 2, false, false))));
    }

    @Test
    void aStrikeThatSpreadCountsItsPeakNotTheSumOfItsRecords() {
        // supposed: 8,000 out when the strike started at KarazhanbasMunai; WSWS: "as many as 18,000"
        // once it had spread to UzenMunayGas
        Overview overview = overview(Mangystau.strike()
                .add(new StrikeRecorded(DISPUTE, "strike-karazhanbas-figure", StrikeKind.STARTED, "KarazhanbasMunai",
                        List.of(Claim.of(WSWS, 8_000, 8_000, 8_000, "8,000 workers")),
                        evidence(When.month(2011, 5), AKTAU, WSWS))));

        // at least 8,000 out at once, at most 18,000
        assertThat(overview.total(FigureKind.WORKERS_OUT).orElseThrow().independent())
                .isEqualTo(new SideTotal(8_000, 18_000, 1, 0, 0, false, false));
    }

    @Test
    void thePeaksOfDifferentDisputesAreAdded() {
        FigureTotal out = overview(Mangystau.strike(), Mangystau.securityGuardsStrike())
                .total(FigureKind.WORKERS_OUT).orElseThrow();

        // Mangystau: as many as 18,000 (no lower figure); KMG-Security: 1,001 to 1,200
        assertThat(out.independent()).isEqualTo(new SideTotal(1_001, 19_200, 2, 1, 0, true, false));
        assertThat(out.parts()).extracting(FigurePart::disputeId).containsExactly(KMG, DISPUTE);
    }

    @Test
    void theProtestersOfADisputeAreItsLargestDemonstrationNotTheSumOfAll() {
        // WSWS: "up to 8,000 on peak days" in Zhanaozen; "about 500 people" in Aktau on 17 December
        Overview overview = overview(Mangystau.strike()
                .add(new ProtestRecorded(DISPUTE, "protest-zhanaozen-peak", ProtestKind.DEMONSTRATION,
                        List.of(Claim.of(WSWS, null, null, 8_000, "up to 8,000 on peak days")),
                        evidence(When.between(LocalDate.of(2011, 6, 1), LocalDate.of(2011, 12, 15)), ZHANAOZEN,
                                WSWS)))
                .add(new ProtestRecorded(DISPUTE, "protest-aktau-december", ProtestKind.DEMONSTRATION,
                        List.of(Claim.of(WSWS, null, 500, null, "about 500 people")),
                        evidence(When.day(2011, 12, 17), AKTAU, WSWS))));

        assertThat(overview.total(FigureKind.PARTICIPANTS).orElseThrow().independent())
                .isEqualTo(new SideTotal(500, 8_000, 1, 0, 0, false, false));
    }

    @Test
    void anOfficialFigureCountsOnTheOfficialSideOnly() {
        assertThat(overview(Mangystau.strike()).total(FigureKind.KILLED).orElseThrow().parts().get(0)
                .spread().official().claims()).isEqualTo(1);
        assertThat(OFFICIALS_VIA_WSWS.kind().isOfficialSide()).isTrue();
    }

    // Issue #13: what the counters count, after edits.

    @Test
    void aRetractedSettlementLeavesTheDisputeCountedUnderItsStatusBefore() {
        Overview overview = overview(Mangystau.strike(), Mangystau.securityGuardsStrike()
                .edit(new RecordRetracted(KMG, "settled-retracted", "settled", "Entered in the wrong dispute")));

        assertThat(overview.activeDisputes()).isEqualTo(2);
        assertThat(overview.byStatus()).containsExactly(new FacetCount("ACTIVE", 2, 2));
        assertThat(overview.byIndustry()).containsExactly(new FacetCount("Oil and gas", 1, 1),
                new FacetCount("Security services", 1, 1));
    }

    @Test
    void aDisputeWithNoRegionOrIndustryIsCountedAsUnknown() {
        // Emancipation: in June 2021 the workers of KEZBI, a firm serving Ozenmunaigaz, struck in
        // Zhanaozen; entered without its region or industry (supposed)
        String kezbi = "kezbi-strike-2021";
        Overview overview = overview(Mangystau.securityGuardsStrike(), Mangystau.dispute(kezbi)
                .add(new DisputeOpened(kezbi, "open", "KEZBI workers' strike", null, DisputeStatus.ACTIVE,
                        List.of(new Organisation("KEZBI", List.of())), List.of(),
                        evidence(When.month(2021, 6), new Place("Zhanaozen", null, "KZ", null), EMANCIPATION))));

        assertThat(overview.byRegion()).containsExactly(new FacetCount("KZ / (unknown)", 1, 1),
                new FacetCount("KZ / Mangystau Region", 0, 1));
        assertThat(overview.byIndustry()).containsExactly(new FacetCount("(unknown)", 1, 1),
                new FacetCount("Security services", 0, 1));
        assertThat(overview.byCountry()).containsExactly(new FacetCount("KZ", 1, 2));
    }

    @Test
    void aRecordKnownOnlyByItsYearIsCountedUnderTheYear() {
        // WSWS: Sokolova was sentenced "for the crime of 'inciting a social conflict'"; the case's month unknown
        Overview overview = overview(Mangystau.strike()
                .add(new CaseOpened("case-sokolova", "case-opened", DISPUTE,
                        "Prosecution of union lawyer Natalia Sokolova", null, null,
                        List.of(new Defendant(new Person("natalia-sokolova", "Natalia Sokolova", PersonRole.LAWYER, false),
                                true)), List.of(), 0, evidence(When.year(2011), AKTAU, WSWS))));

        assertThat(overview.eventsPerMonth()).containsExactly(new PeriodCount("2011", 1), new PeriodCount("2011-05", 5),
                new PeriodCount("2011-08", 1), new PeriodCount("2011-12", 1));
    }

    @Test
    void aWithdrawnDisputeIsNeitherListedNorCounted() {
        // supposed: the oil strike opened by mistake and withdrawn by retracting its opening
        Overview overview = overview(Mangystau.strike()
                .edit(new RecordRetracted(DISPUTE, "open-retracted", "open", "Opened twice by mistake")),
                Mangystau.securityGuardsStrike());

        assertThat(overview).isEqualTo(overview(Mangystau.securityGuardsStrike()));
        assertThat(overview.disputes()).isEqualTo(1);
    }

    @Test
    void aRetractedRecordsFiguresLeaveTheTotals() {
        Overview overview = overview(Mangystau.strike()
                .edit(new RecordRetracted(DISPUTE, "shooting-retracted", "shooting-killed", "Entered twice")));

        assertThat(overview.total(FigureKind.KILLED)).isEmpty();
        assertThat(overview.totals()).extracting(FigureTotal::kind).containsExactly(FigureKind.WORKERS_OUT);
    }
}
