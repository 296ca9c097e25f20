package org.labourtracker.projections;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.labourtracker.dispute.CasualtyKind;
import org.labourtracker.dispute.DemandOutcome;
import org.labourtracker.dispute.DisputeEvent;
import org.labourtracker.dispute.DisputeEvent.CasualtiesReported;
import org.labourtracker.dispute.DisputeEvent.DemandOutcomeRecorded;
import org.labourtracker.dispute.DisputeEvent.DemandRaised;
import org.labourtracker.dispute.DisputeEvent.DisputeOpened;
import org.labourtracker.dispute.DisputeEvent.PartyJoined;
import org.labourtracker.dispute.DisputeEvent.StatusChanged;
import org.labourtracker.dispute.DisputeEvent.StrikeRecorded;
import org.labourtracker.dispute.DisputeStatus;
import org.labourtracker.dispute.Organisation;
import org.labourtracker.dispute.PartySide;
import org.labourtracker.dispute.StrikeKind;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Evidence;
import org.labourtracker.evidence.Place;
import org.labourtracker.evidence.Reliability;
import org.labourtracker.evidence.Source;
import org.labourtracker.evidence.SourceKind;
import org.labourtracker.evidence.When;
import org.labourtracker.editorial.EditorialEvent;
import org.labourtracker.legal.CaseEvent;
import org.labourtracker.projections.figures.DisputeFigures;
import org.labourtracker.projections.figures.Figures;
import org.labourtracker.projections.history.MemoryRecords;
import org.labourtracker.projections.history.RecordFold;
import org.labourtracker.projections.history.Redactor;
import org.labourtracker.projections.history.StoredRecord;
import org.labourtracker.projections.history.StreamEvent;
import org.labourtracker.projections.people.DisputePeople;
import org.labourtracker.projections.people.PeopleViews;
import org.labourtracker.projections.summary.DisputeSummary;
import org.labourtracker.projections.summary.Summaries;
import org.labourtracker.projections.timeline.DisputeTimeline;
import org.labourtracker.projections.timeline.Timelines;

/**
 * The 2011 oil strike in Mangystau, Kazakhstan, as records, from the seed articles: WSWS, "Police
 * massacre striking oil workers in Kazakhstan" (David Firestone, 19 December 2011); the Working Class
 * Self Organization blog, "Striking workers slaughtered in Kazakhstan" (17 December 2011); and
 * Emancipation, "Strikes return to Zhanaozen ten years after the massacre" (21 July 2021), which also
 * tells of the KMG-Security strike of 2021. Each test adds the records it needs to {@link #strike()}.
 * Records, legal cases and edits go through {@link RecordFold}, the read side's one fold, as the live
 * read models and time travel do; each is recorded a minute after the one before.
 */
public final class Mangystau {

    public static final String DISPUTE = "mangystau-oil-strike-2011";

    public static final Source WSWS = new Source("World Socialist Web Site",
            "Police massacre striking oil workers in Kazakhstan",
            "https://www.wsws.org/en/articles/2011/dec2011/kaza-d19.shtml", "David Firestone",
            LocalDate.of(2011, 12, 19), "en", SourceKind.MEDIA, Reliability.FAIRLY_RELIABLE, false);
    public static final Source OFFICIALS_VIA_WSWS = new Source("Government of Kazakhstan",
            "Official figures as reported in 'Police massacre striking oil workers in Kazakhstan' (WSWS)", null, null,
            LocalDate.of(2011, 12, 19), "en", SourceKind.OFFICIAL, Reliability.NOT_USUALLY_RELIABLE, false);
    public static final Source WORKERS_BLOG = new Source("Working Class Self Organization blog",
            "Striking workers slaughtered in Kazakhstan", null, null, LocalDate.of(2011, 12, 17), "en",
            SourceKind.OTHER, Reliability.CANNOT_BE_JUDGED, false);
    public static final Source EMANCIPATION = new Source("Emancipation",
            "Strikes return to Zhanaozen ten years after the massacre", null, null, LocalDate.of(2021, 7, 21), "en",
            SourceKind.MEDIA, Reliability.FAIRLY_RELIABLE, false);
    public static final Source EURASIANET = new Source("Eurasianet",
            "Kazakhstan: Surprise Release for Zhanaozen Union Lawyer",
            "https://eurasianet.org/kazakhstan-surprise-release-for-zhanaozen-union-lawyer", null, null, "en",
            SourceKind.MEDIA, Reliability.USUALLY_RELIABLE, false);

