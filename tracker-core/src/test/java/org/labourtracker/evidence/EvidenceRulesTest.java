package org.labourtracker.evidence;

import static org.labourtracker.Rejections.rejectedAt;
import static org.labourtracker.Rejections.rejectedWith;
import static org.labourtracker.Zhanaozen.DAY_AFTER_TOMORROW;
import static org.labourtracker.Zhanaozen.DISPUTE_ID;
import static org.labourtracker.Zhanaozen.DISPUTE_OPENED;
import static org.labourtracker.Zhanaozen.INDEPENDENT_DEATH_TOLL;
import static org.labourtracker.Zhanaozen.OFFICIAL_DEATH_TOLL;
import static org.labourtracker.Zhanaozen.PROSECUTOR_GENERAL;
import static org.labourtracker.Zhanaozen.TOMORROW;
import static org.labourtracker.Zhanaozen.TURBAYEV;
import static org.labourtracker.Zhanaozen.WSWS;
import static org.labourtracker.Zhanaozen.ZHANAOZEN;
import static org.labourtracker.Zhanaozen.evidence;
import static org.labourtracker.Zhanaozen.shooting;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.labourtracker.Zhanaozen;
import org.labourtracker.dispute.CasualtyKind;
import org.labourtracker.dispute.Dispute;
import org.labourtracker.dispute.DisputeCommand.RecordStateAction;
import org.labourtracker.dispute.DisputeCommand.ReportCasualties;
import org.labourtracker.dispute.DisputeEvent.CasualtiesReported;
import org.labourtracker.dispute.DisputeEvent.StateActionRecorded;
import org.labourtracker.dispute.StateActionKind;

/** What every record carries (when, where, sources, figures, people), checked as a dispute records it. */
class EvidenceRulesTest {

    private static final LocalDate SHOOTING_DAY = LocalDate.of(2011, 12, 16);

    private FixtureConfiguration<Dispute> fixture;

    @BeforeEach
    void setUp() {
        fixture = Zhanaozen.disputeFixture();
    }

    /** "Internet and cellular phone communications with Zhanaozen have been cut off." */
    private static RecordStateAction blackout(Evidence evidence) {
        return new RecordStateAction(DISPUTE_ID, "communications-cut", StateActionKind.COMMUNICATIONS_BLACKOUT, null,
                evidence);
    }

    private static StateActionRecorded blackoutRecorded(Evidence evidence) {
        return new StateActionRecorded(DISPUTE_ID, "communications-cut", StateActionKind.COMMUNICATIONS_BLACKOUT, null,
                evidence);
    }

    private static Evidence inZhanaozen(When when) {
        return evidence(when, ZHANAOZEN, WSWS);
    }

    private static Evidence reportedBy(Source source) {
        return evidence(When.day(2011, 12, 16), ZHANAOZEN, source);
    }

    private static Evidence at(Place place) {
        return evidence(When.day(2011, 12, 16), place, WSWS);
    }

    private static ReportCasualties deaths(Claim... claims) {
        return new ReportCasualties(DISPUTE_ID, "square-deaths", "Shooting in the town square", CasualtyKind.KILLED,
                List.of(claims), List.of(), shooting());
    }

    private static ReportCasualties murderOf(Person victim) {
        return new ReportCasualties(DISPUTE_ID, "turbayev-murdered", "Murder at his workplace", CasualtyKind.KILLED,
                List.of(Claim.of(WSWS, 1, 1, 1, null)), List.of(victim), inZhanaozen(When.month(2011, 8)));
    }

    private static Source wswsPublishedOn(LocalDate publishedOn) {
        return new Source(WSWS.publisher(), WSWS.title(), WSWS.url(), WSWS.author(), publishedOn, WSWS.language(),
                WSWS.kind(), WSWS.reliability(), false);
    }

