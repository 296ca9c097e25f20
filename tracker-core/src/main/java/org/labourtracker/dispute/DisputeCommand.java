package org.labourtracker.dispute;

import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.labourtracker.evidence.ActorType;
import org.labourtracker.evidence.Checks;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Evidence;
import org.labourtracker.evidence.FreeText;
import org.labourtracker.evidence.Identifier;
import org.labourtracker.evidence.Money;
import org.labourtracker.evidence.Name;
import org.labourtracker.evidence.Person;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a monitor can record about a dispute. Every command carries a client-chosen
 * {@code recordId}: sending the same command again records nothing new. The field rules are the
 * annotations on the components (enforced by {@link org.labourtracker.evidence.RecordRules});
 * the rules between fields and against the dispute's state are in {@link Dispute}.
 */
public sealed interface DisputeCommand {

    String disputeId();

    String recordId();

    Evidence evidence();

    /**
     * Opens a dispute; where and when it began come from the evidence.
     *
     * @param disputeId the recorder's id for the dispute
     * @param recordId  the id of this record; sending it again records nothing new
     * @param title     the dispute's name, such as "Mangystau oil workers' strike"
     * @param industry  the industry, such as oil extraction
     * @param status    the dispute's standing when it is opened
     * @param employers the employers the workers are in dispute with
     * @param unions    the unions taking part
     * @param evidence  when and where it began, and the sources that say so
     */
    record OpenDispute(@TargetAggregateIdentifier @NotNull @Identifier String disputeId,
                       @NotNull @Identifier String recordId,
                       @NotNull @Name String title,
                       @Name String industry,
                       @NotNull DisputeStatus status,
                       @Size(max = Checks.MAX_LIST) List<@NotNull @Valid Organisation> employers,
                       @Size(max = Checks.MAX_LIST) List<@NotNull @Valid Organisation> unions,
                       @NotNull @Valid Evidence evidence) implements DisputeCommand {
    }

    /**
     * An employer or a union joins the dispute.
     *
     * @param disputeId the dispute
     * @param recordId  the id of this record; sending it again records nothing new
     * @param side      whether it joins as an employer or a union
     * @param party     the employer or union
     * @param evidence  when and where, and the sources
     */
    record AddParty(@TargetAggregateIdentifier @NotNull String disputeId,
                    @NotNull @Identifier String recordId,
                    @NotNull PartySide side,
                    @NotNull @Valid Organisation party,
                    @NotNull @Valid Evidence evidence) implements DisputeCommand {
    }

    /**
     * The dispute's standing changes.
     *
     * @param disputeId the dispute
     * @param recordId  the id of this record; sending it again records nothing new
     * @param status    the new standing, other than the current one
     * @param evidence  when and where, and the sources
     */
    record ChangeStatus(@TargetAggregateIdentifier @NotNull String disputeId,
                        @NotNull @Identifier String recordId,
                        @NotNull DisputeStatus status,
                        @NotNull @Valid Evidence evidence) implements DisputeCommand {
    }

    /**
     * A strike starting, spreading to another employer or site, or ending; workers out as claims.
     *
     * @param disputeId    the dispute
     * @param recordId     the id of this record; sending it again records nothing new
     * @param kind         whether the strike starts, spreads or ends
     * @param employer     the employer struck
     * @param workersOut   how many workers are out, each source's figure a claim
     * @param legality     whether the strike is protected by law, unprotected or wildcat
     * @param workers      the group of workers out: an occupation or a grade
     * @param unionStances which unions backed or opposed the strike, each union once
     * @param evidence     when and where, and the sources
     */
    record RecordStrike(@TargetAggregateIdentifier @NotNull String disputeId,
                        @NotNull @Identifier String recordId,
                        @NotNull StrikeKind kind,
                        @Name String employer,
                        @Size(max = Checks.MAX_LIST) List<@NotNull @Valid Claim> workersOut,
                        StrikeLegality legality,
                        @Name String workers,
                        @Size(max = Checks.MAX_LIST) List<@NotNull @Valid UnionStance> unionStances,
                        @NotNull @Valid Evidence evidence) implements DisputeCommand {

        public RecordStrike(String disputeId, String recordId, StrikeKind kind, String employer,
                            List<Claim> workersOut, Evidence evidence) {
            this(disputeId, recordId, kind, employer, workersOut, null, null, null, evidence);
        }
    }

