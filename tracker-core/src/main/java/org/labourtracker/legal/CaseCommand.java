package org.labourtracker.legal;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.labourtracker.evidence.Evidence;

/**
 * The legal track: a court case against named people or a group, linked to its dispute. Every
 * command carries a client-chosen {@code recordId}; sending it again records nothing new.
 */
public sealed interface CaseCommand {

    String caseId();

    String recordId();

    Evidence evidence();

    /**
     * Opens a case in a dispute against named defendants, described groups, a bare number of unnamed
     * defendants, or any of these together; the prosecutor (a name or an office) when a source gives it.
     */
    record OpenCase(@TargetAggregateIdentifier String caseId, String recordId, String disputeId, String title,
                    String court, String prosecutor, List<Defendant> defendants, List<DefendantGroup> groups,
                    int unnamedDefendants, Evidence evidence) implements CaseCommand {
    }

    /**
     * Charges against the named defendants or groups; an empty list charges every defendant of the
     * case. {@code detentionRecordIds} are the dispute's detention records of the arrests that led to
     * these charges.
     */
    record FileCharges(@TargetAggregateIdentifier String caseId, String recordId, List<String> defendantIds,
                       List<String> charges, List<String> detentionRecordIds, Evidence evidence)
            implements CaseCommand {
    }

    record RecordHearing(@TargetAggregateIdentifier String caseId, String recordId, String summary,
                         Evidence evidence) implements CaseCommand {
    }

    /** A first-instance verdict (or one after a retrial); {@code summary} tells of unnamed defendants. */
    record DeliverVerdict(@TargetAggregateIdentifier String caseId, String recordId, List<Judgement> judgements,
                          String summary, Evidence evidence) implements CaseCommand {
    }

    record FileAppeal(@TargetAggregateIdentifier String caseId, String recordId, List<String> appellantIds,
                      String summary, Evidence evidence) implements CaseCommand {
    }

    record DecideAppeal(@TargetAggregateIdentifier String caseId, String recordId, AppealOutcome outcome,
                        List<Judgement> revised, Evidence evidence) implements CaseCommand {
    }

    /** The end of a case that no verdict decided: charges withdrawn, the case dismissed. */
    record CloseCase(@TargetAggregateIdentifier String caseId, String recordId, CaseClosure closure, String summary,
                     Evidence evidence) implements CaseCommand {
    }

    /** The release of a named defendant or of a group, by its id. */
    record ReleaseDefendant(@TargetAggregateIdentifier String caseId, String recordId, String defendantId,
                            ReleaseKind kind, Evidence evidence) implements CaseCommand {
    }
}
