package org.labourtracker.api.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.labourtracker.api.problem.Problems;
import org.labourtracker.api.reading.Views;
import org.labourtracker.api.recording.RecordKinds;
import org.labourtracker.api.recording.Recorded;
import org.labourtracker.api.recording.Recording;
import org.labourtracker.api.security.Clearance;
import org.labourtracker.evidence.StreamNotFound;
import org.labourtracker.evidence.Violation;
import org.labourtracker.projections.history.RecordTable;
import org.labourtracker.projections.summary.DisputeSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The forms monitors record with: one for each kind of record a dispute or a legal case takes, for
 * opening a dispute, for opening a case in a dispute, and for correcting or retracting a record. A
 * form is posted through the same path as the API's {@code POST /api/{stream}/{id}/{kind}}, with the
 * same reading and the same rules; a refused record is shown again as typed, with every broken rule
 * listed at the top and shown at its field, and nothing is stored.
 */
@Controller
class RecordPage {

    private static final Logger log = LoggerFactory.getLogger(RecordPage.class);
    private static final String OPEN_CASE = "cases";
    private static final List<String> EDITS = List.of("corrections", "retractions");
    /** Where a record that replaces another names it. */
    private static final String SUPERSEDES = "evidence.supersedes.recordId";
    /** What a record of another kind takes over from the one it replaces. */
    private static final List<String> SHARED = List.of("when", "where", "sources", "notes");

    /** How long a recorder is kept waiting for the record store before being shown the page anyway. */
    private static final Duration FOLDING = Duration.ofSeconds(3);

    private final Views views;
    private final RecordTable records;
    private final Recording recording;
    private final Problems problems;
    private final EventStore eventStore;
    private final ObjectMapper json;
    private final Formats formats;

    RecordPage(Views views, Recording recording, Problems problems, EventStore eventStore, ObjectMapper json,
               Formats formats, RecordTable records) {
        this.views = views;
        this.records = records;
        this.recording = recording;
        this.problems = problems;
        this.eventStore = eventStore;
        this.json = json;
        this.formats = formats;
    }

    /** A kind of record a page offers: its name in the address, the stream it goes to, and its command there. */
    record Kind(String name, String label, String group, RecordKinds stream, String posted) {

        Class<?> command() {
            return stream.command(posted).orElseThrow();
        }

        boolean opening() {
            return posted == null;
        }
    }

    /** The stream a form records in: what the page says about it, and the kinds it offers. */
    record Place(String path, String id, String title, String disputeId, String region, String country,
                         List<Kind> kinds) {

        Optional<Kind> kind(String name) {
            return kinds.stream().filter(kind -> kind.name().equals(name)).findFirst();
        }
    }

    /** The form of the kind chosen, the first kind when none is: the chooser sends its choice here. */
    @GetMapping({"/disputes/{id}/record", "/cases/{id}/record"})
    String chosen(@PathVariable String id, @RequestParam(name = "recordKind", required = false) String kind,
                  @RequestParam(required = false) String supersedes, Authentication reader,
                  HttpServletRequest address, Model model) {
        String chosen = kind == null || kind.isBlank() ? place(address, id, reader).kinds().get(0).name() : kind;
        return form(id, chosen, null, supersedes, reader, address, model);
    }

    @GetMapping({"/disputes/{id}/record/{kind}", "/cases/{id}/record/{kind}"})
    String form(@PathVariable String id, @PathVariable String kind, @RequestParam(required = false) String record,
                @RequestParam(required = false) String supersedes, Authentication reader,
                HttpServletRequest address, Model model) {
        Place place = place(address, id, reader);
        Kind chosen = place.kind(kind).orElseThrow(() -> unknownKind(kind));
        Map<String, String> typed = new HashMap<>();
        typed.put("recordId", "web-" + UUID.randomUUID());
        typed.put("evidence.when.precision", "DAY");
        typed.put("evidence.where.region", place.region());
        typed.put("evidence.where.country", place.country());
        Set<String> fields = form(chosen, typed).fieldNames();
        if (record != null) {
            List.of("correctedRecordId", "retractedRecordId").stream().filter(fields::contains)
                    .forEach(field -> typed.put(field, record));
        }
        if (supersedes != null && !supersedes.isBlank()) {
            typed.putAll(shared(id, supersedes, Clearance.mayReadConfidential(reader)));
            typed.put(SUPERSEDES, supersedes);
        }
        RecordForm form = form(chosen, typed);
        return page(place, chosen, form, model);
    }

