package org.labourtracker.legal;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.List;
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
import org.labourtracker.editorial.Editable;
import org.labourtracker.editorial.EditorialEvent;
import org.labourtracker.editorial.RecordLog;
import org.labourtracker.evidence.Checks;
import org.labourtracker.evidence.ExpectedVersion;
import org.labourtracker.evidence.StreamDirectory;
import org.labourtracker.evidence.StreamNotFound;
import org.labourtracker.legal.CaseCommand.CloseCase;
import org.labourtracker.legal.CaseCommand.DecideAppeal;
import org.labourtracker.legal.CaseCommand.DeliverVerdict;
import org.labourtracker.legal.CaseCommand.FileAppeal;
import org.labourtracker.legal.CaseCommand.FileCharges;
import org.labourtracker.legal.CaseCommand.OpenCase;
import org.labourtracker.legal.CaseCommand.RecordHearing;
import org.labourtracker.legal.CaseCommand.ReleaseDefendant;
import org.labourtracker.legal.CaseEvent.AppealDecided;
import org.labourtracker.legal.CaseEvent.AppealFiled;
import org.labourtracker.legal.CaseEvent.CaseClosed;
import org.labourtracker.legal.CaseEvent.CaseOpened;
import org.labourtracker.legal.CaseEvent.ChargesFiled;
import org.labourtracker.legal.CaseEvent.DefendantReleased;
import org.labourtracker.legal.CaseEvent.HearingHeld;
import org.labourtracker.legal.CaseEvent.VerdictDelivered;

/**
 * A court case in a dispute's legal track. Its rules follow the course of a case: a verdict
 * needs a case awaiting one, an appeal a verdict, a release a defendant in custody; a case closed
 * without a verdict takes no more charges, hearings or verdicts. A defendant is a named person or a
 * described group, and charges, judgements and releases name either by its id.
 * <p>
 * Charges may cite the dispute's detention records of the arrests behind them. The case cannot read
 * the dispute's records (another stream, written concurrently, and a record may be retracted there
 * later), so it checks only that each is a well-formed id cited once; the people view shows which
 * ones the dispute holds.
 * <p>
 * Its state is also kept in snapshots (the api module's Snapshots). The revision names the shape of
 * that state: change it with any change to the fields, and a snapshot of the older shape is passed
 * over (the stream is read from its start) instead of being misread. Revision 2: the record log's
 * fingerprints are of the case events' second shape, field by field, which a first-shape one is not.
 * Revision 3: the record log keeps the version each record made.
 */
@Revision("3")
public class LegalCase implements Editable {

    /** Where a case stands; a retrial ordered on appeal sends it back to awaiting a verdict. */
    private enum Stage { AWAITING_VERDICT, DECIDED, UNDER_APPEAL, CLOSED }

    @AggregateIdentifier
    private String caseId;
    private Stage stage;
    private final RecordLog records = new RecordLog();
    private final Set<String> defendants = new HashSet<>();
    private final Set<String> inCustody = new HashSet<>();

    protected LegalCase() {
    }

    @Override
    public RecordLog records() {
        return records;
    }

    /** Answers every command with the version of the case that its record made, as a dispute does. */
    @CommandHandlerInterceptor
    Object answerWithVersion(CaseCommand command, InterceptorChain chain) throws Exception {
        chain.proceed();
        return records.versionMadeBy(command.recordId());
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenCase command, StreamDirectory directory) {
        if (caseId != null) {
            Checks.require(records.isRepeat(caseId, command.recordId(), command), "caseId",
                    "a case with this id is already open");
            return;
        }
        directory.requireUnused(command.caseId(), "LegalCase", "caseId");
        command.evidence().check("evidence");
        if (!directory.typeOf(command.disputeId()).filter("Dispute"::equals).isPresent()) {
            throw new StreamNotFound("disputeId", "no dispute has this id");
        }
        List<Defendant> named = Checks.orEmpty(command.defendants());
        Checks.require(named.stream().map(defendant -> defendant.person().id()).distinct().count() == named.size(),
                "defendants", "must not name a person twice");
        List<DefendantGroup> groups = Checks.orEmpty(command.groups());
        Set<String> ids = new HashSet<>(named.stream().map(defendant -> defendant.person().id()).toList());
        for (int i = 0; i < groups.size(); i++) {
            String path = "groups[" + i + "]";
            groups.get(i).check(path);
            Checks.require(ids.add(groups.get(i).id()), path + ".id", "is already the id of another defendant");
        }
        Checks.require(!named.isEmpty() || !groups.isEmpty() || command.unnamedDefendants() > 0, "defendants",
                "a case needs named defendants, a group, or a number of unnamed ones");
        record(new CaseOpened(command.caseId(), command.recordId(), command.disputeId(), command.title(),
                command.court(), command.prosecutor(), named, groups, command.unnamedDefendants(),
                command.evidence()));
    }

