package org.labourtracker.api.exchange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.labourtracker.api.reading.Views;
import org.labourtracker.api.recording.RecordKinds;
import org.labourtracker.api.transparency.ExportProofs;
import org.labourtracker.evidence.Actor;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Place;
import org.labourtracker.evidence.Source;
import org.labourtracker.projections.figures.ClaimView;
import org.labourtracker.projections.figures.DisputeFigures;
import org.labourtracker.projections.figures.FigureGroup;
import org.labourtracker.projections.figures.SideRange;
import org.labourtracker.projections.people.CaseView;
import org.labourtracker.projections.timeline.DisputeTimeline;
import org.labourtracker.projections.timeline.TimelineEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A dispute's records for use elsewhere: the timeline and the figures as CSV with the columns of
 * ACLED and UCDP (one row per claim where a record gives figures), and every recording as NDJSON
 * in the import format, so that an export imported elsewhere rebuilds the same timeline.
 */
@Service
class Exports {

    static final List<String> TIMELINE_COLUMNS = List.of("event_id_cnty", "stream_id", "event_date", "event_date_until",
            "time_precision", "event_type", "sub_event_type", "actors", "location", "admin1", "country", "latitude",
            "longitude", "geo_precision", "source", "source_kind", "notes", "claim_source", "claim_source_kind",
            "low", "best", "high", "wording", "vague", "counted", "standing", "corrected", "recorded_at", "recorded_by");
    static final List<String> FIGURE_COLUMNS = List.of("kind", "incident", "record_id", "source", "source_kind",
            "side", "low", "best", "high", "wording", "vague", "counted", "status", "official_low", "official_high",
            "independent_low", "independent_high", "victims");

    private final Views views;
    private final EventStore eventStore;
    private final ObjectMapper json;

    private final JdbcTemplate jdbc;
    private final ExportProofs proofs;

    Exports(Views views, EventStore eventStore, ObjectMapper json, JdbcTemplate jdbc, ExportProofs proofs) {
        this.proofs = proofs;
        this.jdbc = jdbc;
        this.views = views;
        this.eventStore = eventStore;
        this.json = json;
    }

    String timelineCsv(String disputeId, boolean confidentialVisible) {
        DisputeTimeline timeline = views.timeline(disputeId, confidentialVisible);
        Csv csv = new Csv(TIMELINE_COLUMNS);
        for (TimelineEntry entry : timeline.entries()) {
            List<Claim> claims = entry.claims() == null || entry.claims().isEmpty() ? java.util.Collections.singletonList(null)
                    : entry.claims();
            for (Claim claim : claims) {
                Place where = entry.where();
                csv.row(entry.recordId(), entry.streamId(), entry.when() == null ? null : entry.when().earliest(),
                        entry.when() == null ? null : entry.when().latest(),
                        entry.when() == null ? null : entry.when().precision(), entry.type(),
                        entry.details() == null ? null : entry.details().get("kind"), actors(entry),
                        where == null ? null : where.name(), where == null ? null : where.region(),
                        where == null ? null : where.country(),
                        where == null || where.coordinates() == null ? null : where.coordinates().latitude(),
                        where == null || where.coordinates() == null ? null : where.coordinates().longitude(),
                        where == null || where.coordinates() == null ? null : where.coordinates().precision(),
                        publishers(entry.sources()), kinds(entry.sources()), notes(entry),
                        claim == null ? null : claim.source().publisher(),
                        claim == null ? null : claim.source().kind(), claim == null ? null : claim.low(),
                        claim == null ? null : claim.best(), claim == null ? null : claim.high(),
                        claim == null ? null : claim.wording(), claim == null ? null : claim.vague(),
                        claim == null ? null : claim.counted(), entry.standing(), entry.corrected(),
                        entry.recordedAt(), entry.recordedBy());
            }
        }
        return csv.toString();
    }

    String figuresCsv(String disputeId, boolean confidentialVisible) {
        DisputeFigures figures = views.figures(disputeId, confidentialVisible);
        Csv csv = new Csv(FIGURE_COLUMNS);
        for (FigureGroup group : figures.groups()) {
            SideRange official = group.spread().official();
            SideRange independent = group.spread().independent();
            for (ClaimView claim : group.claims()) {
                csv.row(group.kind(), group.incident(), claim.recordId(), claim.source().publisher(),
                        claim.source().kind(), claim.source().kind().isOfficialSide() ? "official" : "independent",
                        claim.low(), claim.best(), claim.high(), claim.wording(), claim.vague(), claim.counted(),
                        claim.status(),
                        official == null ? null : official.low(), official == null ? null : official.high(),
                        independent == null ? null : independent.low(), independent == null ? null : independent.high(),
                        group.victims());
            }
        }
        return csv.toString();
    }

