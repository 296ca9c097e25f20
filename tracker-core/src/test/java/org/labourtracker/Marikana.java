package org.labourtracker;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.labourtracker.dispute.CasualtyKind;
import org.labourtracker.dispute.Dispute;
import org.labourtracker.dispute.DisputeCommand;
import org.labourtracker.dispute.DisputeCommand.OpenDispute;
import org.labourtracker.dispute.DisputeCommand.RaiseDemand;
import org.labourtracker.dispute.DisputeCommand.RecordIntervention;
import org.labourtracker.dispute.DisputeCommand.RecordStateAction;
import org.labourtracker.dispute.DisputeCommand.RecordStrike;
import org.labourtracker.dispute.DisputeCommand.ReportCasualties;
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
import org.labourtracker.evidence.Coordinates;
import org.labourtracker.evidence.Evidence;
import org.labourtracker.evidence.GeoPrecision;
import org.labourtracker.evidence.Money;
import org.labourtracker.evidence.Place;
import org.labourtracker.evidence.Reliability;
import org.labourtracker.evidence.Source;
import org.labourtracker.evidence.SourceKind;
import org.labourtracker.evidence.When;

/**
 * The second real case, in another country and industry: the 2012 strike at Lonmin's platinum mine
 * at Marikana, South Africa, as public reporting tells it (each source below is cited by its
 * address). It needs what the Zhanaozen case did not: an unprotected strike of one group of workers
 * that the majority union opposed, a wage demand in rand, police and company guards killed apart
 * from strikers, national mourning, a commission of inquiry's findings, and a later killing whose
 * perpetrator is unknown.
 */
public final class Marikana {

    public static final String DISPUTE_ID = "marikana-lonmin-2012";

    /** Research: 34 killed by the police on 16 August, 10 others killed 12 to 14 August, an unprotected strike from 9 August. */
    public static final Source CASAC = new Source("Council for the Advancement of the South African Constitution",
            "Summary and Analysis of the report of the Marikana Commission of Inquiry",
            "http://www.politicsweb.co.za/documents/marikana-a-summary-and-analysis-of-the-farlam-repo", "David Bruce",
            null, "en", SourceKind.RESEARCH, Reliability.USUALLY_RELIABLE, false);
    /** "approximately three thousand mineworkers", rock drill operators demanding a wage increase. */
    public static final Source ICNL = new Source("International Center for Not-for-Profit Law",
            "Marikana Commission of Inquiry: the obligation to investigate and an opportunity for reform",
            "https://docslib.org/doc/8449721/marikana-commission-of-inquiry-the-obligation-to-investigate-and",
            "Kathleen Hardy", null, "en", SourceKind.NGO, Reliability.USUALLY_RELIABLE, false);
    /** The NUM "has called on all workers to heed the call" to return to work. */
    public static final Source EWN = new Source("Eyewitness News", "Zuma declares week of national mourning",
            "https://ewn.co.za/2012/08/19/Zuma-declares-week-of-national-mourning", null, LocalDate.of(2012, 8, 19),
            "en", SourceKind.MEDIA, Reliability.USUALLY_RELIABLE, false);
    /** Mourning declared; "at least 34" killed by police, "at least 78" injured. */
    public static final Source BBC = new Source("BBC News", "S Africa Lonmin killings: National mourning declared",
            "https://www.bbc.co.uk/news/world-africa-19312293", null, LocalDate.of(2012, 8, 19), "en",
            SourceKind.MEDIA, Reliability.USUALLY_RELIABLE, false);
    /** The ten killed before 16 August: two police officers, two security guards, three NUM shop stewards. */
    public static final Source IOL = new Source("Daily News (IOL)", "Zuma declares week of national mourning",
            "https://www.iol.co.za/dailynews/news/zuma-declares-week-of-national-mourning-1366282", null, null, "en",
            SourceKind.MEDIA, Reliability.USUALLY_RELIABLE, false);
    /** "a demand for a monthly pay rise from about 4000 rand to 12,500". */
    public static final Source RNZ = new Source("Radio New Zealand", "National mourning declared for slain miners",
            "https://www.radionz.co.nz/news/world/113683/national-mourning-declared-for-slain-miners", null,
            LocalDate.of(2012, 8, 20), "en", SourceKind.MEDIA, Reliability.USUALLY_RELIABLE, false);
    /** The commission's report, handed to the President on 31 March 2015 and published on 25 June 2015. */
    public static final Source COMMISSION = new Source("Marikana Commission of Inquiry",
            "Report on matters of public, national and international concern arising out of the tragic incidents"
                    + " at the Lonmin mine in Marikana, in the North West Province",
            null, "Ian Farlam", LocalDate.of(2015, 6, 25), "en", SourceKind.INQUIRY, Reliability.USUALLY_RELIABLE,
            false);
    /** "the police plan to quell protest was 'defective'" (Mining.com, 25 June 2015, as republished). */
    public static final Source MAC = new Source("Mines and Communities",
            "Report on Marikana Massacre is released to heavy criticism",
            "http://www.minesandcommunities.org/article.php?a=13035", "Cecilia Jamasmie", LocalDate.of(2015, 6, 29),
            "en", SourceKind.MEDIA, Reliability.FAIRLY_RELIABLE, false);
    /** A NUM shop steward shot dead near the union's offices at Rowland shaft, 12 August 2013. */
    public static final Source AFP = new Source("AFP (Expatica)", "Union official shot dead at S. Africa Marikana mine",
            "https://www.expatica.com/za/general/union-official-shot-dead-at-s-africa-marikana-mine-59920/", null,
            LocalDate.of(2013, 8, 12), "en", SourceKind.MEDIA, Reliability.USUALLY_RELIABLE, false);