    @CommandHandler
    void handle(FileCharges command) {
        if (isRepeat(command)) {
            return;
        }
        requireNotClosed();
        List<String> charged = Checks.orEmpty(command.defendantIds());
        checkDefendants(charged, "defendantIds");
        List<String> detentions = Checks.orEmpty(command.detentionRecordIds());
        Checks.require(detentions.stream().distinct().count() == detentions.size(), "detentionRecordIds",
                "must not cite a detention record twice");
        record(new ChargesFiled(caseId, command.recordId(), charged, command.charges(), detentions,
                command.evidence()));
    }

    @CommandHandler
    void handle(RecordHearing command) {
        if (isRepeat(command)) {
            return;
        }
        requireNotClosed();
        record(new HearingHeld(caseId, command.recordId(), command.summary(), command.evidence()));
    }

    @CommandHandler
    void handle(DeliverVerdict sent) {
        DeliverVerdict command = new DeliverVerdict(sent.caseId(), sent.recordId(), stated(sent.judgements()),
                sent.summary(), sent.evidence());
        if (isRepeat(command)) {
            return;
        }
        requireNotClosed();
        Checks.require(stage == Stage.AWAITING_VERDICT, "caseId",
                "the case is not awaiting a verdict (it is " + stage + "); record an appeal decision instead");
        List<Judgement> judgements = Checks.orEmpty(command.judgements());
        checkJudgements(judgements, "judgements");
        Checks.require(!judgements.isEmpty() || command.summary() != null, "judgements",
                "a verdict needs a judgement on a named defendant or a summary");
        record(new VerdictDelivered(caseId, command.recordId(), judgements, command.summary(), command.evidence()));
    }

    @CommandHandler
    void handle(FileAppeal command) {
        if (isRepeat(command)) {
            return;
        }
        Checks.require(stage == Stage.DECIDED, "caseId",
                stage == Stage.UNDER_APPEAL ? "an appeal is already pending" : "an appeal needs a verdict");
        List<String> appellants = Checks.orEmpty(command.appellantIds());
        checkDefendants(appellants, "appellantIds");
        record(new AppealFiled(caseId, command.recordId(), appellants, command.summary(), command.evidence()));
    }

    @CommandHandler
    void handle(DecideAppeal sent) {
        DecideAppeal command = new DecideAppeal(sent.caseId(), sent.recordId(), sent.outcome(), stated(sent.revised()),
                sent.evidence());
        if (isRepeat(command)) {
            return;
        }
        Checks.require(stage == Stage.UNDER_APPEAL, "caseId", "no appeal is pending");
        List<Judgement> revised = Checks.orEmpty(command.revised());
        checkJudgements(revised, "revised");
        record(new AppealDecided(caseId, command.recordId(), command.outcome(), revised, command.evidence()));
    }

    @CommandHandler
    void handle(CloseCase command) {
        if (isRepeat(command)) {
            return;
        }
        Checks.require(stage == Stage.AWAITING_VERDICT, "caseId", stage == Stage.CLOSED ? "the case is already closed"
                : "the case has a verdict (it is " + stage + "); record an appeal decision instead");
        record(new CaseClosed(caseId, command.recordId(), command.closure(), command.summary(), command.evidence()));
    }

