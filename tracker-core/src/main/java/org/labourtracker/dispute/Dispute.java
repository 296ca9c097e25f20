package org.labourtracker.dispute;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.labourtracker.dispute.DisputeCommand.AddParty;
import org.labourtracker.dispute.DisputeCommand.ChangeStatus;
import org.labourtracker.dispute.DisputeCommand.OpenDispute;
import org.labourtracker.dispute.DisputeCommand.RaiseDemand;
import org.labourtracker.dispute.DisputeCommand.RecordDemandOutcome;
import org.labourtracker.dispute.DisputeCommand.RecordEmployerResponse;
import org.labourtracker.dispute.DisputeCommand.RecordIntervention;
import org.labourtracker.dispute.DisputeCommand.RecordProtest;
import org.labourtracker.dispute.DisputeCommand.RecordStateAction;
import org.labourtracker.dispute.DisputeCommand.RecordStrike;
import org.labourtracker.dispute.DisputeCommand.ReleaseDetainees;
import org.labourtracker.dispute.DisputeCommand.ReportAbuse;
import org.labourtracker.dispute.DisputeCommand.ReportCasualties;
import org.labourtracker.dispute.DisputeCommand.ReportDetentions;
import org.labourtracker.dispute.DisputeEvent.AbuseReported;
import org.labourtracker.dispute.DisputeEvent.CasualtiesReported;
import org.labourtracker.dispute.DisputeEvent.DemandOutcomeRecorded;
import org.labourtracker.dispute.DisputeEvent.DemandRaised;
import org.labourtracker.dispute.DisputeEvent.DetaineesReleased;
import org.labourtracker.dispute.DisputeEvent.DetentionsReported;
import org.labourtracker.dispute.DisputeEvent.DisputeOpened;
import org.labourtracker.dispute.DisputeEvent.EmployerResponseRecorded;
import org.labourtracker.dispute.DisputeEvent.InterventionRecorded;
import org.labourtracker.dispute.DisputeEvent.PartyJoined;
import org.labourtracker.dispute.DisputeEvent.ProtestRecorded;
import org.labourtracker.dispute.DisputeEvent.StateActionRecorded;
import org.labourtracker.dispute.DisputeEvent.StatusChanged;
import org.labourtracker.dispute.DisputeEvent.StrikeRecorded;
import org.labourtracker.editorial.Editable;
import org.labourtracker.editorial.EditorialEvent;
import org.labourtracker.editorial.RecordLog;
import org.labourtracker.evidence.ActorType;
import org.labourtracker.evidence.Checks;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Evidence;
import org.labourtracker.evidence.ExpectedVersion;
import org.labourtracker.evidence.Money;
import org.labourtracker.evidence.Person;
import org.labourtracker.evidence.StreamDirectory;
import org.labourtracker.evidence.StreamNotFound;

/**
 * A labour dispute: the stream of everything recorded about it. Keeps only what its rules need:
 * the record ids taken, the demands and their standing, and who is in detention.
 * <p>
 * Its state is also kept in snapshots (the api module's Snapshots). The revision names the shape of
 * that state: change it with any change to the fields, and a snapshot of the older shape is passed
 * over (the stream is read from its start) instead of being misread. Revision 2: the record log keeps
 * the version each record made.
 */
@Revision("2")
public class Dispute implements Editable {

    @AggregateIdentifier
    private String disputeId;
    private DisputeStatus status;
    private final RecordLog records = new RecordLog();
    private final Map<String, DemandOutcome> demands = new HashMap<>();
    private final Set<String> detained = new HashSet<>();

    protected Dispute() {
    }

    @Override
    public RecordLog records() {
        return records;
    }

    /**
     * Answers every command with the version of the stream that its record made, a repeat too
     * ({@link RecordLog#versionMadeBy}): never a later one that another caller's record made meanwhile,
     * whose ETag would pass an {@code If-Match} for a record the caller never saw.
     */
    @CommandHandlerInterceptor
    Object answerWithVersion(DisputeCommand command, InterceptorChain chain) throws Exception {
        chain.proceed();
        return records.versionMadeBy(command.recordId());
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenDispute command, StreamDirectory directory) {
        if (disputeId != null) {
            Checks.require(records.isRepeat(disputeId, command.recordId(), command), "disputeId",
                    "a dispute with this id is already open");
            return;
        }
        directory.requireUnused(command.disputeId(), "Dispute", "disputeId");
        command.evidence().check("evidence");
        record(new DisputeOpened(command.disputeId(), command.recordId(), command.title(), command.industry(),
                command.status(), Checks.orEmpty(command.employers()), Checks.orEmpty(command.unions()),
                command.evidence()));
    }

