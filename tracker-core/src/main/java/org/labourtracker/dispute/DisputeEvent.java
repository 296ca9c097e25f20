package org.labourtracker.dispute;

import java.util.List;

import org.axonframework.serialization.Revision;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Evidence;
import org.labourtracker.evidence.Person;

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

    /** The people this record names. */
    default List<Person> people() {
        return List.of();
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

    record StrikeRecorded(String disputeId, String recordId, StrikeKind kind, String employer,
                          List<Claim> workersOut, Evidence evidence) implements DisputeEvent {
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

    record DemandRaised(String disputeId, String recordId, String demandId, String text, Evidence evidence)
            implements DisputeEvent {
    }

    record DemandOutcomeRecorded(String disputeId, String recordId, String demandId, DemandOutcome outcome,
                                 Evidence evidence) implements DisputeEvent {
    }

    record EmployerResponseRecorded(String disputeId, String recordId, EmployerResponseKind kind, String employer,
                                    List<Claim> affected, Evidence evidence) implements DisputeEvent {
        @Override
        public List<Claim> claims() {
            return affected;
        }
    }

    record StateActionRecorded(String disputeId, String recordId, StateActionKind kind, String authority,
                               Evidence evidence) implements DisputeEvent {
    }

    /**
     * Revision 2: each claim gives low, best and high. Revision 1 (stored without a revision) gave a
     * single {@code count}; {@link CasualtiesReportedUpcaster} reads it in this shape.
     */
    @Revision("2")
    record CasualtiesReported(String disputeId, String recordId, String incident, CasualtyKind kind,
                              List<Claim> claims, List<Person> named, Evidence evidence) implements DisputeEvent {
        @Override
        public List<Person> people() {
            return named;
        }
    }

    record DetentionsReported(String disputeId, String recordId, String incident, DetentionKind kind,
                              List<Claim> claims, List<Person> named, Evidence evidence) implements DisputeEvent {
        @Override
        public List<Person> people() {
            return named;
        }
    }

    record AbuseReported(String disputeId, String recordId, AbuseKind kind, List<Claim> claims,
                         List<Person> victims, Evidence evidence) implements DisputeEvent {
        @Override
        public List<Person> people() {
            return victims;
        }
    }

    record DetaineesReleased(String disputeId, String recordId, List<String> personIds, Evidence evidence)
            implements DisputeEvent {
    }
}