    @CommandHandler
    void handle(ReleaseDefendant command) {
        if (isRepeat(command)) {
            return;
        }
        checkDefendants(List.of(command.defendantId()), "defendantId");
        Checks.require(inCustody.contains(command.defendantId()), "defendantId",
                "the defendant is not recorded as held in custody in this case");
        record(new DefendantReleased(caseId, command.recordId(), command.defendantId(), command.kind(),
                command.evidence()));
    }

    /**
     * Applies a new record and, when its evidence says it supersedes an earlier record, the mark that
     * it does: checked first, so that a refused supersession records nothing.
     */
    private void record(CaseEvent event) {
        EditorialEvent superseding = records.superseding(event.caseId(), event.recordId(), event.evidence());
        apply(event);
        if (superseding != null) {
            apply(superseding);
        }
    }

    /**
     * A command sent again records nothing; a new one must have seen the stream as it is now, and its
     * evidence must hold together (the field rules were enforced before, by RecordRules).
     */
    private boolean isRepeat(CaseCommand command) {
        if (records.isRepeat(caseId, command.recordId(), (Record) command)) {
            return true;
        }
        ExpectedVersion.check(AggregateLifecycle.getVersion());
        command.evidence().check("evidence");
        return false;
    }

    private void requireNotClosed() {
        Checks.require(stage != Stage.CLOSED, "caseId", "the case is closed");
    }

    private void checkDefendants(List<String> ids, String field) {
        for (String id : ids) {
            if (!defendants.contains(id)) {
                throw new StreamNotFound(field, id + " is not a named defendant or group in this case");
            }
        }
    }

    /**
     * Judgements as they are recorded (months alone are exact), before anything else: a verdict sent
     * again in the shape it was first sent in is then the record it made, not a different one.
     */
    private static List<Judgement> stated(List<Judgement> judgements) {
        return judgements == null ? null
                : judgements.stream().map(judgement -> judgement == null ? null : judgement.stated()).toList();
    }

    private void checkJudgements(List<Judgement> judgements, String field) {
        for (int i = 0; i < judgements.size(); i++) {
            judgements.get(i).check(field + "[" + i + "]");
        }
        checkDefendants(judgements.stream().map(Judgement::defendantId).toList(), field);
        Checks.require(judgements.stream().map(Judgement::defendantId).distinct().count() == judgements.size(),
                field, "must not judge a defendant twice");
    }

    @EventSourcingHandler
    void on(CaseEvent event, @SequenceNumber long sequence) {
        records.recorded((Record) event, sequence, event.recordId(), false, event.people());
        if (event instanceof CaseOpened opened) {
            caseId = opened.caseId();
            stage = Stage.AWAITING_VERDICT;
            opened.defendants().forEach(defendant -> {
                defendants.add(defendant.person().id());
                if (defendant.inCustody()) {
                    inCustody.add(defendant.person().id());
                }
            });
            opened.groups().forEach(group -> {
                defendants.add(group.id());
                if (group.inCustody()) {
                    inCustody.add(group.id());
                }
            });
        } else if (event instanceof VerdictDelivered verdict) {
            stage = Stage.DECIDED;
            takeIntoCustody(verdict.judgements());
        } else if (event instanceof AppealFiled) {
            stage = Stage.UNDER_APPEAL;
        } else if (event instanceof AppealDecided decided) {
            stage = decided.outcome() == AppealOutcome.RETRIAL_ORDERED ? Stage.AWAITING_VERDICT : Stage.DECIDED;
            takeIntoCustody(decided.revised());
        } else if (event instanceof CaseClosed) {
            stage = Stage.CLOSED;
        } else if (event instanceof DefendantReleased released) {
            inCustody.remove(released.defendantId());
        }
    }

    private void takeIntoCustody(List<Judgement> judgements) {
        judgements.stream().filter(Judgement::isCustodial).forEach(j -> inCustody.add(j.defendantId()));
    }

    @EventSourcingHandler
    void on(EditorialEvent event, @SequenceNumber long sequence) {
        records.edited(event, sequence);
    }
}