    @CommandHandler
    void handle(AddParty command) {
        if (isRepeat(command)) {
            return;
        }
        record(new PartyJoined(disputeId, command.recordId(), command.side(), command.party(), command.evidence()));
    }

    @CommandHandler
    void handle(ChangeStatus command) {
        if (isRepeat(command)) {
            return;
        }
        Checks.require(command.status() != status, "status", "the dispute is already " + status);
        record(new StatusChanged(disputeId, command.recordId(), command.status(), command.evidence()));
    }

    @CommandHandler
    void handle(RecordStrike command) {
        if (isRepeat(command)) {
            return;
        }
        List<Claim> workersOut = Checks.orEmpty(command.workersOut());
        Evidence.checkClaims(workersOut, "workersOut");
        List<UnionStance> stances = Checks.orEmpty(command.unionStances());
        Checks.require(stances.stream().map(UnionStance::union).distinct().count() == stances.size(), "unionStances",
                "must not give a union's stance twice");
        record(new StrikeRecorded(disputeId, command.recordId(), command.kind(), command.employer(), workersOut,
                command.legality(), command.workers(), stances, command.evidence()));
    }

    @CommandHandler
    void handle(RecordProtest command) {
        if (isRepeat(command)) {
            return;
        }
        List<Claim> participants = Checks.orEmpty(command.participants());
        Evidence.checkClaims(participants, "participants");
        countPeople(participants, "participants");
        record(new ProtestRecorded(disputeId, command.recordId(), command.kind(), participants, command.evidence()));
    }

    @CommandHandler
    void handle(RaiseDemand command) {
        if (isRepeat(command)) {
            return;
        }
        Checks.require(!demands.containsKey(command.demandId()), "demandId", "a demand with this id was already raised");
        checkMoney(command.money());
        record(new DemandRaised(disputeId, command.recordId(), command.demandId(), command.text(), command.money(),
                command.evidence()));
    }

    @CommandHandler
    void handle(RecordDemandOutcome command) {
        if (isRepeat(command)) {
            return;
        }
        if (!demands.containsKey(command.demandId())) {
            throw new StreamNotFound("demandId", "no demand with this id was raised in this dispute");
        }
        DemandOutcome standing = demands.get(command.demandId());
        Checks.require(standing == null || !standing.isFinal(), "demandId", "the demand is already " + standing);
        record(new DemandOutcomeRecorded(disputeId, command.recordId(), command.demandId(), command.outcome(),
                command.evidence()));
    }

    @CommandHandler
    void handle(RecordEmployerResponse command) {
        if (isRepeat(command)) {
            return;
        }
        List<Claim> affected = Checks.orEmpty(command.affected());
        Evidence.checkClaims(affected, "affected");
        countPeople(affected, "affected");
        checkMoney(command.money());
        record(new EmployerResponseRecorded(disputeId, command.recordId(), command.kind(), command.employer(),
                affected, command.money(), command.evidence()));
    }

    @CommandHandler
    void handle(RecordStateAction command) {
        if (isRepeat(command)) {
            return;
        }
        checkMoney(command.money());
        record(new StateActionRecorded(disputeId, command.recordId(), command.kind(), command.authority(),
                command.money(), command.evidence()));
    }

    @CommandHandler
    void handle(RecordIntervention command) {
        if (isRepeat(command)) {
            return;
        }
        Checks.require(command.bodyType() != ActorType.UNKNOWN, "bodyType", "an intervening body is known by name");
        record(new InterventionRecorded(disputeId, command.recordId(), command.kind(), command.body(),
                command.bodyType(), command.evidence()));
    }

    @CommandHandler
    void handle(ReportCasualties command) {
        if (isRepeat(command)) {
            return;
        }
        Evidence.checkClaims(command.claims(), "claims");
        countPeople(command.claims(), "claims");
        List<Person> named = Checks.orEmpty(command.named());
        Evidence.checkPeople(named, "named");
        record(new CasualtiesReported(disputeId, command.recordId(), command.incident(), command.kind(),
                command.claims(), named, command.victims(), command.perpetrator(), command.evidence()));
    }

