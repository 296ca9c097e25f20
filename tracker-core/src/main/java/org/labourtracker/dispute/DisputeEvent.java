package org.labourtracker.dispute;

import java.util.List;

import org.axonframework.serialization.Revision;
import org.labourtracker.evidence.ActorType;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Evidence;
import org.labourtracker.evidence.Money;
import org.labourtracker.evidence.Person;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Everything recorded about a dispute, one family per kind of happening; a new kind of record
 * goes here. Each carries its record id and its evidence (when, where, sources, notes).
 */
public sealed interface DisputeEvent {

    String disputeId();

    String recordId();

    Evidence evidence();

    /** The counts this record claims, each attributed to its source. */
    default List<Claim> claims() {
        return List.of();
    }

    /** The people this record names: those of its kind (victims, detainees) and those on its evidence. */
    default List<Person> people() {
        return Evidence.peopleOf(evidence());
    }

    record DisputeOpened(String disputeId, String recordId, String title, String industry, DisputeStatus status,
                         List<Organisation> employers, List<Organisation> unions, Evidence evidence)
            implements DisputeEvent {
    }

    record PartyJoined(String disputeId, String recordId, PartySide side, Organisation party, Evidence evidence)
            implements DisputeEvent {
    }

    record StatusChanged(String disputeId, String recordId, DisputeStatus status, Evidence evidence)
            implements DisputeEvent {
    }

    /**
     * Legality, the workers' group and unions' stances came later; a strike stored without them says
     * none, and one that gives no stances is stored without the list, as before.
     */
    record StrikeRecorded(String disputeId, String recordId, StrikeKind kind, String employer,
                          List<Claim> workersOut, StrikeLegality legality, String workers,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) List<UnionStance> unionStances, Evidence evidence) implements DisputeEvent {

        public StrikeRecorded {
            unionStances = unionStances == null ? List.of() : unionStances;
        }

        public StrikeRecorded(String disputeId, String recordId, StrikeKind kind, String employer,
                              List<Claim> workersOut, Evidence evidence) {
            this(disputeId, recordId, kind, employer, workersOut, null, null, List.of(), evidence);
        }

        @Override
        public List<Claim> claims() {
            return workersOut;
        }
    }

    record ProtestRecorded(String disputeId, String recordId, ProtestKind kind, List<Claim> participants,
                           Evidence evidence) implements DisputeEvent {
        @Override
        public List<Claim> claims() {
            return participants;
        }
    }

    /** {@code money}, the sum demanded, came later: a demand stored without it names none. */
    record DemandRaised(String disputeId, String recordId, String demandId, String text, Money money,
                        Evidence evidence) implements DisputeEvent {

        public DemandRaised(String disputeId, String recordId, String demandId, String text, Evidence evidence) {
            this(disputeId, recordId, demandId, text, null, evidence);
        }
    }

    record DemandOutcomeRecorded(String disputeId, String recordId, String demandId, DemandOutcome outcome,
                                 Evidence evidence) implements DisputeEvent {
    }

    /** {@code money} (a settlement, compensation, pay changed) came later: a response stored without it names none. */
    record EmployerResponseRecorded(String disputeId, String recordId, EmployerResponseKind kind, String employer,
                                    List<Claim> affected, Money money, Evidence evidence)
            implements DisputeEvent {

        public EmployerResponseRecorded(String disputeId, String recordId, EmployerResponseKind kind, String employer,
                                        List<Claim> affected, Evidence evidence) {
            this(disputeId, recordId, kind, employer, affected, null, evidence);
        }

        @Override
        public List<Claim> claims() {
            return affected;
        }
    }

    /** {@code money} (compensation) came later: an action stored without it names none. */
    record StateActionRecorded(String disputeId, String recordId, StateActionKind kind, String authority,
                               Money money, Evidence evidence) implements DisputeEvent {

        public StateActionRecorded(String disputeId, String recordId, StateActionKind kind, String authority,
                                   Evidence evidence) {
            this(disputeId, recordId, kind, authority, null, evidence);
        }
    }

    /** A body outside the dispute's parties stepped in: a UN or ILO visit, a statement, an inquiry and its findings. */
    record InterventionRecorded(String disputeId, String recordId, InterventionKind kind, String body,
                                ActorType bodyType, Evidence evidence) implements DisputeEvent {
    }

    /**
     * Revision 2: each claim gives low, best and high. Revision 1 (stored without a revision) gave a
     * single {@code count}; {@link CasualtiesReportedUpcaster} reads it in this shape. {@code victims}
     * and {@code perpetrator} came later without a new revision: a report stored without them reads
     * as not saying (null), which is what it said.
     */
    @Revision("2")
    record CasualtiesReported(String disputeId, String recordId, String incident, CasualtyKind kind,
                              List<Claim> claims, List<Person> named,
                              VictimCategory victims,
                              ActorType perpetrator,
                              Evidence evidence) implements DisputeEvent {

        /** A report that does not say who the victims were or who killed or injured them. */
        public CasualtiesReported(String disputeId, String recordId, String incident, CasualtyKind kind,
                                  List<Claim> claims, List<Person> named, Evidence evidence) {
            this(disputeId, recordId, incident, kind, claims, named, null, null, evidence);
        }

        @Override
        public List<Person> people() {
            return Evidence.peopleOf(named, evidence);
        }
    }

    record DetentionsReported(String disputeId, String recordId, String incident, DetentionKind kind,
                              List<Claim> claims, List<Person> named, Evidence evidence) implements DisputeEvent {
        @Override
        public List<Person> people() {
            return Evidence.peopleOf(named, evidence);
        }
    }

    record AbuseReported(String disputeId, String recordId, AbuseKind kind, List<Claim> claims,
                         List<Person> victims, Evidence evidence) implements DisputeEvent {
        @Override
        public List<Person> people() {
            return Evidence.peopleOf(victims, evidence);
        }
    }

    record DetaineesReleased(String disputeId, String recordId, List<String> personIds, Evidence evidence)
            implements DisputeEvent {
    }
}
