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
enum RecordKinds {

    DISPUTES("disputes", "disputeId", DisputeCommand.OpenDispute.class, Map.ofEntries(
            Map.entry("parties", DisputeCommand.AddParty.class),
            Map.entry("status", DisputeCommand.ChangeStatus.class),
            Map.entry("strikes", DisputeCommand.RecordStrike.class),
            Map.entry("protests", DisputeCommand.RecordProtest.class),
            Map.entry("demands", DisputeCommand.RaiseDemand.class),
            Map.entry("demand-outcomes", DisputeCommand.RecordDemandOutcome.class),
            Map.entry("employer-responses", DisputeCommand.RecordEmployerResponse.class),
            Map.entry("state-actions", DisputeCommand.RecordStateAction.class),
            Map.entry("casualties", DisputeCommand.ReportCasualties.class),
            Map.entry("detentions", DisputeCommand.ReportDetentions.class),
            Map.entry("abuses", DisputeCommand.ReportAbuse.class),
            Map.entry("releases", DisputeCommand.ReleaseDetainees.class))),

    CASES("cases", "caseId", CaseCommand.OpenCase.class, Map.ofEntries(
            Map.entry("charges", CaseCommand.FileCharges.class),
            Map.entry("hearings", CaseCommand.RecordHearing.class),
            Map.entry("verdicts", CaseCommand.DeliverVerdict.class),
            Map.entry("appeals", CaseCommand.FileAppeal.class),
            Map.entry("appeal-decisions", CaseCommand.DecideAppeal.class),
            Map.entry("releases", CaseCommand.ReleaseDefendant.class))),

    /** Edits apply to a dispute or a legal case alike. */
    STREAMS("streams", "streamId", null, Map.ofEntries(
            Map.entry("corrections", EditorialCommand.CorrectRecord.class),
            Map.entry("retractions", EditorialCommand.RetractRecord.class),
            Map.entry("merges", EditorialCommand.MergeDuplicate.class),
            Map.entry("confidentiality", EditorialCommand.ChangeConfidentiality.class)));

    final String path;
    final String idField;
    final Class<?> opening;
    final Map<String, Class<?>> kinds;

    RecordKinds(String path, String idField, Class<?> opening, Map<String, Class<?>> kinds) {
        this.path = path;
        this.idField = idField;
        this.opening = opening;
        this.kinds = new LinkedHashMap<>(new java.util.TreeMap<>(kinds));
    }

    Optional<Class<?>> command(String kind) {
        return Optional.ofNullable(kinds.get(kind));
    }
}
