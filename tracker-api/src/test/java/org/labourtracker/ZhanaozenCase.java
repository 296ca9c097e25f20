package org.labourtracker;

import java.time.LocalDate;
import java.util.List;

import org.labourtracker.dispute.CasualtyKind;
import org.labourtracker.dispute.DetentionKind;
import org.labourtracker.dispute.DisputeCommand.AddParty;
import org.labourtracker.dispute.DisputeCommand.ChangeStatus;
import org.labourtracker.dispute.DisputeCommand.OpenDispute;
import org.labourtracker.dispute.DisputeCommand.RaiseDemand;
import org.labourtracker.dispute.DisputeCommand.RecordEmployerResponse;
import org.labourtracker.dispute.DisputeCommand.RecordProtest;
import org.labourtracker.dispute.DisputeCommand.RecordStateAction;
import org.labourtracker.dispute.DisputeCommand.RecordStrike;
import org.labourtracker.dispute.DisputeCommand.ReportCasualties;
import org.labourtracker.dispute.DisputeCommand.ReportDetentions;
import org.labourtracker.dispute.DisputeStatus;
import org.labourtracker.dispute.EmployerResponseKind;
import org.labourtracker.dispute.Organisation;
import org.labourtracker.dispute.PartySide;
import org.labourtracker.dispute.ProtestKind;
import org.labourtracker.dispute.StateActionKind;
import org.labourtracker.dispute.StrikeKind;
import org.labourtracker.editorial.Correction;
import org.labourtracker.editorial.EditorialCommand.CorrectRecord;
import org.labourtracker.editorial.EditorialCommand.MergeDuplicate;
import org.labourtracker.editorial.EditorialCommand.RetractRecord;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Evidence;
import org.labourtracker.evidence.Person;
import org.labourtracker.evidence.PersonRole;
import org.labourtracker.evidence.Place;
import org.labourtracker.evidence.Reliability;
import org.labourtracker.evidence.Source;
import org.labourtracker.evidence.SourceKind;
import org.labourtracker.evidence.When;
import org.labourtracker.legal.CaseCommand.DeliverVerdict;
import org.labourtracker.legal.CaseCommand.FileCharges;
import org.labourtracker.legal.CaseCommand.OpenCase;
import org.labourtracker.legal.Defendant;
import org.labourtracker.legal.Finding;
import org.labourtracker.legal.Judgement;
import org.labourtracker.legal.Sentence;
import org.labourtracker.legal.SentenceKind;
import org.labourtracker.legal.SentenceLength;

/**
 * The 2011 Mangystau oil strike as told by D. Firestone, "Police massacre striking oil workers in
 * Kazakhstan" (WSWS, 19 December 2011), and by the Working Class Self Organization blog, "Striking
 * workers slaughtered in Kazakhstan" (17 December 2011): the project's own test data.
 */
public final class ZhanaozenCase {

    public static final String DISPUTE = "mangystau-oil-strike-2011";
    public static final String SOKOLOVA_CASE = "sokolova-2011";
    public static final String SHOOTING = "Zhanaozen shooting, 16 December 2011";

    public static final Source WSWS = new Source("World Socialist Web Site",
            "Police massacre striking oil workers in Kazakhstan", "https://www.wsws.org", "David Firestone",
            LocalDate.of(2011, 12, 19), "en", SourceKind.MEDIA, Reliability.FAIRLY_RELIABLE, false);
    public static final Source OFFICIALS_VIA_WSWS = new Source("Government of Kazakhstan",
            "Official figures as reported in 'Police massacre striking oil workers in Kazakhstan' (WSWS)", null, null,
            LocalDate.of(2011, 12, 19), "en", SourceKind.OFFICIAL, Reliability.NOT_USUALLY_RELIABLE, false);
    public static final Source INDEPENDENT_VIA_WSWS = new Source("Human rights organisations and opposition groups",
            "Figures as reported in 'Police massacre striking oil workers in Kazakhstan' (WSWS)", null, null,
            LocalDate.of(2011, 12, 19), "en", SourceKind.NGO, Reliability.FAIRLY_RELIABLE, false);
    public static final Source WORKERS_BLOG = new Source("Working Class Self Organization blog",
            "Striking workers slaughtered in Kazakhstan", null, null, LocalDate.of(2011, 12, 17), "en",
            SourceKind.OTHER, Reliability.CANNOT_BE_JUDGED, false);

