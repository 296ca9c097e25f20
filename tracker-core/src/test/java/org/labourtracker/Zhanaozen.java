package org.labourtracker;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.labourtracker.dispute.Dispute;
import org.labourtracker.dispute.DisputeCommand.OpenDispute;
import org.labourtracker.dispute.DisputeEvent.DisputeOpened;
import org.labourtracker.dispute.DisputeStatus;
import org.labourtracker.dispute.Organisation;
import org.labourtracker.editorial.Editable;
import org.labourtracker.editorial.EditorialCommandHandler;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Coordinates;
import org.labourtracker.evidence.Evidence;
import org.labourtracker.evidence.GeoPrecision;
import org.labourtracker.evidence.Person;
import org.labourtracker.evidence.PersonRole;
import org.labourtracker.evidence.Place;
import org.labourtracker.evidence.RecordRules;
import org.labourtracker.evidence.Reliability;
import org.labourtracker.evidence.Source;
import org.labourtracker.evidence.SourceKind;
import org.labourtracker.evidence.StreamDirectory;
import org.labourtracker.evidence.When;
import org.labourtracker.legal.CaseCommand.OpenCase;
import org.labourtracker.legal.CaseEvent.CaseOpened;
import org.labourtracker.legal.Defendant;
import org.labourtracker.legal.LegalCase;

/**
 * Test data from the 2011 oil strike in Mangystau, Kazakhstan, as the seed article (WSWS, David
 * Firestone, 19 December 2011) and the reports on the trial of the union's lawyer tell it, and the
 * fixtures that record it.
 */
public final class Zhanaozen {

    /** Now, for the "nothing in the future" rules: 21 November 2026, noon UTC. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);
    /** Already today east of the date line at {@link #CLOCK}'s instant. */
    public static final LocalDate TOMORROW = LocalDate.of(2026, 11, 22);
    /** Not yet today anywhere on earth at {@link #CLOCK}'s instant. */
    public static final LocalDate DAY_AFTER_TOMORROW = LocalDate.of(2026, 11, 23);

    public static final String DISPUTE_ID = "mangystau-oil-strike-2011";
    public static final String CASE_ID = "sokolova-trial";

    public static final Source WSWS = new Source("World Socialist Web Site",
            "Police massacre striking oil workers in Kazakhstan",
            "https://www.wsws.org/en/articles/2011/dec2011/kaza-d19.shtml", "David Firestone",
            LocalDate.of(2011, 12, 19), "en", SourceKind.MEDIA, Reliability.USUALLY_RELIABLE, false);
    public static final Source PROSECUTOR_GENERAL = new Source("Prosecutor General of Kazakhstan",
            "Televised statement on the unrest in Zhanaozen", null, "Askhat Daulbayev",
            LocalDate.of(2011, 12, 16), "ru", SourceKind.OFFICIAL, Reliability.CANNOT_BE_JUDGED, false);
    public static final Source HRW = new Source("Human Rights Watch", "Kazakhstan: Criminal Trial of Labor Lawyer",
            "https://www.hrw.org/news/2011/08/05/kazakhstan-criminal-trial-labor-lawyer", null,
            LocalDate.of(2011, 8, 5), "en", SourceKind.NGO, Reliability.USUALLY_RELIABLE, false);
    public static final Source EURASIANET = new Source("Eurasianet",
            "Kazakhstan: Surprise Release for Zhanaozen Union Lawyer",
            "https://eurasianet.org/kazakhstan-surprise-release-for-zhanaozen-union-lawyer", null, null, "en",
            SourceKind.MEDIA, Reliability.USUALLY_RELIABLE, false);

    /** Tells of the appeal upheld in September 2011 and of the case sent to the Supreme Court. */
    public static final Source HUNKO = new Source("Andrej Hunko, Member of the Bundestag", "Natalia Sokolova is free!",
            "https://andrej-hunko.de/presse/pressemitteilungen/1027-natalia-sokolova-is-free", "Andrej Hunko", null,
            "en", SourceKind.OTHER, Reliability.FAIRLY_RELIABLE, false);
    /** On the oil workers convicted on 4 June 2012 of organising and taking part in the Zhanaozen riots. */
    public static final Source OPEN_DIALOG = new Source("Open Dialog Foundation",
            "Kazakhstan: there is no justice, there is just a judicial process",
            "https://en.odfoundation.eu/a/812,kazakhstan-there-is-no-justice-there-is-just-a-judicial-process/", null,
            null, "en", SourceKind.NGO, Reliability.USUALLY_RELIABLE, false);

    public static final Place ZHANAOZEN = new Place("Zhanaozen", "Mangystau", "KZ",
            new Coordinates(43.34, 52.86, GeoPrecision.SETTLEMENT));
    public static final Place AKTAU = new Place("Aktau", "Mangystau", "KZ", null);
    /** Where the union's lawyer served her sentence, in the colony UT-157/11. */
    public static final Place ATYRAU = new Place("Atyrau", "Atyrau", "KZ", null);

