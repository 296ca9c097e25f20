package org.labourtracker.projections.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.labourtracker.projections.Mangystau.DISPUTE;
import static org.labourtracker.projections.Mangystau.EMANCIPATION;
import static org.labourtracker.projections.Mangystau.OFFICIALS_VIA_WSWS;
import static org.labourtracker.projections.Mangystau.WORKERS_BLOG;
import static org.labourtracker.projections.Mangystau.WSWS;
import static org.labourtracker.projections.Mangystau.ZHANAOZEN;
import static org.labourtracker.projections.Mangystau.evidence;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.labourtracker.dispute.CasualtyKind;
import org.labourtracker.dispute.DisputeEvent.CasualtiesReported;
import org.labourtracker.dispute.VictimCategory;
import org.labourtracker.editorial.Correction;
import org.labourtracker.editorial.EditorialEvent.DuplicateMerged;
import org.labourtracker.editorial.EditorialEvent.RecordCorrected;
import org.labourtracker.editorial.EditorialEvent.RecordRetracted;
import org.labourtracker.editorial.EditorialEvent.RecordSuperseded;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Reliability;
import org.labourtracker.evidence.Source;
import org.labourtracker.evidence.SourceKind;
import org.labourtracker.evidence.Vague;
import org.labourtracker.evidence.When;
import org.labourtracker.projections.Mangystau;
import org.labourtracker.projections.history.Redactor;

/** The figures derived from the Mangystau records (see {@link Mangystau} for the sources). */
class FiguresTest {

    static final String SHOOTING = "Shooting in Zhanaozen town square, 16 December 2011";

    /** The blog: "Officials claim that ten people were killed". */
    static final Source OFFICIALS_VIA_BLOG = new Source("Government of Kazakhstan",
            "Official figures as reported in 'Striking workers slaughtered in Kazakhstan'", null, null,
            LocalDate.of(2011, 12, 17), "en", SourceKind.OFFICIAL, Reliability.NOT_USUALLY_RELIABLE, false);

    /**
     * The blog: "journalists at the scene claim to have seen scores of people gunned down". Entered
     * here as one journalist who asked not to be named (supposed, to try redaction).
     */
    static final Source JOURNALIST = new Source("A journalist in Zhanaozen", "Conversation with the monitor", null,
            null, LocalDate.of(2011, 12, 17), "ru", SourceKind.WITNESS, Reliability.CANNOT_BE_JUDGED, true);

    /**
     * The killed in the square by every source: WSWS (officials 13, "over 70"), the blog (officials ten,
     * "at least ten ... up to seventy", a journalist's "scores"), and Emancipation's "more than 17 dead",
     * first entered by mistake as 7 and corrected; and a killing in Aktau entered by mistake, retracted.
     */
    static Mangystau killed() {
        When day = When.day(2011, 12, 16);
        return Mangystau.strike()
                .add(new CasualtiesReported(DISPUTE, "shooting-killed-blog", SHOOTING, CasualtyKind.KILLED,
                        List.of(Claim.of(OFFICIALS_VIA_BLOG, 10, 10, 10, "ten people were killed"),
                                Claim.of(WORKERS_BLOG, 10, null, 70, "at least ten; up to seventy"),
                                Claim.of(JOURNALIST, 40, null, null, "scores of people gunned down")),
                        List.of(), evidence(day, ZHANAOZEN, WORKERS_BLOG)))
                .add(new CasualtiesReported(DISPUTE, "shooting-killed-emancipation", SHOOTING, CasualtyKind.KILLED,
                        List.of(Claim.of(EMANCIPATION, 7, null, null, "more than 7 dead")),
                        List.of(), evidence(day, ZHANAOZEN, EMANCIPATION)))
                .edit(new RecordCorrected(DISPUTE, "emancipation-corrected", "shooting-killed-emancipation",
                        "Mistyped: the article says more than 17 dead", new Correction(null, null, null,
                        List.of(Claim.of(EMANCIPATION, 18, null, null, "more than 17 dead")), null)))
                .add(new CasualtiesReported(DISPUTE, "aktau-killed", "Shooting in Aktau", CasualtyKind.KILLED,
                        List.of(Claim.of(WSWS, 1, 1, 1, "one killed")), List.of(),
                        evidence(When.day(2011, 12, 17), Mangystau.AKTAU, WSWS)))
                .edit(new RecordRetracted(DISPUTE, "aktau-killed-retracted", "aktau-killed",
                        "The death was at Shetpe, not Aktau"));
    }