    /**
     * A demonstration, march or occupation.
     *
     * @param disputeId    the dispute
     * @param recordId     the id of this record; sending it again records nothing new
     * @param kind         what kind of protest
     * @param participants how many took part, each source's figure a claim
     * @param evidence     when and where, and the sources
     */
    record RecordProtest(@TargetAggregateIdentifier @NotNull String disputeId,
                         @NotNull @Identifier String recordId,
                         @NotNull ProtestKind kind,
                         @Size(max = Checks.MAX_LIST) List<@NotNull @Valid Claim> participants,
                         @NotNull @Valid Evidence evidence) implements DisputeCommand {
    }

    /**
     * A demand in its own words, with the sum demanded where it names one.
     *
     * @param disputeId the dispute
     * @param recordId  the id of this record; sending it again records nothing new
     * @param demandId  the recorder's id for the demand, new in this dispute
     * @param text      the demand in the workers' words
     * @param money     the sum demanded, where the demand names one
     * @param evidence  when and where, and the sources
     */
    record RaiseDemand(@TargetAggregateIdentifier @NotNull String disputeId,
                       @NotNull @Identifier String recordId,
                       @NotNull @Identifier String demandId,
                       @NotBlank @FreeText String text,
                       @Valid Money money,
                       @NotNull @Valid Evidence evidence) implements DisputeCommand {

        public RaiseDemand(String disputeId, String recordId, String demandId, String text, Evidence evidence) {
            this(disputeId, recordId, demandId, text, null, evidence);
        }
    }

    /**
     * A demand is met, partly met, refused or withdrawn.
     *
     * @param disputeId the dispute
     * @param recordId  the id of this record; sending it again records nothing new
     * @param demandId  the demand, raised earlier in this dispute
     * @param outcome   what became of it
     * @param evidence  when and where, and the sources
     */
    record RecordDemandOutcome(@TargetAggregateIdentifier @NotNull String disputeId,
                               @NotNull @Identifier String recordId,
                               @NotNull @Identifier String demandId,
                               @NotNull DemandOutcome outcome,
                               @NotNull @Valid Evidence evidence) implements DisputeCommand {
    }

    /**
     * Dismissals, lockouts, replacement workers, threats, concessions, agreements ...; counts as claims.
     *
     * @param disputeId the dispute
     * @param recordId  the id of this record; sending it again records nothing new
     * @param kind      what the employer did
     * @param employer  the employer
     * @param affected  how many workers it affected, each source's figure a claim
     * @param money     a sum involved: a settlement, compensation, a pay change
     * @param evidence  when and where, and the sources
     */
    record RecordEmployerResponse(@TargetAggregateIdentifier @NotNull String disputeId,
                                  @NotNull @Identifier String recordId,
                                  @NotNull EmployerResponseKind kind,
                                  @Name String employer,
                                  @Size(max = Checks.MAX_LIST) List<@NotNull @Valid Claim> affected,
                                  @Valid Money money,
                                  @NotNull @Valid Evidence evidence) implements DisputeCommand {

        public RecordEmployerResponse(String disputeId, String recordId, EmployerResponseKind kind, String employer,
                                      List<Claim> affected, Evidence evidence) {
            this(disputeId, recordId, kind, employer, affected, null, evidence);
        }
    }

    /**
     * What the state did: a strike declared illegal, forces deployed, a curfew, an inquiry ...
     *
     * @param disputeId the dispute
     * @param recordId  the id of this record; sending it again records nothing new
     * @param kind      what the state did
     * @param authority the authority that acted, such as a court or a ministry
     * @param money     a sum involved, such as a fine
     * @param evidence  when and where, and the sources
     */
    record RecordStateAction(@TargetAggregateIdentifier @NotNull String disputeId,
                             @NotNull @Identifier String recordId,
                             @NotNull StateActionKind kind,
                             @Name String authority,
                             @Valid Money money,
                             @NotNull @Valid Evidence evidence) implements DisputeCommand {

        public RecordStateAction(String disputeId, String recordId, StateActionKind kind, String authority,
                                 Evidence evidence) {
            this(disputeId, recordId, kind, authority, null, evidence);
        }
    }