    public static final Place AKTAU = new Place("Aktau", "Mangystau Region", "KZ", null);
    public static final Place ZHANAOZEN = new Place("Zhanaozen", "Mangystau Region", "KZ", null);

    public static final Organisation KARAZHANBASMUNAI = new Organisation("KarazhanbasMunai",
            List.of("KazMunayGas", "CITIC Group"));
    public static final Organisation UZENMUNAYGAS = new Organisation("UzenMunayGas", List.of("KazMunayGas"));
    public static final Organisation KARAZHANBASMUNAI_UNION = new Organisation("Trade union of KarazhanbasMunai workers",
            List.of());

    /** A day long after the strike, to ask for today's summary on. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private final String disputeId;
    private final MemoryRecords store = new MemoryRecords();
    private final Map<String, Long> sequences = new HashMap<>();
    private Instant recordedAt = Instant.parse("2026-01-05T09:00:00Z");

    private Mangystau(String disputeId) {
        this.disputeId = disputeId;
    }

    /**
     * The strike as WSWS tells it up to the shooting: it "began in May at KarazhanbasMunai in Aktau",
     * "soon spread to UzenMunayGas in Zhanaozen", "as many as 18,000 workers have been on strike";
     * the workers demand "that the companies comply with agreements to raise the workers' wages" and
     * have "added the freeing of Sokolova to their list of demands"; police fired on the crowd in
     * Zhanaozen on 16 December: "Government officials reported the deaths of 13 workers, but other
     * sources claim over 70 people were killed".
     */
    public static Mangystau strike() {
        Mangystau m = new Mangystau(DISPUTE);
        m.add(new DisputeOpened(DISPUTE, "open", "Mangystau oil workers' strike", "Oil and gas", DisputeStatus.ACTIVE,
                List.of(KARAZHANBASMUNAI), List.of(KARAZHANBASMUNAI_UNION), evidence(When.month(2011, 5), AKTAU, WSWS)));
        m.add(new DemandRaised(DISPUTE, "demand-wages", "wages", "Honour the agreements to raise workers' wages",
                evidence(When.month(2011, 5), AKTAU, WSWS)));
        m.add(new StrikeRecorded(DISPUTE, "strike-karazhanbas", StrikeKind.STARTED, "KarazhanbasMunai", List.of(),
                evidence(When.month(2011, 5), AKTAU, WSWS)));
        When spread = When.between(LocalDate.of(2011, 5, 1), LocalDate.of(2011, 6, 30));
        m.add(new PartyJoined(DISPUTE, "party-uzen", PartySide.EMPLOYER, UZENMUNAYGAS,
                evidence(spread, ZHANAOZEN, WSWS)));
        m.add(new StrikeRecorded(DISPUTE, "strike-uzen", StrikeKind.SPREAD, "UzenMunayGas",
                List.of(Claim.of(WSWS, null, null, 18_000, "as many as 18,000 workers")),
                evidence(spread, ZHANAOZEN, WSWS)));
        m.add(new DemandRaised(DISPUTE, "demand-free-sokolova", "free-sokolova",
                "Free the union's lawyer Natalia Sokolova",
                evidence(When.between(LocalDate.of(2011, 8, 1), LocalDate.of(2011, 12, 16)), ZHANAOZEN, WSWS)));
        m.add(new CasualtiesReported(DISPUTE, "shooting-killed", "Shooting in Zhanaozen town square, 16 December 2011",
                CasualtyKind.KILLED,
                List.of(Claim.of(OFFICIALS_VIA_WSWS, 13, 13, 13, "the deaths of 13 workers"),
                        Claim.of(WSWS, 71, null, null, "over 70 people were killed")),
                List.of(), evidence(When.day(2011, 12, 16), ZHANAOZEN, WSWS)));
        return m;
    }