    @Test
    void officialAndIndependentFiguresOfOneIncidentAreKeptApart() {
        FigureGroup shooting = Mangystau.strike().figures(true).group(FigureKind.KILLED, SHOOTING).orElseThrow();

        // officials: "the deaths of 13 workers"; WSWS: "over 70 people were killed", no upper figure
        assertThat(shooting.recordIds()).containsExactly("shooting-killed");
        assertThat(shooting.spread().official()).isEqualTo(new SideRange(13, 13, 1, false, false));
        assertThat(shooting.spread().independent()).isEqualTo(new SideRange(71, null, 1, false, true));
    }

    @Test
    void everyRecordOfAnIncidentAddsItsClaimsToOneGroup() {
        FigureGroup shooting = killed().figures(true).group(FigureKind.KILLED, SHOOTING).orElseThrow();

        assertThat(shooting.recordIds())
                .containsExactly("shooting-killed", "shooting-killed-blog", "shooting-killed-emancipation");
        // officials said 13 to WSWS and ten to the blog
        assertThat(shooting.spread().official()).isEqualTo(new SideRange(10, 13, 2, false, false));
        // at least ten, up to seventy; "over 70", "scores" and "more than 17" give no upper figure: 10–70+
        assertThat(shooting.spread().independent()).isEqualTo(new SideRange(10, 70, 4, false, true));
    }

    @Test
    void theFirstClaimsOfAGroupKeepTheWholeGroupsCountsAndRanges() {
        FigureGroup shooting = killed().figures(true).group(FigureKind.KILLED, SHOOTING).orElseThrow();

        FigureGroup first = shooting.firstClaims(3);

        // the officials' 13 and WSWS's "over 70", then the blog's first claim: the officials' ten
        assertThat(first.claims()).extracting(ClaimView::recordId, ClaimView::wording).containsExactly(
                tuple("shooting-killed", shooting.claims().get(0).wording()),
                tuple("shooting-killed", shooting.claims().get(1).wording()),
                tuple("shooting-killed-blog", "ten people were killed"));
        assertThat(first.recordIds()).containsExactly("shooting-killed", "shooting-killed-blog");
        // three records with seven claims: two, the blog's three, Emancipation's 7 and its correction to 18
        assertThat(first.recordCount()).isEqualTo(3);
        assertThat(first.claimCount()).isEqualTo(7);
        assertThat(first.spread()).isEqualTo(shooting.spread());
        assertThat(shooting.firstClaims(7)).isSameAs(shooting);
        assertThat(shooting.firstClaims(0).claims()).isEmpty();
    }

    @Test
    void aCorrectedClaimIsListedAsSupersededAndOnlyTheCorrectionCounts() {
        FigureGroup shooting = killed().figures(true).group(FigureKind.KILLED, SHOOTING).orElseThrow();

        assertThat(shooting.claims()).filteredOn(c -> c.recordId().equals("shooting-killed-emancipation"))
                .extracting(ClaimView::low, ClaimView::wording, ClaimView::status, ClaimView::editRecordId)
                .containsExactly(
                        tuple(7, "more than 7 dead", ClaimStatus.SUPERSEDED, "emancipation-corrected"),
                        tuple(18, "more than 17 dead", ClaimStatus.STANDING, "emancipation-corrected"));
        assertThat(shooting.spread().independent().low()).isEqualTo(10);
    }

    @Test
    void aRetractedRecordKeepsItsGroupButItsClaimsCountForNothing() {
        FigureGroup aktau = killed().figures(true).group(FigureKind.KILLED, "Shooting in Aktau").orElseThrow();

        assertThat(aktau.claims()).extracting(ClaimView::best, ClaimView::status, ClaimView::editRecordId)
                .containsExactly(tuple(1, ClaimStatus.RETRACTED, "aktau-killed-retracted"));
        assertThat(aktau.spread()).isEqualTo(new Spread(SideRange.NONE, SideRange.NONE));
    }

    @Test
    void theGroupsOfAKindComeInTheOrderTheirIncidentsHappened() {
        assertThat(killed().figures(true).ofKind(FigureKind.KILLED)).extracting(FigureGroup::incident)
                .containsExactly(SHOOTING, "Shooting in Aktau");
    }