    @PostMapping({"/disputes/{id}/record/{kind}", "/cases/{id}/record/{kind}"})
    String record(@PathVariable String id, @PathVariable String kind, @RequestParam Map<String, String> typed,
                  Authentication reader, HttpServletRequest address, Model model, HttpServletResponse response) {
        Place place = place(address, id, reader);
        Kind chosen = place.kind(kind).orElseThrow(() -> unknownKind(kind));
        return submit(place, chosen, form(chosen, typed), model, response);
    }

    @GetMapping("/disputes/new")
    String newDispute(Model model) {
        Place place = newDispute();
        Map<String, String> typed = new HashMap<>();
        typed.put("recordId", "web-" + UUID.randomUUID());
        typed.put("evidence.when.precision", "DAY");
        return page(place, place.kinds().get(0), form(place.kinds().get(0), typed), model);
    }

    @PostMapping("/disputes/new")
    String openDispute(@RequestParam Map<String, String> typed, Model model, HttpServletResponse response) {
        Place place = newDispute();
        return submit(place, place.kinds().get(0), form(place.kinds().get(0), typed), model, response);
    }

    private String submit(Place place, Kind kind, RecordForm form, Model model, HttpServletResponse response) {
        String list = form.rowAsked();
        if (list != null) {
            form.addRow(list);
            return page(place, kind, form, model);
        }
        ObjectNode record = form.record();
        if (!form.unreadable()) {
            Recorded recorded = recorded(place, kind, form, record);
            if (recorded != null && !form.refused()) {
                // the page it goes to reads the record store: it is given the moment the store takes to fold the record in
                records.awaitFolded(recorded.streamId(), recorded.version(), FOLDING);
                return "redirect:" + recordedAt(place, kind, record, !recorded.warnings().isEmpty());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return page(place, kind, form, model);
    }

    /**
     * Records the form's record, or marks the form with every rule it breaks (and answers null). A
     * form that broke a rule of its own is sent all the same, when it could be read: the API then
     * refuses it too, and its reasons are shown beside the form's.
     */
    private Recorded recorded(Place place, Kind kind, RecordForm form, ObjectNode record) {
        if (!kind.opening()) {
            record.put(kind.stream().idField(), place.id());
        } else if (kind.name().equals(OPEN_CASE)) {
            record.put("disputeId", place.disputeId());
        }
        try {
            return recording.importRecord(kind.stream(), kind.command(), record);
        } catch (Exception refused) {
            ProblemDetail problem = problems.describe(refused);
            if (problem.getStatus() >= 500) {
                log.warn("A record from the form could not be stored", refused);
            }
            refusals(problem).forEach(refusal -> form.reject(refusal.field(), refusal.reason()));
            return null;
        }
    }

    /**
     * Every broken rule a problem document names: its list of errors when it has one, else its one
     * field and reason (a problem without a field is told by its detail).
     */
    static List<RecordForm.Refusal> refusals(ProblemDetail problem) {
        Map<String, Object> properties = problem.getProperties() == null ? Map.of() : problem.getProperties();
        if (properties.get("errors") instanceof List<?> errors && !errors.isEmpty()) {
            List<RecordForm.Refusal> refusals = new ArrayList<>();
            for (Object error : errors) {
                if (error instanceof Violation violation) {
                    refusals.add(new RecordForm.Refusal(violation.field(), violation.reason()));
                }
            }
            return refusals;
        }
        return List.of(new RecordForm.Refusal((String) properties.get("field"),
                properties.containsKey("reason") ? (String) properties.get("reason") : problem.getDetail()));
    }

    /** The page that shows a new record: its stream's page, at the record (the edited one, for an edit). */
    private static String recordedAt(Place place, Kind kind, ObjectNode record, boolean namesConfidential) {
        String stream = kind.stream() == RecordKinds.CASES ? "cases" : place.path();
        String streamId = record.path(kind.stream().idField()).asText(place.id());
        String shown = record.path("correctedRecordId").asText(record.path("retractedRecordId")
                .asText(record.path("recordId").asText()));
        UriComponentsBuilder page = UriComponentsBuilder.fromPath("/{stream}/{id}");
        if (stream.equals("disputes")) {
            page.queryParam("recorded", "{record}");
        }
        if (namesConfidential && stream.equals("disputes")) {
            page.queryParam("confidentialNamed", "true");
        }
        if (!kind.opening()) {
            page.fragment("entry-{id}--{shown}");
        }
        return page.buildAndExpand(Map.of("stream", stream, "id", streamId, "record", record.path("recordId").asText(),
                "shown", shown)).encode().toUriString();
    }

    /**
     * The parts of an earlier record a record of another kind takes over when it replaces it: when,
     * where, sources (those the reader may see) and notes, from the record as stored.
     */
    private Map<String, String> shared(String streamId, String recordId, boolean confidentialVisible) {
        Optional<JsonNode> stored = eventStore.readEvents(streamId).asStream()
                .map(event -> (JsonNode) json.valueToTree(event.getPayload()))
                .filter(event -> recordId.equals(event.path("recordId").asText(null)))
                .findFirst();
        Map<String, String> shared = new HashMap<>();
        stored.map(event -> event.path("evidence")).filter(JsonNode::isObject).ifPresent(evidence -> {
            for (String part : SHARED) {
                JsonNode value = evidence.get(part);
                if (value instanceof ArrayNode sources && !confidentialVisible) {
                    ArrayNode visible = json.createArrayNode();
                    sources.forEach(source -> {
                        if (!source.path("confidential").asBoolean(false)) {
                            visible.add(source);
                        }
                    });
                    value = visible;
                }
                shared.putAll(RecordForm.flatten(value, "evidence." + part));
            }
        });
        return shared;
    }

    private RecordForm form(Kind kind, Map<String, String> typed) {
        Set<String> filledIn = new HashSet<>(Set.of("recordId"));
        if (!kind.opening()) {
            filledIn.add(kind.stream().idField());
        } else if (kind.name().equals(OPEN_CASE)) {
            filledIn.add("disputeId");
        }
        return new RecordForm(FormShape.of(kind.command(), filledIn), typed, formats::words);
    }

    private Place place(HttpServletRequest address, String id, Authentication reader) {
        boolean visible = Clearance.mayReadConfidential(reader);
        if (address.getRequestURI().startsWith(address.getContextPath() + "/cases/")) {
            var legalCase = views.legalCase(id, visible);
            DisputeSummary dispute = views.summary(legalCase.disputeId(), visible);
            return new Place("cases", id, legalCase.legalCase().title(), legalCase.disputeId(), dispute.region(),
                    dispute.country(), kinds(RecordKinds.CASES, false));
        }
        DisputeSummary dispute = views.summary(id, visible);
        return new Place("disputes", id, dispute.title(), id, dispute.region(), dispute.country(),
                kinds(RecordKinds.DISPUTES, true));
    }

    private Place newDispute() {
        return new Place("disputes", null, "A new dispute", null, "", "",
                List.of(new Kind("dispute", "A new dispute", "Disputes", RecordKinds.DISPUTES, null)));
    }

    /** The kinds a stream's page offers: its own records, a case for a dispute, and the edits. */
    private List<Kind> kinds(RecordKinds stream, boolean dispute) {
        List<Kind> kinds = new ArrayList<>();
        String group = dispute ? "Records of the dispute" : "Records of the case";
        stream.kinds().forEach(kind -> kinds.add(new Kind(kind, formats.words(kind.replace('-', '_')), group, stream, kind)));
        if (dispute) {
            kinds.add(new Kind(OPEN_CASE, "A new legal case in this dispute", "Legal track", RecordKinds.CASES, null));
        }
        kinds.add(new Kind(EDITS.get(0), "Correction of a record", "Edits", RecordKinds.STREAMS, EDITS.get(0)));
        kinds.add(new Kind(EDITS.get(1), "Retraction of a record", "Edits", RecordKinds.STREAMS, EDITS.get(1)));
        return kinds;
    }

    private static StreamNotFound unknownKind(String kind) {
        return new StreamNotFound("kind", "No kind of record here is called " + kind + ".");
    }

    private static String page(Place place, Kind kind, RecordForm form, Model model) {
        model.addAttribute("place", place);
        model.addAttribute("kind", kind);
        model.addAttribute("form", form);
        Map<String, List<Kind>> groups = new java.util.LinkedHashMap<>();
        place.kinds().forEach(each -> groups.computeIfAbsent(each.group(), group -> new ArrayList<>()).add(each));
        model.addAttribute("kindGroups", groups);
        model.addAttribute("editable", place.kinds().stream().filter(other -> !other.opening()
                && other.stream() != RecordKinds.STREAMS).toList());
        return "record";
    }
}
