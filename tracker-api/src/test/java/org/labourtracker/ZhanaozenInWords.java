package org.labourtracker;

import static org.labourtracker.ZhanaozenCase.AKTAU;
import static org.labourtracker.ZhanaozenCase.WORKERS_BLOG;
import static org.labourtracker.ZhanaozenCase.WSWS;
import static org.labourtracker.ZhanaozenCase.ZHANAOZEN;
import static org.labourtracker.ZhanaozenCase.evidence;

import java.time.LocalDate;
import java.util.List;

import org.labourtracker.dispute.CasualtyKind;
import org.labourtracker.dispute.DisputeCommand.OpenDispute;
import org.labourtracker.dispute.DisputeCommand.RecordEmployerResponse;
import org.labourtracker.dispute.DisputeCommand.RecordStateAction;
import org.labourtracker.dispute.DisputeCommand.RecordStrike;
import org.labourtracker.dispute.DisputeCommand.ReportCasualties;
import org.labourtracker.dispute.DisputeStatus;
import org.labourtracker.dispute.EmployerResponseKind;
import org.labourtracker.dispute.Organisation;
import org.labourtracker.dispute.StateActionKind;
import org.labourtracker.dispute.StrikeKind;
import org.labourtracker.dispute.VictimCategory;
import org.labourtracker.evidence.ActorType;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Counted;
import org.labourtracker.evidence.Person;
import org.labourtracker.evidence.PersonRole;
import org.labourtracker.evidence.Place;
import org.labourtracker.evidence.Vague;
import org.labourtracker.evidence.When;

/**
 * The Mangystau strike of 2011 in the words its reports used, where they gave no number: David
 * Firestone, "Police massacre striking oil workers in Kazakhstan" (World Socialist Web Site, 19
 * December 2011: "The companies have fired hundreds of striking workers", "The company responded by
 * sending hired thugs to beat several workers", the strike "in both Zhanaozen (at UzenMunayGas ...)
 * and Aktau (at KarazhanbasMunai ...)", "Kazakhstan Prosecutor General Askhat Daulbayev rushed to
 * blame the violence on the 'hooligans'", "President Nursultan Nazarbayev issued a decree declaring
 * a state of emergency"), and the Working Class Self Organization blog, "Striking workers slaughtered
 * in Kazakhstan" (17 December 2011: "journalists at the scene claim to have seen scores of people
 * gunned down"). The beating is first entered, wrongly, as casualties by an unknown perpetrator,
 * and then replaced by the employer's response it was. The same records as tracker-core's fixture of
 * this name, over this module's {@link ZhanaozenCase} sources.
 */
public final class ZhanaozenInWords {

    public static final String DISPUTE_ID = ZhanaozenCase.DISPUTE;

    public static final OpenDispute OPEN_DISPUTE = new OpenDispute(DISPUTE_ID, "open", "Mangystau oil workers' strike",
            "Oil and gas", DisputeStatus.ACTIVE, List.of(new Organisation("KarazhanbasMunai", List.of("KazMunayGas",
            "CITIC Group"))), List.of(), evidence(When.month(2011, 5), AKTAU, WSWS));
    public static final Place MANGYSTAU = new Place(null, "Mangystau", "KZ", null);

    public static final Person DAULBAYEV = new Person("askhat-daulbayev", "Askhat Daulbayev", PersonRole.OFFICIAL,
            false);
    public static final Person NAZARBAYEV = new Person("nursultan-nazarbayev", "Nursultan Nazarbayev",
            PersonRole.POLITICIAN, false);

    /** "The companies have fired hundreds of striking workers": no number, and none invented. */
    public static final RecordEmployerResponse HUNDREDS_FIRED = new RecordEmployerResponse(DISPUTE_ID, "hundreds-fired",
            EmployerResponseKind.DISMISSALS, null,
            List.of(Claim.vague(WSWS, Vague.HUNDREDS, "fired hundreds of striking workers")),
            evidence(When.between(LocalDate.of(2011, 5, 1), LocalDate.of(2011, 12, 16)), MANGYSTAU, WSWS));

    /** "scores of people gunned down", beside the officials' ten. */
    public static final ReportCasualties SCORES_KILLED = new ReportCasualties(DISPUTE_ID, "scores-killed",
            ZhanaozenCase.SHOOTING, CasualtyKind.KILLED,
            List.of(Claim.vague(WORKERS_BLOG, Vague.SCORES, "scores of people gunned down")), List.of(), null,
            ActorType.STATE_FORCES, evidence(When.day(2011, 12, 16), ZHANAOZEN, WORKERS_BLOG));

    /** As many as 18,000 workers out at two employers: two counts of different things, kept apart. */
    public static final RecordStrike OUT_AT_TWO_EMPLOYERS = new RecordStrike(DISPUTE_ID, "out-at-two-employers",
            StrikeKind.SPREAD, null,
            List.of(Claim.of(WSWS, null, null, 18_000, "as many as 18,000 workers have been on strike"),
                    Claim.of(WSWS, 2, 2, 2, "in both Zhanaozen (at UzenMunayGas ...) and Aktau (at KarazhanbasMunai ...)")
                            .counting(Counted.EMPLOYERS)),
            evidence(When.month(2011, 6), MANGYSTAU, WSWS));

    private static final When JANUARY = When.month(2011, 1);

    /** The beating, entered under the wrong kind: casualties by an unknown perpetrator. */
    public static final ReportCasualties BEATING_AS_CASUALTIES = new ReportCasualties(DISPUTE_ID, "workers-beaten",
            "Beating of KarazhanbasMunai workers, January 2011", CasualtyKind.INJURED,
            List.of(Claim.vague(WSWS, Vague.SEVERAL, "to beat several workers")), List.of(), VictimCategory.WORKERS,
            ActorType.UNKNOWN, evidence(JANUARY, AKTAU, WSWS));

    public static final String WRONG_KIND = "The source says the company sent hired thugs: an employer's response by"
            + " its agents, not casualties by an unknown perpetrator";

    /** What the beating was: the company's response, by hired thugs; it supersedes the casualties record. */
    public static final RecordEmployerResponse THUGS_SENT = new RecordEmployerResponse(DISPUTE_ID, "thugs-sent",
            EmployerResponseKind.VIOLENCE_BY_AGENTS, "KarazhanbasMunai",
            List.of(Claim.vague(WSWS, Vague.SEVERAL, "to beat several workers")),
            evidence(JANUARY, AKTAU, WSWS).superseding("workers-beaten", WRONG_KIND));

    /** The prosecutor general, named on the state's account of the unrest. */
    public static final RecordStateAction HOOLIGANS_BLAMED = new RecordStateAction(DISPUTE_ID, "hooligans-blamed",
            StateActionKind.OTHER, "Prosecutor General of Kazakhstan",
            new org.labourtracker.evidence.Evidence(When.day(2011, 12, 16), ZHANAOZEN, List.of(WSWS),
                    "Blamed the violence on \"hooligans\", whom he described as laid-off oil workers")
                    .naming(List.of(DAULBAYEV)));

    /** The president, named on his decree. */
    public static final RecordStateAction EMERGENCY_DECLARED = new RecordStateAction(DISPUTE_ID, "emergency-declared",
            StateActionKind.STATE_OF_EMERGENCY, "President of Kazakhstan",
            evidence(When.day(2011, 12, 17), ZHANAOZEN, WSWS).naming(List.of(NAZARBAYEV)));

    private ZhanaozenInWords() {
    }
}