    @Test
    void eachStrikeRecordIsAGroupOfItsOwnUnderItsHeadline() {
        DisputeFigures figures = Mangystau.strike().figures(true);

        // "as many as 18,000 workers": open below
        assertThat(figures.ofKind(FigureKind.WORKERS_OUT))
                .extracting(FigureGroup::incident, FigureGroup::recordIds, g -> g.spread().independent())
                .containsExactly(
                        tuple("Strike started at KarazhanbasMunai", List.of("strike-karazhanbas"), SideRange.NONE),
                        tuple("Strike spread at UzenMunayGas", List.of("strike-uzen"),
                                new SideRange(null, 18_000, 1, true, false)));
    }

    @Test
    void aConfidentialSourceIsHiddenFromAReaderWhoMayNotSeeItButItsFigureStillCounts() {
        FigureGroup hidden = killed().figures(false).group(FigureKind.KILLED, SHOOTING).orElseThrow();

        ClaimView scores = hidden.claims().stream().filter(c -> "scores of people gunned down".equals(c.wording()))
                .findFirst().orElseThrow();
        assertThat(scores.source()).isEqualTo(new Source(Redactor.HIDDEN, null, null, null, null, null,
                SourceKind.WITNESS, Reliability.CANNOT_BE_JUDGED, true));
        assertThat(hidden.claims()).extracting(c -> c.source().publisher())
                .doesNotContain("A journalist in Zhanaozen");
        assertThat(hidden.spread().independent()).isEqualTo(new SideRange(10, 70, 4, false, true));
    }

    @Test
    void aConfidentialSourceIsShownToAReaderWhoMaySeeIt() {
        FigureGroup shown = killed().figures(true).group(FigureKind.KILLED, SHOOTING).orElseThrow();

        assertThat(shown.claims()).extracting(ClaimView::source).contains(JOURNALIST);
    }

    @Test
    void officialsAndEmployersAreTheOfficialSide() {
        assertThat(java.util.Arrays.stream(SourceKind.values()).filter(SourceKind::isOfficialSide))
                .containsExactly(SourceKind.OFFICIAL, SourceKind.EMPLOYER);
        assertThat(OFFICIALS_VIA_WSWS.kind().isOfficialSide()).isTrue();
    }

    @Test
    void theKilledAndTheWoundedOfOneIncidentAreGroupsApart() {
        // WSWS: "over 70 people were killed and as many as 800 wounded"
        DisputeFigures figures = Mangystau.strike()
                .add(new CasualtiesReported(DISPUTE, "shooting-wounded", SHOOTING, CasualtyKind.INJURED,
                        List.of(Claim.of(WSWS, null, null, 800, "as many as 800 wounded")), List.of(),
                        evidence(When.day(2011, 12, 16), ZHANAOZEN, WSWS)))
                .figures(true);

        assertThat(figures.groups()).extracting(FigureGroup::kind, FigureGroup::incident, FigureGroup::recordIds)
                .containsExactly(
                        tuple(FigureKind.WORKERS_OUT, "Strike started at KarazhanbasMunai", List.of("strike-karazhanbas")),
                        tuple(FigureKind.WORKERS_OUT, "Strike spread at UzenMunayGas", List.of("strike-uzen")),
                        tuple(FigureKind.KILLED, SHOOTING, List.of("shooting-killed")),
                        tuple(FigureKind.INJURED, SHOOTING, List.of("shooting-wounded")));
        assertThat(figures.group(FigureKind.INJURED, SHOOTING).orElseThrow().spread())
                .isEqualTo(new Spread(SideRange.NONE, new SideRange(null, 800, 1, true, false)));
        assertThat(figures.group(FigureKind.KILLED, SHOOTING).orElseThrow().spread().independent())
                .isEqualTo(new SideRange(71, null, 1, false, true));
    }

    @Test
    void aVagueClaimHasTheConventionsLowAndHighAndNoBest() {
        // the blog: "journalists at the scene claim to have seen scores of people gunned down" (as in
        // tracker-core's ZhanaozenInWords fixture), beside WSWS's "over 70"
        FigureGroup shooting = Mangystau.strike()
                .add(new CasualtiesReported(DISPUTE, "scores-killed", SHOOTING, CasualtyKind.KILLED,
                        List.of(Claim.vague(WORKERS_BLOG, Vague.SCORES, "scores of people gunned down")), List.of(),
                        evidence(When.day(2011, 12, 16), ZHANAOZEN, WORKERS_BLOG)))
                .figures(true).group(FigureKind.KILLED, SHOOTING).orElseThrow();

        assertThat(shooting.claims()).filteredOn(c -> c.recordId().equals("scores-killed"))
                .extracting(ClaimView::low, ClaimView::best, ClaimView::high, ClaimView::vague, ClaimView::status)
                .containsExactly(tuple(20, null, 99, Vague.SCORES, ClaimStatus.STANDING));
        assertThat(shooting.spread().independent()).isEqualTo(new SideRange(20, 99, 2, false, true, true));
        assertThat(shooting.spread().official()).isEqualTo(new SideRange(13, 13, 1, false, false));
    }