    /**
     * The strike at KMG-Security in Zhanaozen in 2021, as Emancipation tells it: it broke out "a week
     * later" than the June strike at KEZBI (so June is an approximation); "Over a thousand of the
     * company's 1,200 employees went on strike"; "the strikers kept the strike going and ended up
     * bending the company's arm last week", i.e. between 12 and 18 July 2021.
     */
    public static Mangystau securityGuardsStrike() {
        String id = "kmg-security-strike-2021";
        Organisation kmgSecurity = new Organisation("KMG-Security", List.of());
        Mangystau m = new Mangystau(id);
        m.add(new DisputeOpened(id, "open", "KMG-Security guards' strike", "Security services", DisputeStatus.ACTIVE,
                List.of(kmgSecurity), List.of(), evidence(When.month(2021, 6), ZHANAOZEN, EMANCIPATION)));
        m.add(new StrikeRecorded(id, "strike", StrikeKind.STARTED, "KMG-Security",
                List.of(Claim.of(EMANCIPATION, 1_001, null, 1_200, "over a thousand of the company's 1,200 employees")),
                evidence(When.month(2021, 6), ZHANAOZEN, EMANCIPATION)));
        m.add(new StatusChanged(id, "settled", DisputeStatus.SETTLED,
                evidence(When.between(LocalDate.of(2021, 7, 12), LocalDate.of(2021, 7, 18)), ZHANAOZEN, EMANCIPATION)));
        return m;
    }

    /** Another case's dispute, with no records yet, recorded through the same fold. */
    public static Mangystau dispute(String disputeId) {
        return new Mangystau(disputeId);
    }

    public static Evidence evidence(When when, Place where, Source... sources) {
        return new Evidence(when, where, List.of(sources), null);
    }

    /** Adds a record as if recorded now, a minute after the one before. */
    public Mangystau add(DisputeEvent event) {
        return fold(disputeId, event);
    }

    /** Adds a record of a legal case, in the case's own stream. */
    public Mangystau add(CaseEvent event) {
        return fold(event.caseId(), event);
    }

    /** Adds an editorial record (correction, retraction, merge, confidentiality) in the stream it names. */
    public Mangystau edit(EditorialEvent event) {
        return fold(event.streamId(), event);
    }

    private Mangystau fold(String streamId, Object payload) {
        long sequence = sequences.merge(streamId, 1L, Long::sum) - 1;
        RecordFold.apply(new StreamEvent(streamId, sequence, recordedAt, "monitor", payload), store);
        recordedAt = recordedAt.plusSeconds(60);
        return this;
    }

    public String disputeId() {
        return disputeId;
    }

    /** The records as they stand after every edit so far. */
    public List<StoredRecord> records() {
        return store.records();
    }

    /** A redactor for a reader who may ({@code true}) or may not see confidential people and sources. */
    public Redactor redactor(boolean confidentialVisible) {
        return Redactor.of(confidentialVisible, store.confidentiality(), records());
    }

    public Mangystau statusChanged(String recordId, DisputeStatus status, When when, Source source) {
        return add(new StatusChanged(disputeId, recordId, status, evidence(when, ZHANAOZEN, source)));
    }

    public Mangystau strike(String recordId, StrikeKind kind, String employer, When when, Source source) {
        return add(new StrikeRecorded(disputeId, recordId, kind, employer, List.of(), evidence(when, ZHANAOZEN, source)));
    }

    public Mangystau demandOutcome(String recordId, String demandId, DemandOutcome outcome, When when, Source source) {
        return add(new DemandOutcomeRecorded(disputeId, recordId, demandId, outcome, evidence(when, ZHANAOZEN, source)));
    }

    public DisputeTimeline timeline() {
        return timeline(true);
    }

    public DisputeTimeline timeline(boolean confidentialVisible) {
        return Timelines.of(disputeId, records(), redactor(confidentialVisible));
    }

    public DisputeSummary summary(LocalDate asOf) {
        return Summaries.fromAll(disputeId, records(), asOf, redactor(true));
    }

    public DisputeFigures figures(boolean confidentialVisible) {
        return Figures.of(disputeId, records(), redactor(confidentialVisible));
    }

    public DisputePeople people(boolean confidentialVisible) {
        return PeopleViews.of(disputeId, records(), redactor(confidentialVisible));
    }
}