    @Test
    void aRecordWithoutSourcesIsNotEvidence() {
        fixture.given(DISPUTE_OPENED)
                .when(blackout(evidence(When.day(2011, 12, 17), ZHANAOZEN)))
                .expectException(rejectedAt("evidence.sources"));
    }

    /**
     * The shooting sent with four mistakes: the campaigners' "over 70" without its source, WSWS's
     * name left blank, the day typed two days ahead, a victim's id with a space. Each is named.
     */
    @Test
    void everyBrokenRuleOfARecordIsNamedAtOnce() {
        Source unnamed = new Source(" ", WSWS.title(), WSWS.url(), WSWS.author(), WSWS.publishedOn(), WSWS.language(),
                WSWS.kind(), WSWS.reliability(), false);
        fixture.given(DISPUTE_OPENED)
                .when(new ReportCasualties(DISPUTE_ID, "square-deaths", "Shooting in the town square",
                        CasualtyKind.KILLED, List.of(OFFICIAL_DEATH_TOLL, Claim.of(null, 71, null, null, "over 70")),
                        List.of(new Person("zhaksylyk turbayev", TURBAYEV.name(), TURBAYEV.role(), false)),
                        evidence(new When(DAY_AFTER_TOMORROW, DatePrecision.DAY, null), ZHANAOZEN, unnamed)))
                .expectNoEvents()
                .expectException(rejectedWith(
                        new Violation("claims[1].source", "is required"),
                        new Violation("evidence.sources[0].publisher", "must not be blank"),
                        new Violation("evidence.when.on", "must not be in the future"),
                        new Violation("named[0].id",
                                "must be 1 to 100 letters, digits or . _ : - and start with a letter or digit")));
    }

    @Test
    void aRecordWithoutEvidenceIsRejected() {
        fixture.given(DISPUTE_OPENED)
                .when(blackout(null))
                .expectException(rejectedAt("evidence"));
    }

