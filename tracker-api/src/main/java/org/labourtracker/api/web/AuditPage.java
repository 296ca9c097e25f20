package org.labourtracker.api.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.labourtracker.api.audit.HashChain;
import org.labourtracker.api.audit.IntegrityCheck;
import org.labourtracker.api.audit.RecordingTimes;
import org.labourtracker.api.problem.InvalidRequest;
import org.labourtracker.api.reading.Paging;
import org.labourtracker.api.reading.Views;
import org.labourtracker.api.recording.RecordingMetadata;
import org.labourtracker.api.security.Clearance;
import org.labourtracker.api.transparency.Checkpoints;
import org.labourtracker.api.transparency.Finding;
import org.labourtracker.api.transparency.LogProofs;
import org.labourtracker.api.transparency.Merkle;
import org.labourtracker.evidence.StreamNotFound;
import org.labourtracker.projections.history.TimelinePosition;
import org.labourtracker.projections.overview.DisputeBrief;
import org.labourtracker.projections.overview.DisputeFilter;
import org.labourtracker.projections.overview.DisputeListQuery;
import org.labourtracker.projections.people.CaseView;
import org.labourtracker.projections.timeline.DisputeTimeline;
import org.labourtracker.projections.timeline.RecordChange;
import org.labourtracker.projections.timeline.TimelineEntry;
import org.labourtracker.projections.timetravel.DisputeAsKnownQuery;
import org.labourtracker.projections.timetravel.DisputeSnapshot;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What auditors check: whether the stored log is intact (against the latest signed checkpoint and one
 * the auditor kept), a record's inclusion proof, every stored event of a dispute and its
 * cases with who recorded it and when, every correction, retraction and merge with its reason, and
 * the dispute as it was known on a chosen date.
 */
@Controller
@RequestMapping("/audit")
class AuditPage {

    /** Disputes listed at most, by id; an auditor reaches any other by its id. */
    static final int LISTED = 500;

    private final Views views;
    private final EventStore eventStore;
    private final IntegrityCheck integrity;
    private final ObjectMapper json;
    private final Formats fmt;
    private final Checkpoints checkpoints;
    private final LogProofs proofs;

    AuditPage(Views views, EventStore eventStore, IntegrityCheck integrity, ObjectMapper json, Formats fmt,
              Checkpoints checkpoints, LogProofs proofs) {
        this.checkpoints = checkpoints;
        this.proofs = proofs;
        this.views = views;
        this.eventStore = eventStore;
        this.integrity = integrity;
        this.json = json;
        this.fmt = fmt;
    }

    /** A stored event as the raw-stream table shows it; {@code record} is its payload as stored, as JSON. */
    record RawEvent(String streamId, long sequence, Long leafIndex, Instant storedAt, String type, String recordId,
                    String recordedBy, String recordedAt, String hash, String record) {
    }

    /** A stream of the dispute (its own, or a case's) and what the integrity check found in it. */
    record StreamCheck(String streamId, List<Finding> findings) {
    }

    /** A leaf's inclusion proof against the latest checkpoint, checked here as an auditor's tool would. */
    record LeafProof(long index, String streamId, long sequenceNumber, String recordId, String leafHash, long size,
                     String root, List<String> hashes, boolean verified) {
    }

    /** An edit with the record it edited. */
    record EditRow(TimelineEntry edited, org.labourtracker.projections.timeline.EditNote edit) {
    }

    @GetMapping
    String audit(Model model) {
        return audit(null, model);
    }

    /** The audit page with the log also held against a checkpoint the auditor pasted. */
    @PostMapping
    String audit(@RequestParam(required = false) String checkpoint, Model model) {
        boolean supplied = checkpoint != null && !checkpoint.isBlank();
        model.addAttribute("integrity", integrity.verify(null, supplied ? checkpoint : null));
        model.addAttribute("checkpoint", checkpoints.latest().orElseGet(checkpoints::signNow));
        model.addAttribute("suppliedText", supplied ? checkpoint : "");
        List<DisputeBrief> briefs = views.disputes(DisputeListQuery.after(DisputeFilter.NONE, null, LISTED + 1));
        model.addAttribute("briefs", briefs.size() > LISTED ? briefs.subList(0, LISTED) : briefs);
        model.addAttribute("disputes", briefs.size() > LISTED ? views.overview().disputes() : briefs.size());
        return "audit";
    }

    /** A leaf of the log with its inclusion proof in the latest checkpoint. */
    @GetMapping("/leaves/{index}")
    String leaf(@PathVariable long index, Model model) {
        Checkpoints.SignedCheckpoint latest = checkpoints.latest().orElseGet(checkpoints::signNow);
        LogProofs.Leaf leaf = proofs.leaf(index).orElseThrow(() -> new StreamNotFound("index", "is not a leaf of the log"));
        long size = latest.checkpoint().size();
        List<byte[]> path = index < size ? proofs.inclusion(index, size) : List.of();
        boolean verified = index < size
                && Merkle.verifyInclusion(index, size, leaf.leafHash(), path, latest.checkpoint().rootHash());
        Base64.Encoder base64 = Base64.getEncoder();
        model.addAttribute("proof", new LeafProof(index, leaf.streamId(), leaf.sequenceNumber(), leaf.recordId(),
                base64.encodeToString(leaf.leafHash()), size, latest.checkpoint().rootBase64(),
                path.stream().map(base64::encodeToString).toList(), verified));
        model.addAttribute("checkpoint", latest);
        return "audit-leaf";
    }

