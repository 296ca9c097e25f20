package org.labourtracker.projections.summary;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.labourtracker.dispute.DemandOutcome;
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
import org.labourtracker.evidence.Place;
import org.labourtracker.projections.figures.Spread;
import org.labourtracker.projections.history.Describe;
import org.labourtracker.projections.history.Redactor;
import org.labourtracker.projections.history.StoredRecord;

/**
 * Computes a dispute's summary from its records: pure, for the live view and time travel alike. It
 * needs the records of the kinds in {@link #TYPES}, the standing record that happened last and the
 * number of standing records; {@link #fromAll} finds those among all records.
 */
public final class Summaries {

    /** The kinds of record a summary reads in full. */
    public static final Set<String> TYPES = Set.of(DisputeOpened.class.getSimpleName(),
            PartyJoined.class.getSimpleName(), StatusChanged.class.getSimpleName(), DemandRaised.class.getSimpleName(),
            DemandOutcomeRecorded.class.getSimpleName(), StrikeRecorded.class.getSimpleName());

    private static final Set<DisputeStatus> ACTIVE = Set.of(DisputeStatus.BREWING, DisputeStatus.ACTIVE,
            DisputeStatus.ESCALATED);
    /** The statuses that close a dispute; a suppressed or suspended one may flare up again. */
    private static final Set<DisputeStatus> OVER = Set.of(DisputeStatus.ENDED, DisputeStatus.SETTLED);

    private Summaries() {
    }

    public static boolean isActive(DisputeStatus status) {
        return ACTIVE.contains(status);
    }

    /** The summary from all the dispute's records, as time travel has them. */
    public static DisputeSummary fromAll(String disputeId, Collection<StoredRecord> records, LocalDate asOf,
                                         Redactor redactor) {
        List<StoredRecord> relevant = records.stream().filter(r -> TYPES.contains(r.type())).toList();
        Optional<StoredRecord> latest = records.stream().filter(StoredRecord::stands)
                .max(StoredRecord.TIMELINE_ORDER);
        long standing = records.stream().filter(StoredRecord::stands).count();
        return of(disputeId, relevant, latest, standing, asOf, redactor);
    }

    public static DisputeSummary of(String disputeId, Collection<StoredRecord> relevant, Optional<StoredRecord> latest,
                                    long standingRecords, LocalDate asOf, Redactor redactor) {
        KeptSummary kept = kept(disputeId, relevant);
        return kept == null ? null : of(kept, latest, standingRecords, asOf, redactor);
    }

    /**
     * The summary from what is kept of it, for the day {@code asOf}: the days it has lasted, its latest
     * development and its count of standing records, as a reader may see it.
     */
    public static DisputeSummary of(KeptSummary kept, Optional<StoredRecord> latest, long standingRecords,
                                    LocalDate asOf, Redactor redactor) {
        DisputeSummary s = kept.summary();
        // a closed dispute lasted until the day the timeline places the record that closed it
        LocalDate until = OVER.contains(s.status()) ? s.statusSince().on() : asOf;
        long days = ChronoUnit.DAYS.between(s.started().on(), until);
        WorkersOut out = s.workersOut() == null ? null : new WorkersOut(s.workersOut().recordId(),
                s.workersOut().employer(), s.workersOut().when(), redactor.claims(s.workersOut().claims()),
                s.workersOut().spread());
        return new DisputeSummary(s.disputeId(), s.title(), s.industry(), s.status(), s.statusSince(), s.active(),
                s.country(), s.region(), s.place(), s.started(), asOf, days < 0 ? null : days, s.employers(),
                s.unions(), out, s.demands(), s.openDemands(),
                latest.map(r -> development(r, kept.demandTexts())).orElse(null), standingRecords);
    }