    /**
     * Every recording of the dispute and its legal cases as import lines, in the order the store
     * took them, so that an import records them in the same order (and ties in the timeline, which
     * fall back on the order of recording, come out the same). The first line is a header with the
     * checkpoint of the transparency log the export was taken at; each record carries its provenance
     * and the proof that it is in that checkpoint ({@link ExportProofs}). Readers below AUDITOR get
     * confidential names and sources redacted, which such an export then keeps, and says so.
     */
    Stream<String> ndjson(String disputeId, boolean confidentialVisible, Long since) {
        List<String> streams = new ArrayList<>();
        streams.add(disputeId);
        views.people(disputeId, true).cases().stream().map(CaseView::caseId).forEach(streams::add);
        Map<String, Long> storeOrder = new HashMap<>();
        jdbc.query("SELECT aggregate_identifier, sequence_number, global_index FROM domain_event_entry"
                        + " WHERE aggregate_identifier IN (" + String.join(",", Collections.nCopies(streams.size(), "?")) + ")",
                row -> {
                    storeOrder.put(row.getString(1) + "#" + row.getLong(2), row.getLong(3));
                }, streams.toArray());
        List<DomainEventMessage<?>> events = streams.stream()
                .flatMap(stream -> eventStore.readEvents(stream).asStream())
                .<DomainEventMessage<?>>map(event -> event)
                .sorted(Comparator.comparing(event -> storeOrder.getOrDefault(
                        event.getAggregateIdentifier() + "#" + event.getSequenceNumber(), Long.MAX_VALUE)))
                .toList();
        ExportProofs.Session session = proofs.begin(storeOrder.values(), since);
        List<ObjectNode> lines = events.stream().map(event -> line(event, session, !confidentialVisible,
                storeOrder.get(event.getAggregateIdentifier() + "#" + event.getSequenceNumber())))
                .filter(Objects::nonNull).toList();
        if (!confidentialVisible) {
            new ExportRedaction(lines).apply();
        }
        return Stream.concat(Stream.of(session.header(!confidentialVisible)), lines.stream()).map(ObjectNode::toString);
    }

    private ObjectNode line(DomainEventMessage<?> event, ExportProofs.Session session, boolean redacted,
                            Long globalIndex) {
        return RecordKinds.postingFor(event.getPayloadType()).map(posting -> {
            ObjectNode line = json.createObjectNode().put("stream", posting.stream().path());
            if (posting.kind() != null) {
                line.put("kind", posting.kind());
            }
            line.set("record", json.valueToTree(event.getPayload()));
            if (globalIndex != null) {
                session.attach(line, globalIndex, redacted);
            }
            return line;
        }).orElse(null);
    }

    private static String actors(TimelineEntry entry) {
        Map<String, Object> details = entry.details() == null ? Map.of() : entry.details();
        List<String> actors = new ArrayList<>();
        Stream.of("employer", "authority", "body").map(details::get).filter(Objects::nonNull).map(Object::toString)
                .forEach(actors::add);
        if (details.get("actors") instanceof List<?> named) {
            named.stream().filter(Actor.class::isInstance).map(Actor.class::cast).map(Exports::actor)
                    .forEach(actors::add);
        }
        if (entry.people() != null) {
            entry.people().forEach(person -> actors.add(person.name()));
        }
        return String.join("; ", actors);
    }

    /** "South African Police Service (state forces, perpetrator)"; an unnamed actor by its type. */
    private static String actor(Actor actor) {
        String type = actor.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        String role = actor.role().name().toLowerCase(java.util.Locale.ROOT) + (actor.alleged() ? ", alleged" : "");
        return (actor.name() == null ? type : actor.name() + " (" + type + ", " + role + ")")
                + (actor.name() == null ? " (" + role + ")" : "");
    }

    private static String publishers(List<Source> sources) {
        return sources == null ? null : sources.stream().map(Source::publisher).collect(Collectors.joining("; "));
    }

    private static String kinds(List<Source> sources) {
        return sources == null ? null : sources.stream().map(source -> source.kind().name()).distinct()
                .sorted(Comparator.naturalOrder()).collect(Collectors.joining("; "));
    }

    private static String notes(TimelineEntry entry) {
        return entry.notes() == null ? entry.headline() : entry.headline() + ". " + entry.notes();
    }
}