    public static final Organisation KARAZHANBASMUNAI =
            new Organisation("KarazhanbasMunai", List.of("KazMunayGas", "CITIC Group"));
    public static final Organisation UZENMUNAYGAS = new Organisation("UzenMunayGas", List.of("KazMunayGas"));
    public static final Organisation KARAZHANBASMUNAI_UNION =
            new Organisation("Trade union of KarazhanbasMunai workers", List.of());

    public static final Person SOKOLOVA = new Person("natalia-sokolova", "Natalia Sokolova", PersonRole.LAWYER, false);
    public static final Person TURBAYEV =
            new Person("zhaksylyk-turbayev", "Zhaksylyk Turbayev", PersonRole.ACTIVIST, false);

    /** "Government officials reported the deaths of 13 workers". */
    public static final Claim OFFICIAL_DEATH_TOLL = Claim.of(PROSECUTOR_GENERAL, null, 13, null, "13 killed");
    /** "other sources claim over 70 people were killed". */
    public static final Claim INDEPENDENT_DEATH_TOLL = Claim.of(WSWS, 71, null, null, "over 70 people were killed");

    /** "The strike began in May at KarazhanbasMunai in Aktau." */
    private static final Evidence STRIKE_BEGINS = evidence(When.month(2011, 5), AKTAU, WSWS);
    public static final OpenDispute OPEN_DISPUTE = new OpenDispute(DISPUTE_ID, "strike-begins",
            "Mangystau oil workers' strike", "oil extraction", DisputeStatus.ACTIVE, List.of(KARAZHANBASMUNAI),
            List.of(KARAZHANBASMUNAI_UNION), STRIKE_BEGINS);
    public static final DisputeOpened DISPUTE_OPENED = new DisputeOpened(DISPUTE_ID, "strike-begins",
            "Mangystau oil workers' strike", "oil extraction", DisputeStatus.ACTIVE, List.of(KARAZHANBASMUNAI),
            List.of(KARAZHANBASMUNAI_UNION), STRIKE_BEGINS);

    /** The union's lawyer, held from May 2011 and tried before the Aktau City Court. */
    private static final Evidence LAWYER_HELD = evidence(When.month(2011, 5), AKTAU, HRW);
    public static final OpenCase OPEN_CASE = new OpenCase(CASE_ID, "sokolova-arrested", DISPUTE_ID,
            "Prosecution of the union lawyer Natalia Sokolova", "Aktau City Court", null,
            List.of(new Defendant(SOKOLOVA, true)), List.of(), 0, LAWYER_HELD);
    public static final CaseOpened CASE_OPENED = new CaseOpened(CASE_ID, "sokolova-arrested", DISPUTE_ID,
            "Prosecution of the union lawyer Natalia Sokolova", "Aktau City Court", null,
            List.of(new Defendant(SOKOLOVA, true)), List.of(), 0, LAWYER_HELD);

    /** The type of every stream once the dispute and the lawyer's case are open, as the event store tells it. */
    private static final Map<String, String> STREAMS = Map.of(DISPUTE_ID, "Dispute", CASE_ID, "LegalCase");

    private Zhanaozen() {
    }

    public static Evidence evidence(When when, Place where, Source... sources) {
        return new Evidence(when, where, List.of(sources), null);
    }

    /** The shooting in the town square, as WSWS reported it. */
    public static Evidence shooting() {
        return evidence(When.day(2011, 12, 16), ZHANAOZEN, WSWS);
    }

    /** A dispute fixture; the stream directory knows every stream but the dispute until it is opened. */
    public static FixtureConfiguration<Dispute> disputeFixture() {
        return fixture(Dispute.class, DISPUTE_ID);
    }

    /** A legal case fixture; the stream directory knows every stream but the case until it is opened. */
    public static FixtureConfiguration<LegalCase> caseFixture() {
        return fixture(LegalCase.class, CASE_ID);
    }

    /**
     * Opening commands ask the directory only while their stream is not in the store, so the
     * aggregate sees the directory as it was before; editorial commands come after the opening.
     */
    public static <T extends Editable> FixtureConfiguration<T> fixture(Class<T> type, String streamId) {
        AggregateTestFixture<T> fixture = new AggregateTestFixture<>(type);
        fixture.registerCommandHandlerInterceptor(RecordRules.at(CLOCK));
        fixture.registerInjectableResource(
                (StreamDirectory) id -> id.equals(streamId) ? Optional.empty() : Optional.ofNullable(STREAMS.get(id)));
        fixture.registerAnnotatedCommandHandler(new EditorialCommandHandler(id -> Optional.ofNullable(STREAMS.get(id)),
                Map.of(type.getSimpleName(), fixture.getRepository())));
        return fixture;
    }
}
