package org.labourtracker.api.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.labourtracker.api.audit.HashChain;
import org.labourtracker.api.audit.IntegrityCheck;
import org.labourtracker.api.reading.Views;
import org.labourtracker.api.recording.RecordingMetadata;
import org.labourtracker.api.security.Clearance;
import org.labourtracker.evidence.StreamNotFound;
import org.labourtracker.projections.people.CaseView;
import org.labourtracker.projections.timeline.TimelineEntry;
import org.labourtracker.projections.timetravel.DisputeAsKnownQuery;
import org.labourtracker.projections.timetravel.DisputeSnapshot;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What auditors check: whether the stored log is intact, every stored event of a dispute and its
 * cases with who recorded it and when, every correction, retraction and merge with its reason, and
 * the dispute as it was known on a chosen date.
 */
@Controller
@RequestMapping("/audit")
class AuditPage {

    private final Views views;
    private final EventStore eventStore;
    private final IntegrityCheck integrity;
    private final ObjectMapper json;
    private final Formats fmt;

    AuditPage(Views views, EventStore eventStore, IntegrityCheck integrity, ObjectMapper json, Formats fmt) {
        this.views = views;
        this.eventStore = eventStore;
        this.integrity = integrity;
        this.json = json;
        this.fmt = fmt;
    }

    /** A stored event as the raw-stream table shows it; {@code record} is its payload as stored, as JSON. */
    record RawEvent(String streamId, long sequence, Instant storedAt, String type, String recordId,
                    String recordedBy, String recordedAt, String hash, String record) {
    }

    /** A stream of the dispute (its own, or a case's) and the integrity check of its hash chain. */
    record StreamCheck(String streamId, IntegrityCheck.Report report) {
    }

    /** An edit with the record it edited. */
    record EditRow(TimelineEntry edited, org.labourtracker.projections.timeline.EditNote edit) {
    }

    @GetMapping
    String audit(Model model) {
        model.addAttribute("integrity", integrity.verify(null));
        model.addAttribute("briefs", views.overview().briefs());
        return "audit";
    }

    @GetMapping("/disputes/{disputeId}")
    String dispute(@PathVariable String disputeId, @RequestParam(required = false) String knownAt,
                   @RequestParam(required = false) String happenedBy, Authentication reader, Model model) {
        boolean visible = Clearance.mayReadConfidential(reader);
        List<TimelineEntry> entries = views.timeline(disputeId, visible).entries();
        List<String> streams = new ArrayList<>(List.of(disputeId));
        views.people(disputeId, visible).cases().stream().map(CaseView::caseId).forEach(streams::add);
        model.addAttribute("summary", views.summary(disputeId, visible));
        model.addAttribute("streams", streams.stream()
                .map(stream -> new StreamCheck(stream, integrity.verify(stream))).toList());
        model.addAttribute("events", streams.stream().flatMap(stream -> eventStore.readEvents(stream).asStream())
                .map(this::raw).sorted(Comparator.comparing(RawEvent::storedAt)).toList());
        model.addAttribute("edits", entries.stream()
                .flatMap(entry -> entry.edits().stream().map(edit -> new EditRow(entry, edit)))
                .sorted(Comparator.comparing((EditRow row) -> row.edit().recordedAt())).toList());
        model.addAttribute("knownAt", knownAt == null ? "" : knownAt);
        model.addAttribute("happenedBy", happenedBy == null ? "" : happenedBy);
        if (!blank(knownAt) || !blank(happenedBy)) {
            asKnown(disputeId, knownAt, happenedBy, visible, model);
        }
        return "audit-dispute";
    }

    /** The dispute as known then; a date that cannot be read, or a time before its first record, is said so. */
    private void asKnown(String disputeId, String knownAt, String happenedBy, boolean visible, Model model) {
        Instant known;
        LocalDate happened;
        try {
            known = blank(knownAt) ? null : instant(knownAt);
            happened = blank(happenedBy) ? null : LocalDate.parse(happenedBy);
        } catch (DateTimeParseException unreadable) {
            model.addAttribute("asKnownError", "Dates are read as YYYY-MM-DD, times as YYYY-MM-DDTHH:MM (UTC): "
                    + unreadable.getParsedString() + " is neither");
            return;
        }
        try {
            DisputeSnapshot snapshot = views.asKnown(new DisputeAsKnownQuery(disputeId, known, happened, visible));
            model.addAttribute("snapshot", snapshot);
            model.addAttribute("snapshotCharts", FigureChart.all(snapshot.figures(), fmt));
        } catch (StreamNotFound nothingYet) {
            model.addAttribute("asKnownError", "Nothing about this dispute had been recorded by then.");
        }
    }

    /** A time from the page's picker (local to UTC, to the minute), or a date meaning the end of that day. */
    private static Instant instant(String value) {
        if (value.length() == 10) {
            return LocalDate.parse(value).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1);
        }
        return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
    }

    private RawEvent raw(DomainEventMessage<?> event) {
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
        return new RawEvent(event.getAggregateIdentifier(), event.getSequenceNumber(), event.getTimestamp(),
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
