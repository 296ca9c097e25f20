package org.labourtracker.api.recording;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.labourtracker.dispute.DisputeCommand;
import org.labourtracker.editorial.EditorialCommand;
import org.labourtracker.legal.CaseCommand;

/**
 * The kinds of record a client can post, by URL: {@code POST /api/{stream}/{id}/{kind}}. One
 * table for routing and for the API description, so that the two cannot drift apart.
 */
public enum RecordKinds {

    DISPUTES("disputes", "disputeId", "dispute", DisputeCommand.OpenDispute.class, Map.ofEntries(
            Map.entry("parties", DisputeCommand.AddParty.class),
            Map.entry("status", DisputeCommand.ChangeStatus.class),
            Map.entry("strikes", DisputeCommand.RecordStrike.class),
            Map.entry("protests", DisputeCommand.RecordProtest.class),
            Map.entry("demands", DisputeCommand.RaiseDemand.class),
            Map.entry("demand-outcomes", DisputeCommand.RecordDemandOutcome.class),
            Map.entry("employer-responses", DisputeCommand.RecordEmployerResponse.class),
            Map.entry("state-actions", DisputeCommand.RecordStateAction.class),
            Map.entry("interventions", DisputeCommand.RecordIntervention.class),
            Map.entry("casualties", DisputeCommand.ReportCasualties.class),
            Map.entry("detentions", DisputeCommand.ReportDetentions.class),
            Map.entry("abuses", DisputeCommand.ReportAbuse.class),
            Map.entry("releases", DisputeCommand.ReleaseDetainees.class))),

    CASES("cases", "caseId", "legal case", CaseCommand.OpenCase.class, Map.ofEntries(
            Map.entry("charges", CaseCommand.FileCharges.class),
            Map.entry("hearings", CaseCommand.RecordHearing.class),
            Map.entry("verdicts", CaseCommand.DeliverVerdict.class),
            Map.entry("appeals", CaseCommand.FileAppeal.class),
            Map.entry("appeal-decisions", CaseCommand.DecideAppeal.class),
            Map.entry("closures", CaseCommand.CloseCase.class),
            Map.entry("releases", CaseCommand.ReleaseDefendant.class))),

    /** Edits apply to a dispute or a legal case alike. */
    STREAMS("streams", "streamId", "dispute or legal case", null, Map.ofEntries(
            Map.entry("corrections", EditorialCommand.CorrectRecord.class),
            Map.entry("retractions", EditorialCommand.RetractRecord.class),
            Map.entry("merges", EditorialCommand.MergeDuplicate.class),
            Map.entry("confidentiality", EditorialCommand.ChangeConfidentiality.class)));

    final String path;
    final String idField;
    /** The stream in the domain's words, for the API description. */
    final String noun;
    final Class<?> opening;
    final Map<String, Class<?>> kinds;

    RecordKinds(String path, String idField, String noun, Class<?> opening, Map<String, Class<?>> kinds) {
        this.path = path;
        this.idField = idField;
        this.noun = noun;
        this.opening = opening;
        this.kinds = new LinkedHashMap<>(new java.util.TreeMap<>(kinds));
    }

    public Optional<Class<?>> command(String kind) {
        return Optional.ofNullable(kind == null ? opening : kinds.get(kind));
    }

    public String path() {
        return path;
    }

    /** The field of a command that names its stream ({@code disputeId}, {@code caseId}, {@code streamId}). */
    public String idField() {
        return idField;
    }

    /** The kinds of record posted to a stream of this kind, in the order of their names. */
    public java.util.Set<String> kinds() {
        return java.util.Collections.unmodifiableSet(kinds.keySet());
    }

    public static Optional<RecordKinds> of(String path) {
        return java.util.Arrays.stream(values()).filter(stream -> stream.path.equals(path)).findFirst();
    }

    /** Where a stored event's command is posted: its stream path and kind (null for an opening). */
    public record Posting(RecordKinds stream, String kind) {
    }

    /**
     * The posting that records an event of this type. Every event has the fields of the command
     * that records it, so a stored event read as JSON is a valid request body for its command.
     */
    public static Optional<Posting> postingFor(Class<?> eventType) {
        return Optional.ofNullable(POSTINGS.get(eventType.getSimpleName()));
    }

    private static final Map<String, Posting> POSTINGS = Map.ofEntries(
            Map.entry("DisputeOpened", new Posting(DISPUTES, null)),
            Map.entry("PartyJoined", new Posting(DISPUTES, "parties")),
            Map.entry("StatusChanged", new Posting(DISPUTES, "status")),
            Map.entry("StrikeRecorded", new Posting(DISPUTES, "strikes")),
            Map.entry("ProtestRecorded", new Posting(DISPUTES, "protests")),
            Map.entry("DemandRaised", new Posting(DISPUTES, "demands")),
            Map.entry("DemandOutcomeRecorded", new Posting(DISPUTES, "demand-outcomes")),
            Map.entry("EmployerResponseRecorded", new Posting(DISPUTES, "employer-responses")),
            Map.entry("StateActionRecorded", new Posting(DISPUTES, "state-actions")),
            Map.entry("InterventionRecorded", new Posting(DISPUTES, "interventions")),
            Map.entry("CasualtiesReported", new Posting(DISPUTES, "casualties")),
            Map.entry("DetentionsReported", new Posting(DISPUTES, "detentions")),
            Map.entry("AbuseReported", new Posting(DISPUTES, "abuses")),
            Map.entry("DetaineesReleased", new Posting(DISPUTES, "releases")),
            Map.entry("CaseOpened", new Posting(CASES, null)),
            Map.entry("ChargesFiled", new Posting(CASES, "charges")),
            Map.entry("HearingHeld", new Posting(CASES, "hearings")),
            Map.entry("VerdictDelivered", new Posting(CASES, "verdicts")),
            Map.entry("AppealFiled", new Posting(CASES, "appeals")),
            Map.entry("AppealDecided", new Posting(CASES, "appeal-decisions")),
            Map.entry("CaseClosed", new Posting(CASES, "closures")),
            Map.entry("DefendantReleased", new Posting(CASES, "releases")),
            Map.entry("RecordCorrected", new Posting(STREAMS, "corrections")),
            Map.entry("RecordRetracted", new Posting(STREAMS, "retractions")),
            Map.entry("DuplicateMerged", new Posting(STREAMS, "merges")),
            Map.entry("ConfidentialityChanged", new Posting(STREAMS, "confidentiality")));

    /**
     * The kinds of record a reader can filter by, each with the types of record it stands for: the
     * kind a record is posted as ({@code strikes}, {@code casualties} ...), or, for the records that open
     * a stream, the stream ({@code disputes}, {@code cases}). Edits are not records of their own kind.
     */
    public static Map<String, java.util.Set<String>> readable() {
        Map<String, java.util.Set<String>> kinds = new java.util.TreeMap<>();
        POSTINGS.forEach((type, posting) -> {
            if (posting.stream() != STREAMS) {
                kinds.computeIfAbsent(readableName(posting), k -> new java.util.TreeSet<>()).add(type);
            }
        });
        return kinds;
    }

    /** The readable kind of a type of record ({@link #readable}), such as {@code casualties} for {@code CasualtiesReported}. */
    public static Optional<String> readableKind(String type) {
        return Optional.ofNullable(POSTINGS.get(type)).filter(posting -> posting.stream() != STREAMS)
                .map(RecordKinds::readableName);
    }

    private static String readableName(Posting posting) {
        return posting.kind() == null ? posting.stream().path : posting.kind();
    }
}
