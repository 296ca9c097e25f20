package org.labourtracker.legal;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.labourtracker.evidence.Checks;
import org.labourtracker.evidence.Evidence;
import org.labourtracker.evidence.FreeText;
import org.labourtracker.evidence.Identifier;
import org.labourtracker.evidence.Name;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The legal track: a court case against named people or a group, linked to its dispute. Every
 * command carries a client-chosen {@code recordId}; sending it again records nothing new. The field
 * rules are the annotations on the components (enforced by {@link org.labourtracker.evidence.RecordRules});
 * the rules between fields and against the case's state are in {@link LegalCase}.
 */
public sealed interface CaseCommand {

    String caseId();

    String recordId();

    Evidence evidence();

    /**
     * Opens a case in a dispute against named defendants, described groups, a bare number of unnamed
     * defendants, or any of these together; the prosecutor (a name or an office) when a source gives it.
     *
     * @param caseId            the recorder's id for the case
     * @param recordId          the id of this record; sending it again records nothing new
     * @param disputeId         the dispute the case belongs to
     * @param title             the case's name
     * @param court             the court that hears it
     * @param prosecutor        the prosecutor, a name or an office
     * @param defendants        the defendants known by name, each person once
     * @param groups            the groups of defendants not named one by one
     * @param unnamedDefendants how many further defendants, neither named nor described
     * @param evidence          when and where, and the sources
     */
    record OpenCase(@TargetAggregateIdentifier @NotNull @Identifier String caseId,
                    @NotNull @Identifier String recordId,
                    @NotNull @Identifier String disputeId,
                    @NotNull @Name String title,
                    @Name String court,
                    @Name String prosecutor,
                    @Size(max = Checks.MAX_LIST) List<@NotNull @Valid Defendant> defendants,
                    @Size(max = Checks.MAX_LIST) List<@NotNull @Valid DefendantGroup> groups,
                    @Min(value = 0, message = "must not be negative") int unnamedDefendants,
                    @NotNull @Valid Evidence evidence) implements CaseCommand {
    }

    /**
     * Charges against the named defendants or groups; an empty list charges every defendant of the
     * case. {@code detentionRecordIds} are the dispute's detention records of the arrests that led to
     * these charges.
     *
     * @param caseId             the case
     * @param recordId           the id of this record; sending it again records nothing new
     * @param defendantIds       the defendants charged; none means every defendant
     * @param charges            the charges, in the court's words
     * @param detentionRecordIds the dispute's detention records of the arrests that led to the charges
     * @param evidence           when and where, and the sources
     */
    record FileCharges(@TargetAggregateIdentifier @NotNull String caseId,
                       @NotNull @Identifier String recordId,
                       @Size(max = Checks.MAX_LIST) List<@NotNull @Identifier String> defendantIds,
                       @NotNull @Size(min = 1, max = Checks.MAX_LIST) List<@NotNull @Name String> charges,
                       @Size(max = Checks.MAX_LIST) List<@NotNull @Identifier String> detentionRecordIds,
                       @NotNull @Valid Evidence evidence)
            implements CaseCommand {
    }

    /**
     * A hearing of the case.
     *
     * @param caseId   the case
     * @param recordId the id of this record; sending it again records nothing new
     * @param summary  what happened at the hearing
     * @param evidence when and where, and the sources
     */
    record RecordHearing(@TargetAggregateIdentifier @NotNull String caseId,
                         @NotNull @Identifier String recordId,
                         @NotBlank @FreeText String summary,
                         @NotNull @Valid Evidence evidence) implements CaseCommand {
    }

    /**
     * A first-instance verdict (or one after a retrial); {@code summary} tells of unnamed defendants.
     *
     * @param caseId     the case
     * @param recordId   the id of this record; sending it again records nothing new
     * @param judgements the finding on each defendant judged, each once
     * @param summary    the verdict in words, telling of unnamed defendants
     * @param evidence   when and where, and the sources
     */
    record DeliverVerdict(@TargetAggregateIdentifier @NotNull String caseId,
                          @NotNull @Identifier String recordId,
                          @Size(max = Checks.MAX_LIST) List<@NotNull @Valid Judgement> judgements,
                          @FreeText String summary,
                          @NotNull @Valid Evidence evidence) implements CaseCommand {
    }

    /**
     * An appeal against the verdict.
     *
     * @param caseId       the case
     * @param recordId     the id of this record; sending it again records nothing new
     * @param appellantIds the defendants who appeal
     * @param summary      the appeal in words
     * @param evidence     when and where, and the sources
     */
    record FileAppeal(@TargetAggregateIdentifier @NotNull String caseId,
                      @NotNull @Identifier String recordId,
                      @Size(max = Checks.MAX_LIST) List<@NotNull @Identifier String> appellantIds,
                      @FreeText String summary,
                      @NotNull @Valid Evidence evidence) implements CaseCommand {
    }

    /**
     * The decision on a pending appeal, with the judgements it revised.
     *
     * @param caseId   the case
     * @param recordId the id of this record; sending it again records nothing new
     * @param outcome  what the appeal court decided
     * @param revised  the judgements it revised, each defendant once
     * @param evidence when and where, and the sources
     */
    record DecideAppeal(@TargetAggregateIdentifier @NotNull String caseId,
                        @NotNull @Identifier String recordId,
                        @NotNull AppealOutcome outcome,
                        @Size(max = Checks.MAX_LIST) List<@NotNull @Valid Judgement> revised,
                        @NotNull @Valid Evidence evidence) implements CaseCommand {
    }

    /**
     * The end of a case that no verdict decided: charges withdrawn, the case dismissed.
     *
     * @param caseId   the case
     * @param recordId the id of this record; sending it again records nothing new
     * @param closure  how the case ended
     * @param summary  the end in words
     * @param evidence when and where, and the sources
     */
    record CloseCase(@TargetAggregateIdentifier @NotNull String caseId,
                     @NotNull @Identifier String recordId,
                     @NotNull CaseClosure closure,
                     @FreeText String summary,
                     @NotNull @Valid Evidence evidence) implements CaseCommand {
    }

    /**
     * The release of a named defendant or of a group, by its id.
     *
     * @param caseId      the case
     * @param recordId    the id of this record; sending it again records nothing new
     * @param defendantId the person or group released, held in this case
     * @param kind        how they were released
     * @param evidence    when and where, and the sources
     */
    record ReleaseDefendant(@TargetAggregateIdentifier @NotNull String caseId,
                            @NotNull @Identifier String recordId,
                            @NotNull @Identifier String defendantId,
                            @NotNull ReleaseKind kind,
                            @NotNull @Valid Evidence evidence) implements CaseCommand {
    }
}