    /**
     * "On 11 August, senior representatives of the NUM opened fire on the strikers as they marched
     * towards the NUM's office; two wounded strikers were wrongly reported killed."
     */
    public static final Source WIKIPEDIA = new Source("Wikipedia", "Marikana massacre",
            "https://en.wikipedia.org/wiki/Marikana_massacre", null, null, "en", SourceKind.OTHER,
            Reliability.FAIRLY_RELIABLE, false);

    /** The hill where the police shot, 25°40′40″S 27°30′33″E. */
    public static final Place MARIKANA = new Place("Marikana", "North West", "ZA",
            new Coordinates(-25.67778, 27.50917, GeoPrecision.NEAR));
    /** Where the sources do not place a national decision or report: the country. */
    public static final Place SOUTH_AFRICA = new Place(null, null, "ZA", null);

    public static final Organisation LONMIN = new Organisation("Lonmin", List.of());
    public static final Organisation NUM = new Organisation("National Union of Mineworkers", List.of());
    public static final Organisation AMCU = new Organisation("Association of Mineworkers and Construction Union",
            List.of());

    public static final Actor POLICE = new Actor(ActorType.STATE_FORCES, "South African Police Service",
            ActorRole.PERPETRATOR, false);
    public static final Actor STRIKERS = new Actor(ActorType.WORKERS, "Striking rock drill operators",
            ActorRole.TARGET, false);

    public static final OpenDispute OPEN_DISPUTE = new OpenDispute(DISPUTE_ID, "strike-begins",
            "Lonmin Marikana platinum mine strike", "platinum mining", DisputeStatus.ACTIVE, List.of(LONMIN),
            List.of(NUM, AMCU), evidence(When.day(2012, 8, 9), MARIKANA, CASAC));

    /** An unprotected strike of rock drill operators, which the NUM called on to end. */
    public static final RecordStrike STRIKE = new RecordStrike(DISPUTE_ID, "strike-started", StrikeKind.STARTED,
            "Lonmin", List.of(Claim.of(ICNL, null, 3_000, null, "approximately three thousand mineworkers")),
            StrikeLegality.UNPROTECTED, "rock drill operators", List.of(new UnionStance(NUM.name(), Stance.OPPOSING)),
            evidence(When.day(2012, 8, 9), MARIKANA, CASAC, EWN));

    public static final RaiseDemand WAGE_DEMAND = new RaiseDemand(DISPUTE_ID, "wage-demanded", "wage-12500",
            "A monthly wage of R12,500 for rock drill operators", Money.of("12500", "ZAR"),
            evidence(When.day(2012, 8, 9), MARIKANA, RNZ));

    private static final When BEFORE_THE_SHOOTING = When.between(LocalDate.of(2012, 8, 12), LocalDate.of(2012, 8, 14));
    private static final String BEFORE = "Killings at Marikana, 12 to 14 August 2012";
    public static final ReportCasualties POLICE_KILLED = new ReportCasualties(DISPUTE_ID, "police-killed", BEFORE,
            CasualtyKind.KILLED, List.of(Claim.of(IOL, 2, 2, 2, "two police officers")), List.of(),
            VictimCategory.POLICE, null, evidence(BEFORE_THE_SHOOTING, MARIKANA, IOL));
    public static final ReportCasualties GUARDS_KILLED = new ReportCasualties(DISPUTE_ID, "guards-killed", BEFORE,
            CasualtyKind.KILLED, List.of(Claim.of(IOL, 2, 2, 2, "two security guards")), List.of(),
            VictimCategory.COMPANY_GUARDS, null, evidence(BEFORE_THE_SHOOTING, MARIKANA, IOL));
    public static final ReportCasualties SHOP_STEWARDS_KILLED = new ReportCasualties(DISPUTE_ID,
            "shop-stewards-killed", BEFORE, CasualtyKind.KILLED,
            List.of(Claim.of(IOL, 3, 3, 3, "three National Union of Mineworkers (NUM) shop stewards")), List.of(),
            VictimCategory.UNIONISTS, null, evidence(BEFORE_THE_SHOOTING, MARIKANA, IOL));