    /**
     * What a dispute's summary keeps while none of its records of the kinds in {@link #TYPES} changes,
     * unredacted; null for a dispute without a standing opening record.
     */
    public static KeptSummary kept(String disputeId, Collection<StoredRecord> relevant) {
        List<StoredRecord> ordered = relevant.stream().sorted(StoredRecord.TIMELINE_ORDER).toList();
        List<StoredRecord> standing = ordered.stream().filter(StoredRecord::stands).toList();
        // a dispute whose opening record no longer stands (retracted as opened in error, say) is withdrawn:
        // no summary, as for a dispute never opened; its records and their history stay in its timeline
        StoredRecord opening = standing.stream().filter(r -> r.payload() instanceof DisputeOpened).findFirst()
                .orElse(null);
        if (opening == null) {
            return null;
        }
        DisputeOpened opened = (DisputeOpened) opening.payload();

        StoredRecord statusRecord = standing.stream()
                .filter(r -> r.payload() instanceof DisputeOpened || r.payload() instanceof StatusChanged)
                .reduce((a, b) -> b).orElse(opening);
        DisputeStatus status = statusRecord.payload() instanceof StatusChanged changed ? changed.status()
                : opened.status();

        Map<String, Party> employers = new LinkedHashMap<>();
        Map<String, Party> unions = new LinkedHashMap<>();
        opened.employers().forEach(o -> addParty(employers, o, opening.recordId()));
        opened.unions().forEach(o -> addParty(unions, o, opening.recordId()));
        for (StoredRecord r : standing) {
            if (r.payload() instanceof PartyJoined joined) {
                addParty(joined.side() == PartySide.EMPLOYER ? employers : unions, joined.party(), r.recordId());
            }
        }

        List<DemandView> demands = new ArrayList<>();
        for (StoredRecord r : standing) {
            if (r.payload() instanceof DemandRaised raised) {
                StoredRecord outcome = standing.stream()
                        .filter(o -> o.payload() instanceof DemandOutcomeRecorded d && d.demandId().equals(raised.demandId()))
                        .reduce((a, b) -> b).orElse(null);
                DemandOutcome result = outcome == null ? null : ((DemandOutcomeRecorded) outcome.payload()).outcome();
                demands.add(new DemandView(raised.demandId(), raised.text(), r.when(), result,
                        outcome == null ? null : outcome.when(), isOpen(result)));
            }
        }

        Place where = opening.evidence().where();
        return new KeptSummary(new DisputeSummary(disputeId, opened.title(), opened.industry(), status,
                statusRecord.when(), isActive(status), where.country(), where.region(), where.name(), opening.when(),
                null, null, List.copyOf(employers.values()), List.copyOf(unions.values()), workersOut(standing),
                List.copyOf(demands), (int) demands.stream().filter(DemandView::open).count(), null, 0),
                Describe.demandTexts(ordered));
    }

    /**
     * Whether a demand is still open: nothing won and nothing dropped. A refused demand stays open, as
     * the workers still press it and a researcher counts it among the dispute's unresolved grievances;
     * one partly met has been answered (what was won is in its outcome), one withdrawn has been dropped.
     */
    private static boolean isOpen(DemandOutcome outcome) {
        return outcome == null || outcome == DemandOutcome.REFUSED;
    }

    /**
     * The figures of the latest strike record that gives any, among the strikes still out. A strike
     * ended at an employer ends the strike there, one ended with no employer named ends them all, and
     * so does the dispute ending or being settled. Figures on a strike's end (those who went back) are
     * not workers out, nor are its counts of employers or establishments on strike.
     */
    private static WorkersOut workersOut(List<StoredRecord> standing) {
        Map<String, StoredRecord> out = new LinkedHashMap<>();
        for (StoredRecord r : standing) {
            if (r.payload() instanceof StrikeRecorded strike) {
                if (strike.kind() == StrikeKind.ENDED && strike.employer() == null) {
                    out.clear();
                } else if (strike.kind() == StrikeKind.ENDED) {
                    out.remove(strike.employer());
                } else if (r.claims().stream().anyMatch(Claim::countsPeople)) {
                    // removed first, so that the latest figure comes last
                    out.remove(strike.employer());
                    out.put(strike.employer(), r);
                }
            } else if (r.payload() instanceof StatusChanged changed && OVER.contains(changed.status())) {
                out.clear();
            }
        }
        return out.values().stream().reduce((a, b) -> b)
                .map(r -> {
                    List<Claim> workers = r.claims().stream().filter(Claim::countsPeople).toList();
                    return new WorkersOut(r.recordId(), ((StrikeRecorded) r.payload()).employer(), r.when(),
                            workers, Spread.of(workers));
                })
                .orElse(null);
    }

    private static Development development(StoredRecord r, Map<String, String> demandTexts) {
        return new Development(r.streamId(), r.recordId(), r.type(), Describe.headline(r.payload(), demandTexts),
                r.when(), r.recordedAt());
    }

    private static void addParty(Map<String, Party> parties, Organisation organisation, String recordId) {
        Party known = parties.get(organisation.name());
        List<String> owners = organisation.owners() == null ? List.of() : organisation.owners();
        if (known == null) {
            parties.put(organisation.name(), new Party(organisation.name(), List.copyOf(owners), recordId));
        } else {
            Set<String> merged = new LinkedHashSet<>(known.owners());
            merged.addAll(owners);
            parties.put(organisation.name(), new Party(known.name(), List.copyOf(merged), known.recordId()));
        }
    }

}