    public static final Place AKTAU = new Place("Aktau", "Mangystau Region", "KZ", null);
    public static final Place ZHANAOZEN = new Place("Zhanaozen", "Mangystau Region", "KZ", null);
    public static final Place SHETPE = new Place("Shetpe", "Mangystau Region", "KZ", null);

    public static final Person SOKOLOVA = new Person("natalia-sokolova", "Natalia Sokolova", PersonRole.LAWYER, false);
    public static final Person TURBAYEV = new Person("zhaksylyk-turbayev", "Zhaksylyk Turbayev", PersonRole.ACTIVIST, false);

    public static final String SHETPE_BLOCKADE = "Shetpe railway blockade, 17 December 2011";

    private ZhanaozenCase() {
    }

    public static Evidence evidence(When when, Place where, Source... sources) {
        return new Evidence(when, where, List.of(sources), null);
    }

    /** Every command of the case, in the order a monitor would enter them. */
    public static List<Object> commands() {
        Organisation karazhanbas = new Organisation("KarazhanbasMunai", List.of("KazMunayGas", "CITIC Group"));
        Organisation uzen = new Organisation("UzenMunayGas", List.of("KazMunayGas"));
        When strikeMonths = When.between(LocalDate.of(2011, 6, 1), LocalDate.of(2011, 12, 15));
        return List.of(
                new OpenDispute(DISPUTE, "open", "Mangystau oil workers' strike", "Oil and gas", DisputeStatus.ACTIVE,
                        List.of(karazhanbas), List.of(), evidence(When.month(2011, 5), AKTAU, WSWS)),
                new RaiseDemand(DISPUTE, "demand-wages", "wages",
                        "Honour the agreements to raise workers' wages", evidence(When.month(2011, 5), AKTAU, WSWS)),
                new RecordStrike(DISPUTE, "strike-karazhanbas", StrikeKind.STARTED, "KarazhanbasMunai", List.of(),
                        evidence(When.month(2011, 5), AKTAU, WSWS)),
                new AddParty(DISPUTE, "party-uzen", PartySide.EMPLOYER, uzen,
                        evidence(When.between(LocalDate.of(2011, 5, 1), LocalDate.of(2011, 6, 30)), ZHANAOZEN, WSWS)),
                new RecordStrike(DISPUTE, "strike-uzen", StrikeKind.SPREAD, "UzenMunayGas",
                        List.of(new Claim(WSWS, null, null, 18_000, "as many as 18,000 workers")),
                        evidence(When.between(LocalDate.of(2011, 5, 1), LocalDate.of(2011, 6, 30)), ZHANAOZEN, WSWS)),
                new RecordProtest(DISPUTE, "protest-zhanaozen-peak", ProtestKind.DEMONSTRATION,
                        List.of(new Claim(WSWS, null, null, 8_000, "up to 8,000 on peak days")),
                        evidence(strikeMonths, ZHANAOZEN, WSWS)),
                new RecordProtest(DISPUTE, "protest-aktau-june", ProtestKind.DEMONSTRATION, List.of(),
                        evidence(When.month(2011, 6), AKTAU, WSWS)),
                new ReportDetentions(DISPUTE, "arrests-aktau-june", "Aktau demonstration, June 2011",
                        DetentionKind.ARRESTED, List.of(new Claim(WSWS, 200, null, null, "hundreds of arrests")),
                        List.of(), evidence(When.month(2011, 6), AKTAU, WSWS)),
                new RecordStateAction(DISPUTE, "strike-illegal", StateActionKind.STRIKE_DECLARED_ILLEGAL,
                        "Local authorities", evidence(When.year(2011), ZHANAOZEN, WSWS)),
                new RecordEmployerResponse(DISPUTE, "dismissals", EmployerResponseKind.DISMISSALS, null,
                        List.of(new Claim(WSWS, 200, null, null, "hundreds of striking workers"),
                                new Claim(WORKERS_BLOG, 1_000, null, null, "over 1000 people")),
                        evidence(When.between(LocalDate.of(2011, 5, 1), LocalDate.of(2011, 12, 16)), ZHANAOZEN,
                                WSWS, WORKERS_BLOG)),
                new OpenCase(SOKOLOVA_CASE, "case-opened", DISPUTE, "Prosecution of union lawyer Natalia Sokolova",
                        null, null, List.of(new Defendant(SOKOLOVA, true)), List.of(), 0, evidence(When.year(2011), AKTAU, WSWS)),
                new FileCharges(SOKOLOVA_CASE, "charges", List.of(SOKOLOVA.id()),
                        List.of("Inciting social conflict"), List.of(), evidence(When.year(2011), AKTAU, WSWS)),
                new DeliverVerdict(SOKOLOVA_CASE, "verdict", List.of(new Judgement(SOKOLOVA.id(), Finding.CONVICTED,
                        new Sentence(SentenceKind.PRISON, 72, SentenceLength.EXACT, null, "six years"))), null,
                        evidence(When.month(2011, 8), AKTAU, WSWS)),
                new RaiseDemand(DISPUTE, "demand-free-sokolova", "free-sokolova", "Free the union's lawyer Natalia Sokolova",
                        evidence(When.between(LocalDate.of(2011, 8, 1), LocalDate.of(2011, 12, 16)), ZHANAOZEN, WSWS)),
                new ReportCasualties(DISPUTE, "turbayev-killed", "Murder of Zhaksylyk Turbayev", CasualtyKind.KILLED,
                        List.of(new Claim(WSWS, 1, 1, 1, "murdered at his workplace by hired thugs")),
                        List.of(TURBAYEV), evidence(When.month(2011, 8), ZHANAOZEN, WSWS)),
                new RecordStateAction(DISPUTE, "police-fire", StateActionKind.FORCE_USED, "Police and security forces",
                        evidence(When.day(2011, 12, 16), ZHANAOZEN, WSWS, WORKERS_BLOG)),
                new ReportCasualties(DISPUTE, "shooting-killed", SHOOTING, CasualtyKind.KILLED,
                        List.of(new Claim(OFFICIALS_VIA_WSWS, 13, 13, 13, "the deaths of 13 workers"),
                                new Claim(INDEPENDENT_VIA_WSWS, 70, 70, null, "over 70 people were killed"),
                                new Claim(WORKERS_BLOG, 10, null, 70, "at least ten; as many as seventy")),
                        List.of(), evidence(When.day(2011, 12, 16), ZHANAOZEN, WSWS, WORKERS_BLOG)),
                new ReportCasualties(DISPUTE, "shooting-injured", SHOOTING, CasualtyKind.INJURED,
                        List.of(new Claim(INDEPENDENT_VIA_WSWS, null, null, 800, "as many as 800 wounded"),
                                new Claim(WORKERS_BLOG, 500, null, null, "over 500 people have been injured")),
                        List.of(), evidence(When.day(2011, 12, 16), ZHANAOZEN, WSWS, WORKERS_BLOG)),
                new ReportDetentions(DISPUTE, "shooting-arrests", SHOOTING, DetentionKind.ARRESTED,
                        List.of(new Claim(OFFICIALS_VIA_WSWS, 70, 70, 70, "70 arrests, including three journalists")),
                        List.of(), evidence(When.between(LocalDate.of(2011, 12, 16), LocalDate.of(2011, 12, 18)),
                                ZHANAOZEN, WSWS)),
                new RecordStateAction(DISPUTE, "state-of-emergency", StateActionKind.STATE_OF_EMERGENCY,
                        "President Nursultan Nazarbayev", evidence(When.day(2011, 12, 17), ZHANAOZEN, WSWS)),
                new RecordStateAction(DISPUTE, "blackout", StateActionKind.COMMUNICATIONS_BLACKOUT, null,
                        evidence(When.between(LocalDate.of(2011, 12, 16), LocalDate.of(2011, 12, 18)), ZHANAOZEN, WSWS)),
                new ReportCasualties(DISPUTE, "shetpe-killed", "Shetpe railway blockade, 17 December 2011",
                        CasualtyKind.KILLED, List.of(new Claim(OFFICIALS_VIA_WSWS, 1, 1, 1, "one protester was killed")),
                        List.of(), evidence(When.day(2011, 12, 17), SHETPE, WSWS)),
                new ChangeStatus(DISPUTE, "suppressed", DisputeStatus.SUPPRESSED,
                        evidence(When.day(2011, 12, 17), ZHANAOZEN, WSWS)));
    }