    @CommandHandler
    void handle(ReportDetentions command) {
        if (isRepeat(command)) {
            return;
        }
        List<Claim> claims = Checks.orEmpty(command.claims());
        List<Person> named = Checks.orEmpty(command.named());
        Checks.require(!claims.isEmpty() || !named.isEmpty(), "claims", "a count with its source or a named person is required");
        Evidence.checkClaims(claims, "claims");
        countPeople(claims, "claims");
        Evidence.checkPeople(named, "named");
        record(new DetentionsReported(disputeId, command.recordId(), command.incident(), command.kind(), claims,
                named, command.evidence()));
    }

    @CommandHandler
    void handle(ReportAbuse command) {
        if (isRepeat(command)) {
            return;
        }
        List<Claim> claims = Checks.orEmpty(command.claims());
        List<Person> victims = Checks.orEmpty(command.victims());
        Checks.require(!claims.isEmpty() || !victims.isEmpty(), "claims", "a count with its source or a named victim is required");
        Evidence.checkClaims(claims, "claims");
        countPeople(claims, "claims");
        Evidence.checkPeople(victims, "victims");
        record(new AbuseReported(disputeId, command.recordId(), command.kind(), claims, victims, command.evidence()));
    }

    @CommandHandler
    void handle(ReleaseDetainees command) {
        if (isRepeat(command)) {
            return;
        }
        Set<String> stillDetained = new HashSet<>(detained);
        for (int i = 0; i < command.personIds().size(); i++) {
            Checks.require(stillDetained.remove(command.personIds().get(i)), "personIds[" + i + "]",
                    "no detention of this person is recorded in this dispute, or the release already is");
        }
        record(new DetaineesReleased(disputeId, command.recordId(), List.copyOf(command.personIds()),
                command.evidence()));
    }

    /**
     * Applies a new record and, when its evidence says it supersedes an earlier record, the mark that
     * it does: checked first, so that a refused supersession records nothing.
     */
    private void record(DisputeEvent event) {
        EditorialEvent superseding = records.superseding(event.disputeId(), event.recordId(), event.evidence());
        apply(event);
        if (superseding != null) {
            apply(superseding);
        }
    }

    /**
     * Only a strike's figures may count employers or establishments on strike; those of every other
     * record count people (or workers), so that no total adds a count of firms to a count of people.
     */
    private static void countPeople(List<Claim> claims, String field) {
        for (int i = 0; i < claims.size(); i++) {
            Checks.require(claims.get(i).countsPeople(), field + "[" + i + "].counted",
                    "these figures count people, not " + claims.get(i).counted());
        }
    }

    /**
     * A command sent again records nothing; a new one must have seen the stream as it is now, and its
     * evidence must hold together (the field rules were enforced before, by RecordRules).
     */
    private boolean isRepeat(DisputeCommand command) {
        if (records.isRepeat(disputeId, command.recordId(), (Record) command)) {
            return true;
        }
        ExpectedVersion.check(AggregateLifecycle.getVersion());
        command.evidence().check("evidence");
        return false;
    }

    private static void checkMoney(Money money) {
        if (money != null) {
            money.check("money");
        }
    }

    @EventSourcingHandler
    void on(DisputeEvent event, @SequenceNumber long sequence) {
        records.recorded((Record) event, sequence, event.recordId(), !event.claims().isEmpty(), event.people());
        if (event instanceof DisputeOpened opened) {
            disputeId = opened.disputeId();
            status = opened.status();
        } else if (event instanceof StatusChanged changed) {
            status = changed.status();
        } else if (event instanceof DemandRaised raised) {
            demands.put(raised.demandId(), null);
        } else if (event instanceof DemandOutcomeRecorded outcome) {
            demands.put(outcome.demandId(), outcome.outcome());
        } else if (event instanceof DetentionsReported detentions) {
            detentions.named().forEach(person -> detained.add(person.id()));
        } else if (event instanceof DetaineesReleased released) {
            detained.removeAll(released.personIds());
        }
    }

    @EventSourcingHandler
    void on(EditorialEvent event, @SequenceNumber long sequence) {
        records.edited(event, sequence);
    }
}