    @Test
    void aMergedDuplicatesClaimsAreListedAsMergedAndCountOnce() {
        FigureGroup shooting = Mangystau.strike()
                .add(new CasualtiesReported(DISPUTE, "shooting-killed-again", SHOOTING, CasualtyKind.KILLED,
                        List.of(Claim.of(OFFICIALS_VIA_WSWS, 13, 13, 13, "the deaths of 13 workers")), List.of(),
                        evidence(When.day(2011, 12, 16), ZHANAOZEN, WSWS)))
                .edit(new DuplicateMerged(DISPUTE, "merged", "shooting-killed-again", "shooting-killed",
                        "The same WSWS report entered twice"))
                .figures(true).group(FigureKind.KILLED, SHOOTING).orElseThrow();

        assertThat(shooting.claims()).extracting(ClaimView::recordId, ClaimView::status, ClaimView::editRecordId)
                .containsExactly(
                        tuple("shooting-killed", ClaimStatus.STANDING, null),
                        tuple("shooting-killed", ClaimStatus.STANDING, null),
                        tuple("shooting-killed-again", ClaimStatus.MERGED, "merged"));
        assertThat(shooting.spread().official()).isEqualTo(new SideRange(13, 13, 1, false, false));
    }

    @Test
    void aReplacedRecordsClaimsCountNeitherInItsGroupNorTwiceInItsReplacements() {
        // supposed: the killed first entered without saying who they were, replaced by a record that says
        // workers (WSWS: "the deaths of 13 workers")
        String reason = "The victims were workers";
        DisputeFigures figures = Mangystau.strike()
                .add(new CasualtiesReported(DISPUTE, "shooting-killed-workers", SHOOTING, CasualtyKind.KILLED,
                        List.of(Claim.of(OFFICIALS_VIA_WSWS, 13, 13, 13, "the deaths of 13 workers"),
                                Claim.of(WSWS, 71, null, null, "over 70 people were killed")), List.of(),
                        VictimCategory.WORKERS, null, evidence(When.day(2011, 12, 16), ZHANAOZEN, WSWS)
                                .superseding("shooting-killed", reason)))
                .edit(new RecordSuperseded(DISPUTE, "shooting-killed-workers", "shooting-killed", reason))
                .figures(true);

        assertThat(figures.ofKind(FigureKind.KILLED))
                .extracting(FigureGroup::victims, FigureGroup::recordIds, FigureGroup::spread)
                .containsExactly(
                        tuple(null, List.of("shooting-killed"), new Spread(SideRange.NONE, SideRange.NONE)),
                        tuple(VictimCategory.WORKERS, List.of("shooting-killed-workers"),
                                new Spread(new SideRange(13, 13, 1, false, false),
                                        new SideRange(71, null, 1, false, true))));
        assertThat(figures.ofKind(FigureKind.KILLED).get(0).claims())
                .extracting(ClaimView::status, ClaimView::editRecordId)
                .containsOnly(tuple(ClaimStatus.REPLACED, "shooting-killed-workers"));
    }

    @Test
    void aCorrectedRecordRetractedLaterHasEachVersionOutByItsOwnEdit() {
        FigureGroup shooting = killed()
                .edit(new RecordRetracted(DISPUTE, "emancipation-retracted", "shooting-killed-emancipation",
                        "Counts the dead of the whole crackdown, not of the square"))
                .figures(true).group(FigureKind.KILLED, SHOOTING).orElseThrow();

        assertThat(shooting.claims()).filteredOn(c -> c.recordId().equals("shooting-killed-emancipation"))
                .extracting(ClaimView::low, ClaimView::status, ClaimView::editRecordId)
                .containsExactly(
                        tuple(7, ClaimStatus.SUPERSEDED, "emancipation-corrected"),
                        tuple(18, ClaimStatus.RETRACTED, "emancipation-retracted"));
        // WSWS's "over 70", the blog's ten to seventy and the journalist's "scores" are left
        assertThat(shooting.spread().independent()).isEqualTo(new SideRange(10, 70, 3, false, true));
    }
}