    /**
     * Records entered with mistakes, as happens: the wounded at Shetpe entered with the killed figure
     * and the date of the Zhanaozen shooting, the curfew placed in Aktau, and the Aktau demonstration
     * of 17 December entered twice. Send after {@link #commands()}; {@link #edits()} puts them right.
     */
    public static List<Object> mistakes() {
        return List.of(
                new ReportCasualties(DISPUTE, "shetpe-injured", SHETPE_BLOCKADE, CasualtyKind.INJURED,
                        List.of(new Claim(OFFICIALS_VIA_WSWS, 1, 1, 1, "one protester")), List.of(),
                        evidence(When.day(2011, 12, 16), SHETPE, WSWS)),
                new RecordStateAction(DISPUTE, "curfew-aktau", StateActionKind.CURFEW, "President Nursultan Nazarbayev",
                        evidence(When.day(2011, 12, 17), AKTAU, WSWS)),
                new RecordProtest(DISPUTE, "protest-aktau-december", ProtestKind.DEMONSTRATION,
                        List.of(new Claim(WSWS, null, 500, null, "about 500 people, as a Reuters correspondent saw")),
                        evidence(When.day(2011, 12, 17), AKTAU, WSWS)),
                new RecordProtest(DISPUTE, "protest-aktau-reuters", ProtestKind.DEMONSTRATION,
                        List.of(new Claim(WSWS, null, 500, null, "a protest demonstration of about 500 people")),
                        evidence(When.day(2011, 12, 17), AKTAU, WSWS)));
    }

    /** The corrections of {@link #mistakes()}: each edit records its reason, and nothing is erased. */
    public static List<Object> edits() {
        return List.of(
                new CorrectRecord(DISPUTE, "shetpe-injured-corrected", "shetpe-injured",
                        "Entered with the killed figure and the date of the Zhanaozen shooting; the article gives "
                                + "eleven wounded at Shetpe on Saturday 17 December",
                        new Correction(When.day(2011, 12, 17), null, null,
                                List.of(new Claim(OFFICIALS_VIA_WSWS, 11, 11, 11, "eleven others were wounded")), null)),
                new RetractRecord(DISPUTE, "curfew-aktau-retracted", "curfew-aktau",
                        "The curfew was declared for Zhanaozen, not Aktau; recorded again as curfew-zhanaozen"),
                new RecordStateAction(DISPUTE, "curfew-zhanaozen", StateActionKind.CURFEW,
                        "President Nursultan Nazarbayev", evidence(When.day(2011, 12, 17), ZHANAOZEN, WSWS)),
                new MergeDuplicate(DISPUTE, "protest-aktau-merged", "protest-aktau-reuters", "protest-aktau-december",
                        "The same demonstration, entered twice from the same article"));
    }
}