    private static final String SHOOTING = "Police shooting at Marikana, 16 August 2012";
    public static final ReportCasualties STRIKERS_KILLED = new ReportCasualties(DISPUTE_ID, "strikers-killed",
            SHOOTING, CasualtyKind.KILLED,
            List.of(Claim.of(CASAC, 34, 34, 34, "killed 34 men"), Claim.of(BBC, 34, null, null, "At least 34 people")),
            List.of(), VictimCategory.STRIKERS, ActorType.STATE_FORCES,
            new Evidence(When.day(2012, 8, 16), MARIKANA, List.of(CASAC, BBC), null, List.of(POLICE, STRIKERS)));
    public static final ReportCasualties STRIKERS_INJURED = new ReportCasualties(DISPUTE_ID, "strikers-injured",
            SHOOTING, CasualtyKind.INJURED, List.of(Claim.of(BBC, 78, null, null, "At least 78 people were injured")),
            List.of(), VictimCategory.STRIKERS, ActorType.STATE_FORCES,
            new Evidence(When.day(2012, 8, 16), MARIKANA, List.of(BBC), null, List.of(POLICE, STRIKERS)));

    public static final RecordStateAction INQUIRY_ANNOUNCED = new RecordStateAction(DISPUTE_ID, "inquiry-announced",
            StateActionKind.INQUIRY_ANNOUNCED, "President Jacob Zuma", null, evidence(When.day(2012, 8, 17), SOUTH_AFRICA, CASAC));
    public static final RecordStateAction MOURNING = new RecordStateAction(DISPUTE_ID, "mourning-declared",
            StateActionKind.MOURNING, "President Jacob Zuma", null, evidence(When.day(2012, 8, 19), SOUTH_AFRICA, BBC, EWN));

    public static final RecordIntervention FINDINGS = new RecordIntervention(DISPUTE_ID, "commission-findings",
            InterventionKind.INQUIRY_FINDINGS, "Marikana Commission of Inquiry", ActorType.NATIONAL_INSTITUTION,
            new Evidence(When.day(2015, 6, 25), SOUTH_AFRICA, List.of(COMMISSION, MAC),
                    "The police operation's plan was defective; it should not have taken place as it did.",
                    List.of(new Actor(ActorType.NATIONAL_INSTITUTION, "Marikana Commission of Inquiry",
                            ActorRole.INTERVENER, false))));

    /** A year later: the killer unknown, a first-class value rather than a gap. */
    public static final ReportCasualties SHOP_STEWARD_SHOT = new ReportCasualties(DISPUTE_ID, "shop-steward-shot",
            "Shooting of a NUM shop steward at Rowland shaft, 12 August 2013", CasualtyKind.KILLED,
            List.of(Claim.of(AFP, 1, 1, 1, "a person was shot dead")), List.of(), VictimCategory.UNIONISTS,
            ActorType.UNKNOWN, new Evidence(When.day(2013, 8, 12), MARIKANA, List.of(AFP), null,
                    List.of(new Actor(ActorType.UNKNOWN, null, ActorRole.PERPETRATOR, false),
                            new Actor(ActorType.UNION, NUM.name(), ActorRole.TARGET, false))));

    /** Every record above, in the order they happened. */
    public static final List<DisputeCommand> RECORDS = List.of(OPEN_DISPUTE, STRIKE, WAGE_DEMAND, POLICE_KILLED,
            GUARDS_KILLED, SHOP_STEWARDS_KILLED, STRIKERS_KILLED, STRIKERS_INJURED, INQUIRY_ANNOUNCED, MOURNING,
            FINDINGS, SHOP_STEWARD_SHOT);

    private Marikana() {
    }

    public static Evidence evidence(When when, Place where, Source... sources) {
        return new Evidence(when, where, List.of(sources), null);
    }

    public static FixtureConfiguration<Dispute> disputeFixture() {
        return Zhanaozen.fixture(Dispute.class, DISPUTE_ID);
    }
}
