package org.labourtracker.projections.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import org.labourtracker.dispute.DisputeEvent;
import org.labourtracker.editorial.Correction;
import org.labourtracker.editorial.EditorialEvent;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Evidence;
import org.labourtracker.evidence.Person;
import org.labourtracker.evidence.When;
import org.labourtracker.legal.CaseEvent;

/**
 * A substantive record (a dispute or legal-case event) as it stands after every edit recorded so
 * far: the payload as first recorded, the evidence and claims now in force, whether it still stands,
 * and the edits that made it so. Every view is computed from these; the live read models store them
 * and time travel folds them in memory, with the same code ({@link RecordFold}).
 */
public record StoredRecord(String streamId,
                           String disputeId,
                           String recordId,
                           long sequence,
                           Instant recordedAt,
                           String recordedBy,
                           @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS, property = "@event") Object payload,
                           Evidence evidence,
                           List<Claim> claims,
                           Standing standing,
                           String mergedInto,
                           List<Edit> edits) {

    /**
     * The order of a timeline: when it happened (the first day of its period), then when it was
     * recorded, then by stream and place in the stream, so that every build sorts alike.
     */
    public static final Comparator<StoredRecord> TIMELINE_ORDER = Comparator
            .comparing((StoredRecord r) -> r.evidence().when().on())
            .thenComparing(StoredRecord::recordedAt)
            .thenComparing(StoredRecord::streamId)
            .thenComparingLong(StoredRecord::sequence);

    /** A new record as first recorded. */
    public static StoredRecord recorded(StreamEvent event, String disputeId) {
        Object payload = event.payload();
        Evidence evidence;
        String recordId;
        List<Claim> claims = List.of();
        if (payload instanceof DisputeEvent disputeEvent) {
            evidence = disputeEvent.evidence();
            recordId = disputeEvent.recordId();
            claims = disputeEvent.claims() == null ? List.of() : disputeEvent.claims();
        } else if (payload instanceof CaseEvent caseEvent) {
            evidence = caseEvent.evidence();
            recordId = caseEvent.recordId();
        } else {
            throw new IllegalArgumentException("not a substantive record: " + payload);
        }
        return new StoredRecord(event.streamId(), disputeId, recordId, event.sequence(), event.recordedAt(),
                event.recordedBy(), payload, evidence, claims, Standing.STANDING, null, List.of());
    }

    /** This record with an editorial record applied; the same edit applied twice changes nothing. */
    public StoredRecord edited(EditorialEvent edit, StreamEvent event) {
        if (hasEdit(edit.recordId())) {
            return this;
        }
        Evidence newEvidence = evidence;
        List<Claim> newClaims = claims;
        Standing newStanding = standing;
        String newMergedInto = mergedInto;
        Edit note;
        if (edit instanceof EditorialEvent.RecordCorrected corrected) {
            Correction c = corrected.correction();
            newEvidence = new Evidence(
                    c.when() != null ? c.when() : evidence.when(),
                    c.where() != null ? c.where() : evidence.where(),
                    c.sources() != null ? c.sources() : evidence.sources(),
                    c.notes() != null ? c.notes() : evidence.notes(),
                    evidence.actors(), evidence.people(), evidence.supersedes());
            if (c.claims() != null) {
                newClaims = c.claims();
            }
            note = new Edit(edit.recordId(), Edit.Kind.CORRECTED, edit.reason(), event.recordedAt(), event.recordedBy(),
                    event.sequence(), c, null);
        } else if (edit instanceof EditorialEvent.RecordRetracted) {
            newStanding = Standing.RETRACTED;
            note = new Edit(edit.recordId(), Edit.Kind.RETRACTED, edit.reason(), event.recordedAt(), event.recordedBy(),
                    event.sequence(), null, null);
        } else if (edit instanceof EditorialEvent.DuplicateMerged merged) {
            newStanding = Standing.MERGED;
            newMergedInto = merged.keptRecordId();
            note = new Edit(edit.recordId(), Edit.Kind.MERGED, edit.reason(), event.recordedAt(), event.recordedBy(),
                    event.sequence(), null, merged.keptRecordId());
        } else if (edit instanceof EditorialEvent.RecordSuperseded superseded) {
            newStanding = Standing.SUPERSEDED;
            note = new Edit(edit.recordId(), Edit.Kind.SUPERSEDED, edit.reason(), event.recordedAt(),
                    event.recordedBy(), event.sequence(), null, superseded.replacementRecordId());
        } else {
            return this;
        }
        List<Edit> newEdits = new ArrayList<>(edits);
        newEdits.add(note);
        return new StoredRecord(streamId, disputeId, recordId, sequence, recordedAt, recordedBy, payload, newEvidence,
                newClaims, newStanding, newMergedInto, List.copyOf(newEdits));
    }

    public boolean hasEdit(String editRecordId) {
        return edits.stream().anyMatch(e -> e.recordId().equals(editRecordId));
    }

    @JsonIgnore
    public boolean stands() {
        return standing == Standing.STANDING;
    }

    @JsonIgnore
    public When when() {
        return evidence.when();
    }

    /** The simple name of the record's kind, such as {@code StrikeRecorded}. */
    @JsonIgnore
    public String type() {
        return payload.getClass().getSimpleName();
    }

    /** The people this record names, as first recorded. */
    @JsonIgnore
    public List<Person> people() {
        if (payload instanceof DisputeEvent disputeEvent) {
            return disputeEvent.people() == null ? List.of() : disputeEvent.people();
        }
        if (payload instanceof CaseEvent caseEvent) {
            return caseEvent.people() == null ? List.of() : caseEvent.people();
        }
        return List.of();
    }

    @JsonIgnore
    public boolean isCorrected() {
        return edits.stream().anyMatch(e -> e.kind() == Edit.Kind.CORRECTED);
    }

    /** The month (yyyy-MM) of the day the record's period begins, or the year alone when only that is known. */
    @JsonIgnore
    public String period() {
        When when = evidence.when();
        return when.precision() == org.labourtracker.evidence.DatePrecision.YEAR
                ? String.valueOf(when.on().getYear())
                : when.on().toString().substring(0, 7);
    }
}
