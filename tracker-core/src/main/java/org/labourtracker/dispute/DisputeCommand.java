package org.labourtracker.dispute;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.labourtracker.evidence.ActorType;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Evidence;
import org.labourtracker.evidence.Money;
import org.labourtracker.evidence.Person;

/**
 * What a monitor can record about a dispute. Every command carries a client-chosen
 * {@code recordId}: sending the same command again records nothing new.
 */
public sealed interface DisputeCommand {

    String disputeId();

    String recordId();

    Evidence evidence();

    /** Opens a dispute; where and when it began come from the evidence. */
    record OpenDispute(@TargetAggregateIdentifier String disputeId, String recordId, String title, String industry,
                       DisputeStatus status, List<Organisation> employers, List<Organisation> unions,
                       Evidence evidence) implements DisputeCommand {
    }

    record AddParty(@TargetAggregateIdentifier String disputeId, String recordId, PartySide side,
                    Organisation party, Evidence evidence) implements DisputeCommand {
    }

    record ChangeStatus(@TargetAggregateIdentifier String disputeId, String recordId, DisputeStatus status,
                        Evidence evidence) implements DisputeCommand {
    }

    /** A strike starting, spreading to another employer or site, or ending; workers out as claims. */
    record RecordStrike(@TargetAggregateIdentifier String disputeId, String recordId, StrikeKind kind,
                        String employer, List<Claim> workersOut, StrikeLegality legality, String workers,
                        List<UnionStance> unionStances, Evidence evidence) implements DisputeCommand {

        public RecordStrike(String disputeId, String recordId, StrikeKind kind, String employer,
                            List<Claim> workersOut, Evidence evidence) {
            this(disputeId, recordId, kind, employer, workersOut, null, null, null, evidence);
        }
    }

    record RecordProtest(@TargetAggregateIdentifier String disputeId, String recordId, ProtestKind kind,
                         List<Claim> participants, Evidence evidence) implements DisputeCommand {
    }

    /** A demand in its own words, with the sum demanded where it names one. */
    record RaiseDemand(@TargetAggregateIdentifier String disputeId, String recordId, String demandId,
                       String text, Money money, Evidence evidence) implements DisputeCommand {

        public RaiseDemand(String disputeId, String recordId, String demandId, String text, Evidence evidence) {
            this(disputeId, recordId, demandId, text, null, evidence);
        }
    }

    record RecordDemandOutcome(@TargetAggregateIdentifier String disputeId, String recordId, String demandId,
                               DemandOutcome outcome, Evidence evidence) implements DisputeCommand {
    }

    /** Dismissals, lockouts, replacement workers, threats, concessions, agreements ...; counts as claims. */
    record RecordEmployerResponse(@TargetAggregateIdentifier String disputeId, String recordId,
                                  EmployerResponseKind kind, String employer, List<Claim> affected, Money money,
                                  Evidence evidence) implements DisputeCommand {

        public RecordEmployerResponse(String disputeId, String recordId, EmployerResponseKind kind, String employer,
                                      List<Claim> affected, Evidence evidence) {
            this(disputeId, recordId, kind, employer, affected, null, evidence);
        }
    }

    record RecordStateAction(@TargetAggregateIdentifier String disputeId, String recordId, StateActionKind kind,
                             String authority, Money money, Evidence evidence) implements DisputeCommand {

        public RecordStateAction(String disputeId, String recordId, StateActionKind kind, String authority,
                                 Evidence evidence) {
            this(disputeId, recordId, kind, authority, null, evidence);
        }
    }

    /** An outside body's intervention: which body, of what type (an international body, a national institution ...). */
    record RecordIntervention(@TargetAggregateIdentifier String disputeId, String recordId, InterventionKind kind,
                              String body, ActorType bodyType, Evidence evidence) implements DisputeCommand {
    }

    /**
     * Killed or injured in one incident: each source's figure a claim, victims named where known, who
     * the victims were and who killed or injured them when a source says so ({@code UNKNOWN} when it
     * says nobody knows).
     */
    record ReportCasualties(@TargetAggregateIdentifier String disputeId, String recordId, String incident,
                            CasualtyKind kind, List<Claim> claims, List<Person> named, VictimCategory victims,
                            ActorType perpetrator, Evidence evidence) implements DisputeCommand {

        public ReportCasualties(String disputeId, String recordId, String incident, CasualtyKind kind,
                                List<Claim> claims, List<Person> named, Evidence evidence) {
            this(disputeId, recordId, incident, kind, claims, named, null, null, evidence);
        }
    }

    record ReportDetentions(@TargetAggregateIdentifier String disputeId, String recordId, String incident,
                            DetentionKind kind, List<Claim> claims, List<Person> named, Evidence evidence)
            implements DisputeCommand {
    }

    record ReportAbuse(@TargetAggregateIdentifier String disputeId, String recordId, AbuseKind kind,
                       List<Claim> claims, List<Person> victims, Evidence evidence) implements DisputeCommand {
    }

    /** People named in an earlier detention report are free again. */
    record ReleaseDetainees(@TargetAggregateIdentifier String disputeId, String recordId, List<String> personIds,
                            Evidence evidence) implements DisputeCommand {
    }
}
