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
import org.labourtracker.editorial.Correction;
import org.labourtracker.editorial.EditorialEvent.RecordCorrected;
import org.labourtracker.editorial.EditorialEvent.RecordRetracted;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Reliability;
import org.labourtracker.evidence.Source;
import org.labourtracker.evidence.SourceKind;
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
}