    @GetMapping("/disputes/{disputeId}")
    String dispute(@PathVariable String disputeId, @RequestParam(required = false) String knownAt,
                   @RequestParam(required = false) String happenedBy, @RequestParam(required = false) String from,
                   @RequestParam(required = false) String to, @RequestParam(required = false) String after,
                   Authentication reader, Model model) {
        boolean visible = Clearance.mayReadConfidential(reader);
        List<TimelineEntry> entries = views.timeline(disputeId, visible).entries();
        List<String> streams = new ArrayList<>(List.of(disputeId));
        views.people(disputeId, visible).cases().stream().map(CaseView::caseId).forEach(streams::add);
        model.addAttribute("summary", views.summary(disputeId, visible));
        IntegrityCheck.Report report = integrity.verify(null);
        model.addAttribute("streams", streams.stream().map(stream -> new StreamCheck(stream, report.findings().stream()
                .filter(finding -> stream.equals(finding.streamId())).toList())).toList());
        Instant storedBy = storedBy(knownAt);
        model.addAttribute("storedBy", storedBy);
        model.addAttribute("events", streams.stream().flatMap(stream -> {
                    Map<Long, Long> leaves = proofs.leafIndexesOfStream(stream);
                    return eventStore.readEvents(stream).asStream().map(event -> raw(event, leaves));
                }).filter(event -> storedBy == null || !event.storedAt().isAfter(storedBy))
                .sorted(Comparator.comparing(RawEvent::storedAt)).toList());
        model.addAttribute("edits", entries.stream()
                .flatMap(entry -> entry.edits().stream().map(edit -> new EditRow(entry, edit)))
                .sorted(Comparator.comparing((EditRow row) -> row.edit().recordedAt())).toList());
        model.addAttribute("knownAt", knownAt == null ? "" : knownAt);
        model.addAttribute("happenedBy", happenedBy == null ? "" : happenedBy);
        if (!blank(knownAt) || !blank(happenedBy)) {
            asKnown(disputeId, knownAt, happenedBy, after, visible, model);
        }
        model.addAttribute("from", from == null ? "" : from);
        model.addAttribute("to", to == null ? "" : to);
        if (!blank(from) || !blank(to)) {
            changes(entries, from, to, model);
        }
        return "audit-dispute";
    }

    /** The time the raw stream is shown as stored by: the "as known on" time, if it can be read. */
    private static Instant storedBy(String knownAt) {
        try {
            return RecordingTimes.end(knownAt, "knownAt");
        } catch (InvalidRequest unreadable) {
            return null;
        }
    }

    /** What changed between the two times; a time that cannot be read is said so. */
    private static void changes(List<TimelineEntry> entries, String from, String to, Model model) {
        try {
            Instant start = RecordingTimes.start(from, "from");
            Instant end = RecordingTimes.end(to, "to");
            model.addAttribute("changes", RecordChange.between(new DisputeTimeline(null, entries), start, end));
        } catch (InvalidRequest unreadable) {
            model.addAttribute("changesError", "From and to " + unreadable.getMessage());
        }
    }

    /**
     * The dispute as known then, its timeline a page at a time from {@code after}; a date that cannot be
     * read, a cursor this timeline did not give, or a time before its first record, is said so.
     */
    private void asKnown(String disputeId, String knownAt, String happenedBy, String after, boolean visible,
                         Model model) {
        Instant known;
        LocalDate happened;
        try {
            known = RecordingTimes.end(knownAt, "knownAt");
            happened = blank(happenedBy) ? null : LocalDate.parse(happenedBy);
        } catch (InvalidRequest unreadable) {
            model.addAttribute("asKnownError", "Recorded by " + unreadable.getMessage());
            return;
        } catch (DateTimeParseException unreadable) {
            model.addAttribute("asKnownError", "Happened by must be a date such as 2011-12-20; '"
                    + unreadable.getParsedString() + "' is not");
            return;
        }
        TimelinePosition from;
        try {
            from = Paging.afterInTimeline(after);
        } catch (InvalidRequest unreadable) {
            model.addAttribute("asKnownError", "This link to later records is broken: start again from the first.");
            return;
        }
        try {
            DisputeSnapshot snapshot = views.asKnown(new DisputeAsKnownQuery(disputeId, known, happened, from,
                    DisputeAsKnownQuery.DEFAULT_PAGE, visible));
            model.addAttribute("snapshot", snapshot);
            model.addAttribute("snapshotCharts", FigureChart.all(snapshot.figures(), fmt));
        } catch (StreamNotFound nothingYet) {
            model.addAttribute("asKnownError", "Nothing about this dispute had been recorded by then.");
        }
    }

    private RawEvent raw(DomainEventMessage<?> event, Map<Long, Long> leaves) {
        String record;
        String recordId;
        try {
            JsonNode payload = json.valueToTree(event.getPayload());
            recordId = payload.path("recordId").asText(null);
            record = json.writerWithDefaultPrettyPrinter().writeValueAsString(payload);
        } catch (JsonProcessingException | IllegalArgumentException unreadable) {
            recordId = null;
            record = "(could not be shown: " + unreadable.getMessage() + ")";
        }
        return new RawEvent(event.getAggregateIdentifier(), event.getSequenceNumber(),
                leaves.get(event.getSequenceNumber()), event.getTimestamp(),
                event.getPayloadType().getSimpleName(), recordId, text(event, RecordingMetadata.RECORDED_BY),
                text(event, RecordingMetadata.RECORDED_AT), text(event, HashChain.HASH), record);
    }

    private static String text(DomainEventMessage<?> event, String key) {
        Object value = event.getMetaData().get(key);
        return value == null ? "" : value.toString();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