    @Test
    void everySourceNamesItsPublisher() {
        Source unnamed = new Source(null, "Televised statement", null, "Askhat Daulbayev", SHOOTING_DAY, "ru",
                SourceKind.OFFICIAL, Reliability.CANNOT_BE_JUDGED, false);
        fixture.given(DISPUTE_OPENED)
                .when(blackout(evidence(When.day(2011, 12, 17), ZHANAOZEN, WSWS, unnamed)))
                .expectException(rejectedAt("evidence.sources[1].publisher"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"wsws.org/contact", "ftp://www.wsws.org/", "https://www.wsws.org/kaza d19.shtml"})
    void aSourceAddressIsAnAbsoluteWebAddress(String url) {
        Source misaddressed = new Source(WSWS.publisher(), WSWS.title(), url, WSWS.author(), WSWS.publishedOn(),
                WSWS.language(), WSWS.kind(), WSWS.reliability(), false);
        fixture.given(DISPUTE_OPENED)
                .when(blackout(reportedBy(misaddressed)))
                .expectException(rejectedAt("evidence.sources[0].url"));
    }

    @Test
    void aSourceCannotBePublishedInTheFuture() {
        fixture.given(DISPUTE_OPENED)
                .when(blackout(reportedBy(wswsPublishedOn(DAY_AFTER_TOMORROW))))
                .expectException(rejectedAt("evidence.sources[0].publishedOn"));
    }

    @Test
    void aSourceLanguageIsALanguageTag() {
        Source inEnglish = new Source(WSWS.publisher(), WSWS.title(), WSWS.url(), WSWS.author(), WSWS.publishedOn(),
                "English", WSWS.kind(), WSWS.reliability(), false);
        fixture.given(DISPUTE_OPENED)
                .when(blackout(reportedBy(inEnglish)))
                .expectException(rejectedAt("evidence.sources[0].language"));
    }

    @Test
    void aSourceSaysWhoSpeaksThroughIt() {
        Source unknownKind = new Source(WSWS.publisher(), WSWS.title(), WSWS.url(), WSWS.author(), WSWS.publishedOn(),
                WSWS.language(), null, WSWS.reliability(), false);
        fixture.given(DISPUTE_OPENED)
                .when(blackout(reportedBy(unknownKind)))
                .expectException(rejectedAt("evidence.sources[0].kind"));
    }

    @Test
    void aSourceCarriesTheRecordersJudgementOfIt() {
        Source unjudged = new Source(WSWS.publisher(), WSWS.title(), WSWS.url(), WSWS.author(), WSWS.publishedOn(),
                WSWS.language(), WSWS.kind(), null, false);
        fixture.given(DISPUTE_OPENED)
                .when(blackout(reportedBy(unjudged)))
                .expectException(rejectedAt("evidence.sources[0].reliability"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"Kazakhstan", "KAZ", "kz"})
    void aCountryIsAnIsoAlpha2Code(String country) {
        fixture.given(DISPUTE_OPENED)
                .when(blackout(at(new Place("Zhanaozen", "Mangystau", country, null))))
                .expectException(rejectedAt("evidence.where.country"));
    }

    @Test
    void aLatitudeLiesBetweenThePoles() {
        fixture.given(DISPUTE_OPENED)
                .when(blackout(at(new Place("Zhanaozen", "Mangystau", "KZ",
                        new Coordinates(143.34, 52.86, GeoPrecision.SETTLEMENT)))))
                .expectException(rejectedAt("evidence.where.coordinates.latitude"));
    }

    @Test
    void aLongitudeLiesWithinHalfACircle() {
        fixture.given(DISPUTE_OPENED)
                .when(blackout(at(new Place("Zhanaozen", "Mangystau", "KZ",
                        new Coordinates(43.34, 252.86, GeoPrecision.SETTLEMENT)))))
                .expectException(rejectedAt("evidence.where.coordinates.longitude"));
    }

    @Test
    void aPlaceNameHasNoControlCharacters() {
        fixture.given(DISPUTE_OPENED)
                .when(blackout(at(new Place("Zhanaozen\u0000", "Mangystau", "KZ", null))))
                .expectException(rejectedAt("evidence.where.name"));
    }

    @Test
    void aRegionNameIsAtMostThreeHundredCharacters() {
        fixture.given(DISPUTE_OPENED)
                .when(blackout(at(new Place("Zhanaozen", "Mangystau".repeat(34), "KZ", null))))
                .expectException(rejectedAt("evidence.where.region"));
    }

    @Test
    void notesKeepTheirLineBreaks() {
        Evidence noted = new Evidence(When.day(2011, 12, 17), ZHANAOZEN, List.of(WSWS),
                "Internet and cellular phone communications cut off.\nLand lines only sporadically working.");
        fixture.given(DISPUTE_OPENED)
                .when(blackout(noted))
                .expectEvents(blackoutRecorded(noted));
    }

    @Test
    void notesHaveNoOtherControlCharacters() {
        fixture.given(DISPUTE_OPENED)
                .when(blackout(new Evidence(When.day(2011, 12, 17), ZHANAOZEN, List.of(WSWS), "cut off\u001b[0m")))
                .expectException(rejectedAt("evidence.notes"));
    }

    @Test
    void aDayAlreadyBegunEastOfTheDateLineIsNotInTheFuture() {
        Evidence tomorrow = inZhanaozen(new When(TOMORROW, DatePrecision.DAY, null));
        fixture.given(DISPUTE_OPENED)
                .when(blackout(tomorrow))
                .expectEvents(blackoutRecorded(tomorrow));
    }

    @Test
    void aHappeningCannotBeInTheFuture() {
        fixture.given(DISPUTE_OPENED)
                .when(blackout(inZhanaozen(new When(DAY_AFTER_TOMORROW, DatePrecision.DAY, null))))
                .expectException(rejectedAt("evidence.when.on"));
    }

    @Test
    void aRangeCannotEndInTheFuture() {
        fixture.given(DISPUTE_OPENED)
                .when(blackout(inZhanaozen(When.between(SHOOTING_DAY, DAY_AFTER_TOMORROW))))
                .expectException(rejectedAt("evidence.when.until"));
    }

    @Test
    void theBlackoutOverSeveralDaysIsARange() {
        Evidence fridayToSunday = inZhanaozen(When.between(SHOOTING_DAY, LocalDate.of(2011, 12, 18)));
        fixture.given(DISPUTE_OPENED)
                .when(blackout(fridayToSunday))
                .expectEvents(blackoutRecorded(fridayToSunday));
    }

    @Test
    void aRangeHasAnEnd() {
        fixture.given(DISPUTE_OPENED)
                .when(blackout(inZhanaozen(new When(SHOOTING_DAY, DatePrecision.RANGE, null))))
                .expectException(rejectedAt("evidence.when.until"));
    }

    @Test
    void aRangeEndsAfterItBegins() {
        fixture.given(DISPUTE_OPENED)
                .when(blackout(inZhanaozen(When.between(SHOOTING_DAY, SHOOTING_DAY))))
                .expectException(rejectedAt("evidence.when.until"));
    }

    @ParameterizedTest
    @EnumSource(value = DatePrecision.class, names = {"DAY", "MONTH", "YEAR"})
    void onlyARangeHasAnEnd(DatePrecision precision) {
        fixture.given(DISPUTE_OPENED)
                .when(blackout(inZhanaozen(new When(LocalDate.of(2011, 1, 1), precision, SHOOTING_DAY))))
                .expectException(rejectedAt("evidence.when.until"));
    }

    @Test
    void aDateKnownToTheMonthIsItsFirstDay() {
        fixture.given(DISPUTE_OPENED)
                .when(blackout(inZhanaozen(new When(SHOOTING_DAY, DatePrecision.MONTH, null))))
                .expectException(rejectedAt("evidence.when.on"));
    }

    @Test
    void aDateKnownToTheYearIsTheFirstOfJanuary() {
        fixture.given(DISPUTE_OPENED)
                .when(blackout(inZhanaozen(new When(LocalDate.of(2011, 12, 1), DatePrecision.YEAR, null))))
                .expectException(rejectedAt("evidence.when.on"));
    }

    @Test
    void aDateSaysHowExactlyItIsKnown() {
        fixture.given(DISPUTE_OPENED)
                .when(blackout(inZhanaozen(new When(SHOOTING_DAY, null, null))))
                .expectException(rejectedAt("evidence.when.precision"));
    }

    @Test
    void aLowEstimateCannotExceedTheBest() {
        fixture.given(DISPUTE_OPENED)
                .when(deaths(OFFICIAL_DEATH_TOLL, Claim.of(WSWS, 80, 71, null, "over 70 people were killed")))
                .expectException(rejectedAt("claims[1].low"));
    }

    @Test
    void aBestEstimateCannotExceedTheHigh() {
        fixture.given(DISPUTE_OPENED)
                .when(deaths(Claim.of(WSWS, null, 71, 70, "over 70 people were killed")))
                .expectException(rejectedAt("claims[0].best"));
    }

    @Test
    void aLowEstimateCannotExceedTheHighWithoutABest() {
        fixture.given(DISPUTE_OPENED)
                .when(deaths(Claim.of(WSWS, 800, null, 500, "500 to 800 wounded")))
                .expectException(rejectedAt("claims[0].low"));
    }

    @Test
    void aDeathTollCannotBeNegative() {
        fixture.given(DISPUTE_OPENED)
                .when(deaths(Claim.of(PROSECUTOR_GENERAL, null, -13, null, "13 killed")))
                .expectException(rejectedAt("claims[0].best"));
    }

    @Test
    void aLowEstimateCannotBeNegative() {
        fixture.given(DISPUTE_OPENED)
                .when(deaths(Claim.of(WSWS, -1, null, 70, "up to seventy")))
                .expectException(rejectedAt("claims[0].low"));
    }

    @Test
    void aCountIsAtMostOneBillion() {
        fixture.given(DISPUTE_OPENED)
                .when(deaths(Claim.of(WSWS, 71, null, Claim.LARGEST_COUNT + 1, "over 70 people were killed")))
                .expectException(rejectedAt("claims[0].high"));
    }

    @Test
    void aClaimGivesAFigure() {
        fixture.given(DISPUTE_OPENED)
                .when(deaths(Claim.of(WSWS, null, null, null, "scores")))
                .expectException(rejectedAt("claims[0].best"));
    }

    @Test
    void aClaimNamesItsSource() {
        fixture.given(DISPUTE_OPENED)
                .when(deaths(INDEPENDENT_DEATH_TOLL, Claim.of(null, null, 13, null, "13 killed")))
                .expectException(rejectedAt("claims[1].source"));
    }

    @Test
    void aClaimsSourceIsCheckedLikeAnyOther() {
        fixture.given(DISPUTE_OPENED)
                .when(deaths(Claim.of(wswsPublishedOn(DAY_AFTER_TOMORROW), 71, null, null, "over 70 people were killed")))
                .expectException(rejectedAt("claims[0].source.publishedOn"));
    }

    @Test
    void aClaimsWordingIsASingleLine() {
        fixture.given(DISPUTE_OPENED)
                .when(deaths(Claim.of(WSWS, 71, null, null, "over 70\npeople were killed")))
                .expectException(rejectedAt("claims[0].wording"));
    }

    @Test
    void aRangeWithoutABestEstimateIsKept() {
        Claim wounded = Claim.of(WSWS, 500, null, 800, "500 to 800 wounded");
        fixture.given(DISPUTE_OPENED)
                .when(new ReportCasualties(DISPUTE_ID, "square-wounded", "Shooting in the town square",
                        CasualtyKind.INJURED, List.of(wounded), null, shooting()))
                .expectEvents(new CasualtiesReported(DISPUTE_ID, "square-wounded", "Shooting in the town square",
                        CasualtyKind.INJURED, List.of(wounded), List.of(), shooting()));
    }

    @Test
    void controlCharactersInAPersonsNameAreRejected() {
        fixture.given(DISPUTE_OPENED)
                .when(murderOf(new Person(TURBAYEV.id(), "Zhaksylyk\u0007Turbayev", PersonRole.ACTIVIST, false)))
                .expectException(rejectedAt("named[0].name"));
    }

    /** A right-to-left override would show "Zhaksylyk Turbayev" as another name in pages and exports. */
    @ParameterizedTest
    @ValueSource(strings = {"\u202e", "\u202a", "\u2066", "\u2069"})
    void textDirectionControlsInAPersonsNameAreRejected(String control) {
        fixture.given(DISPUTE_OPENED)
                .when(murderOf(new Person(TURBAYEV.id(), "Zhaksylyk " + control + "veabruT", PersonRole.ACTIVIST, false)))
                .expectException(rejectedAt("named[0].name"));
    }

    @Test
    void aPersonsNameMayMixScripts() {
        fixture.given(DISPUTE_OPENED)
                .when(murderOf(new Person(TURBAYEV.id(), "Жақсылық Тұрбаев (Zhaksylyk Turbayev)", PersonRole.ACTIVIST,
                        false)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aPersonIdIsAnIdentifier() {
        fixture.given(DISPUTE_OPENED)
                .when(murderOf(new Person("Zhaksylyk Turbayev", TURBAYEV.name(), PersonRole.ACTIVIST, false)))
                .expectException(rejectedAt("named[0].id"));
    }

    @Test
    void aPersonHasARole() {
        fixture.given(DISPUTE_OPENED)
                .when(murderOf(new Person(TURBAYEV.id(), TURBAYEV.name(), null, false)))
                .expectException(rejectedAt("named[0].role"));
    }
}