    /**
     * An outside body's intervention: which body, of what type (an international body, a national institution ...).
     *
     * @param disputeId the dispute
     * @param recordId  the id of this record; sending it again records nothing new
     * @param kind      what the body did: a visit, a statement, a call for an inquiry ...
     * @param body      the body's name
     * @param bodyType  what kind of body it is; never UNKNOWN
     * @param evidence  when and where, and the sources
     */
    record RecordIntervention(@TargetAggregateIdentifier @NotNull String disputeId,
                              @NotNull @Identifier String recordId,
                              @NotNull InterventionKind kind,
                              @NotNull @Name String body,
                              @NotNull ActorType bodyType,
                              @NotNull @Valid Evidence evidence) implements DisputeCommand {
    }

    /**
     * Killed or injured in one incident: each source's figure a claim, victims named where known, who
     * the victims were and who killed or injured them when a source says so ({@code UNKNOWN} when it
     * says nobody knows).
     *
     * @param disputeId   the dispute
     * @param recordId    the id of this record; sending it again records nothing new
     * @param incident    the incident's name, such as "shooting in the town square"
     * @param kind        killed or injured
     * @param claims      how many, each source's figure a claim; at least one
     * @param named       the victims known by name, each person once
     * @param victims     who the victims were: strikers, police, bystanders ...
     * @param perpetrator who killed or injured them, UNKNOWN when a source says nobody knows
     * @param evidence    when and where, and the sources
     */
    record ReportCasualties(@TargetAggregateIdentifier @NotNull String disputeId,
                            @NotNull @Identifier String recordId,
                            @Name String incident,
                            @NotNull CasualtyKind kind,
                            @NotNull @Size(min = 1, max = Checks.MAX_LIST) List<@NotNull @Valid Claim> claims,
                            @Size(max = Checks.MAX_LIST) List<@NotNull @Valid Person> named,
                            VictimCategory victims,
                            ActorType perpetrator,
                            @NotNull @Valid Evidence evidence) implements DisputeCommand {

        public ReportCasualties(String disputeId, String recordId, String incident, CasualtyKind kind,
                                List<Claim> claims, List<Person> named, Evidence evidence) {
            this(disputeId, recordId, incident, kind, claims, named, null, null, evidence);
        }
    }

    /**
     * Arrests or detentions in one incident: a count from a source, people named, or both.
     *
     * @param disputeId the dispute
     * @param recordId  the id of this record; sending it again records nothing new
     * @param incident  the incident's name
     * @param kind      arrested or detained
     * @param claims    how many, each source's figure a claim
     * @param named     the people held, known by name, each person once
     * @param evidence  when and where, and the sources
     */
    record ReportDetentions(@TargetAggregateIdentifier @NotNull String disputeId,
                            @NotNull @Identifier String recordId,
                            @Name String incident,
                            @NotNull DetentionKind kind,
                            @Size(max = Checks.MAX_LIST) List<@NotNull @Valid Claim> claims,
                            @Size(max = Checks.MAX_LIST) List<@NotNull @Valid Person> named,
                            @NotNull @Valid Evidence evidence)
            implements DisputeCommand {
    }

    /**
     * Torture, ill-treatment, sexual violence, a disappearance: a count from a source, victims named, or both.
     *
     * @param disputeId the dispute
     * @param recordId  the id of this record; sending it again records nothing new
     * @param kind      what was done
     * @param claims    how many victims, each source's figure a claim
     * @param victims   the victims known by name, each person once
     * @param evidence  when and where, and the sources
     */
    record ReportAbuse(@TargetAggregateIdentifier @NotNull String disputeId,
                       @NotNull @Identifier String recordId,
                       @NotNull AbuseKind kind,
                       @Size(max = Checks.MAX_LIST) List<@NotNull @Valid Claim> claims,
                       @Size(max = Checks.MAX_LIST) List<@NotNull @Valid Person> victims,
                       @NotNull @Valid Evidence evidence) implements DisputeCommand {
    }

    /**
     * People named in an earlier detention report are free again.
     *
     * @param disputeId the dispute
     * @param recordId  the id of this record; sending it again records nothing new
     * @param personIds the people released, each held in this dispute
     * @param evidence  when and where, and the sources
     */
    record ReleaseDetainees(@TargetAggregateIdentifier @NotNull String disputeId,
                            @NotNull @Identifier String recordId,
                            @NotNull @Size(min = 1, max = Checks.MAX_LIST)
                            List<@NotNull @Identifier String> personIds,
                            @NotNull @Valid Evidence evidence) implements DisputeCommand {
    }
}
