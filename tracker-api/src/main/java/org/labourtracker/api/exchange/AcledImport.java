package org.labourtracker.api.exchange;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.labourtracker.api.problem.InvalidRequest;
import org.labourtracker.api.problem.Problems;
import org.labourtracker.api.recording.RecordKinds;
import org.labourtracker.api.recording.Recorder;
import org.labourtracker.api.recording.Recording;
import org.labourtracker.dispute.DisputeCommand;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Imports ACLED event rows (CSV with ACLED's header) as sourced records, each row one record, through
 * the same commands and validation as the API; a refused row is reported by its line and the rest go
 * on (README: "ACLED exchange"):
 * <ul>
 * <li>the dispute: {@code dispute=} in {@code tags} (our own export); else one dispute per country,
 *     first-level region ({@code admin1}) and year, {@code acled-<country>-<admin1>-<year>}, opened
 *     by the import with its first row's evidence unless it exists;</li>
 * <li>the record id: {@code record=} in {@code tags}, else {@code acled-} and {@code event_id_cnty},
 *     so that a file imported twice records each row once;</li>
 * <li>the kind: {@code tracker=} in {@code tags}, else from the sub-event type: protests and riots a
 *     demonstration; excessive force or an attack with fatalities the people killed (one claim, the
 *     row's first source giving {@code fatalities}), without them force used; arrests a detention of
 *     at least one; an agreement an agreement signed; anything else a state action of kind other;</li>
 * <li>when: {@code time_precision} 1 the day, 2 the seven days from {@code event_date}, 3 a month from it
 *     (the calendar month when it is the first);
 *     where: {@code location}, {@code admin1}, the country by {@code iso} (or name) and coordinates;
 *     sources: each publisher in {@code source}, of kind OTHER and reliability CANNOT_BE_JUDGED.</li>
 * </ul>
 */
@Service
class AcledImport {

    private static final int TITLE_LENGTH = 300;
    private static final List<String> REQUIRED = List.of("event_date", "time_precision", "event_type",
            "sub_event_type", "country", "location", "source", "fatalities");

    private final Recording recording;
    private final Problems problems;
    private final Recorder recorder;
    private final EventStore eventStore;
    private final Clock clock;
    private final ObjectMapper json;

    AcledImport(Recording recording, Problems problems, Recorder recorder, EventStore eventStore, Clock clock,
                ObjectMapper json) {
        this.recording = recording;
        this.problems = problems;
        this.recorder = recorder;
        this.eventStore = eventStore;
        this.clock = clock;
        this.json = json;
    }

    /** A row to record: its line in the file (from 1, the header), the command and its fields. */
    private record Line(int number, String disputeId, Class<?> command, ObjectNode record) {
    }

    ImportJob.Report importNow(String csv) {
        List<List<String>> rows = AcledFormat.parse(csv);
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), recorder.current(), clock.instant(),
                Math.max(0, rows.size() - 1));
        try {
            if (rows.isEmpty()) {
                throw new InvalidRequest("header", "is required: ACLED's column names");
            }
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < rows.get(0).size(); i++) {
                columns.put(rows.get(0).get(i).trim().toLowerCase(Locale.ROOT), i);
            }
            for (String column : REQUIRED) {
                if (!columns.containsKey(column)) {
                    job.refused(new ImportJob.LineProblem(1, column, "is a required ACLED column"));
                    rows = rows.subList(0, 1);
                }
            }
            List<Line> lines = new ArrayList<>();
            for (int number = 2; number <= rows.size(); number++) {
                try {
                    lines.add(line(number, new Row(columns, rows.get(number - 1))));
                } catch (InvalidRequest refused) {
                    job.refused(problem(number, refused));
                }
            }
            // A dispute is opened before anything is recorded in it.
            lines.sort(Comparator.comparing(line -> line.command() != DisputeCommand.OpenDispute.class));
            Set<String> open = new HashSet<>();
            for (Line line : lines) {
                try {
                    if (line.command() == DisputeCommand.OpenDispute.class) {
                        open.add(line.disputeId());
                    } else if (open.add(line.disputeId()) && eventStore.lastSequenceNumberFor(line.disputeId()).isEmpty()) {
                        record(opening(line));
                    }
                    record(line);
                    job.recorded();
                } catch (Exception refused) {
                    job.refused(problem(line.number(), refused));
                }
            }
        } catch (Exception refused) {
            job.refused(problem(1, refused));
        } finally {
            job.finished();
        }
        return job.report();
    }

    private void record(Line line) throws Exception {
        recording.importRecord(RecordKinds.DISPUTES, line.command(), line.record());
    }

    private ImportJob.LineProblem problem(int number, Exception refused) {
        ProblemDetail problem = problems.describe(refused);
        Object field = problem.getProperties() == null ? null : problem.getProperties().get("field");
        Object reason = problem.getProperties() == null ? null : problem.getProperties().get("reason");
        return new ImportJob.LineProblem(number, field == null ? null : field.toString(),
                reason == null ? problem.getDetail() : reason.toString());
    }

    /** The cells of one row by column name; an absent or empty cell is null. */
    private record Row(Map<String, Integer> columns, List<String> cells) {

        String get(String column) {
            Integer index = columns.get(column);
            if (index == null || index >= cells.size()) {
                return null;
            }
            String cell = cells.get(index).trim();
            return cell.isEmpty() ? null : cell;
        }

        String tag(String name) {
            String tags = get("tags");
            if (tags != null) {
                for (String tag : tags.split(";")) {
                    String[] pair = tag.trim().split("=", 2);
                    if (pair.length == 2 && pair[0].equals(name)) {
                        return pair[1].trim();
                    }
                }
            }
            return null;
        }
    }

    private Line line(int number, Row row) {
        AcledFormat.Country country = AcledFormat.country(row.get("iso"), row.get("country"))
                .orElseThrow(() -> new InvalidRequest("country", "is not a country of ISO 3166 (by iso, or by name)"));
        LocalDate date;
        try {
            date = LocalDate.parse(String.valueOf(row.get("event_date")));
        } catch (DateTimeParseException e) {
            throw new InvalidRequest("event_date", "must be a date such as 2011-12-16");
        }
        int fatalities;
        try {
            fatalities = row.get("fatalities") == null ? 0 : Integer.parseInt(row.get("fatalities"));
        } catch (NumberFormatException e) {
            throw new InvalidRequest("fatalities", "must be a whole number");
        }
        String region = row.get("admin1");
        String disputeId = row.tag("dispute") != null ? row.tag("dispute")
                : "acled-" + slug(country.alpha2()) + (region == null ? "" : "-" + slug(region)) + "-" + date.getYear();
        String recordId = row.tag("record");
        if (recordId == null) {
            if (row.get("event_id_cnty") == null) {
                throw new InvalidRequest("event_id_cnty", "is required, as the record's id");
            }
            recordId = "acled-" + row.get("event_id_cnty");
        }
        String kind = row.tag("tracker") != null ? row.tag("tracker") : kindOf(row, fatalities);
        ObjectNode record = json.createObjectNode().put("disputeId", disputeId).put("recordId", recordId);
        record.set("evidence", evidence(row, country, date));
        String[] kindAndSub = kind.split("/", 2);
        String sub = kindAndSub.length > 1 ? kindAndSub[1] : null;
        Class<?> command = switch (kindAndSub[0]) {
            case "open" -> {
                String title = row.get("notes") == null ? disputeId : row.get("notes");
                record.put("title", title.length() <= TITLE_LENGTH ? title : title.substring(0, TITLE_LENGTH - 1) + "…")
                        .put("status", "ACTIVE");
                yield DisputeCommand.OpenDispute.class;
            }
            case "strikes" -> {
                record.put("kind", sub == null ? "STARTED" : sub);
                yield DisputeCommand.RecordStrike.class;
            }
            case "protests" -> {
                record.put("kind", sub == null ? "DEMONSTRATION" : sub);
                yield DisputeCommand.RecordProtest.class;
            }
            case "casualties" -> {
                if (fatalities == 0) {
                    throw new InvalidRequest("fatalities", "ACLED carries no count of the injured, nor of killed without fatalities");
                }
                record.put("kind", "KILLED");
                claim(record, row, fatalities, fatalities, "fatalities (ACLED)");
                yield DisputeCommand.ReportCasualties.class;
            }
            case "detentions" -> {
                record.put("kind", sub == null ? "ARRESTED" : sub);
                claim(record, row, 1, null, "arrests, no count given (ACLED)");
                yield DisputeCommand.ReportDetentions.class;
            }
            case "employer-responses" -> {
                record.put("kind", sub == null ? "AGREEMENT_SIGNED" : sub).put("employer", row.get("actor1"));
                yield DisputeCommand.RecordEmployerResponse.class;
            }
            case "state-actions" -> {
                record.put("kind", sub == null ? "OTHER" : sub).put("authority", row.get("actor1"));
                yield DisputeCommand.RecordStateAction.class;
            }
            default -> throw new InvalidRequest("tags", "record kind " + kind
                    + " does not round-trip through ACLED's columns; the NDJSON export carries it");
        };
        return new Line(number, disputeId, command, record);
    }

    private static String kindOf(Row row, int fatalities) {
        String sub = String.valueOf(row.get("sub_event_type")).toLowerCase(Locale.ROOT);
        return switch (sub) {
            case "peaceful protest", "protest with intervention", "violent demonstration", "mob violence" -> "protests";
            case "excessive force against protesters", "attack" -> fatalities > 0 ? "casualties" : "state-actions/FORCE_USED";
            case "arrests" -> "detentions";
            case "agreement" -> "employer-responses";
            default -> "state-actions";
        };
    }

    private void claim(ObjectNode record, Row row, int low, Integer best, String wording) {
        ObjectNode claim = record.putArray("claims").addObject();
        claim.set("source", source(row.get("source").split(";")[0].trim()));
        claim.put("low", low);
        if (best != null) {
            claim.put("best", best).put("high", best);
        }
        claim.put("wording", wording);
    }

    private ObjectNode evidence(Row row, AcledFormat.Country country, LocalDate date) {
        ObjectNode evidence = json.createObjectNode();
        ObjectNode when = evidence.putObject("when");
        switch (String.valueOf(row.get("time_precision"))) {
            case "1" -> when.put("on", date.toString()).put("precision", "DAY");
            case "2" -> when.put("on", date.toString()).put("precision", "RANGE").put("until", date.plusDays(6).toString());
            // the month from event_date: the calendar month when it is the first, else the month's days from it
            case "3" -> {
                if (date.getDayOfMonth() == 1) {
                    when.put("on", date.toString()).put("precision", "MONTH");
                } else {
                    when.put("on", date.toString()).put("precision", "RANGE").put("until", date.plusMonths(1).minusDays(1).toString());
                }
            }
            default -> throw new InvalidRequest("time_precision", "must be 1, 2 or 3");
        }
        ObjectNode where = evidence.putObject("where").put("name", row.get("location")).put("region", row.get("admin1"))
                .put("country", country.alpha2());
        if (row.get("latitude") != null && row.get("longitude") != null) {
            try {
                where.putObject("coordinates").put("latitude", Double.parseDouble(row.get("latitude")))
                        .put("longitude", Double.parseDouble(row.get("longitude")))
                        .put("precision", switch (String.valueOf(row.get("geo_precision"))) {
                            case "1" -> "SETTLEMENT";
                            case "2" -> "NEAR";
                            default -> "REGION";
                        });
            } catch (NumberFormatException e) {
                throw new InvalidRequest("latitude", "latitude and longitude must be decimal degrees");
            }
        }
        ArrayNode sources = evidence.putArray("sources");
        if (row.get("source") == null) {
            throw new InvalidRequest("source", "is required: ACLED's sources");
        }
        for (String publisher : row.get("source").split(";")) {
            if (!publisher.isBlank()) {
                sources.add(source(publisher.trim()));
            }
        }
        if (row.get("notes") != null) {
            evidence.put("notes", row.get("notes"));
        }
        return evidence;
    }

    private ObjectNode source(String publisher) {
        return json.createObjectNode().put("publisher", publisher).put("kind", "OTHER")
                .put("reliability", "CANNOT_BE_JUDGED");
    }

    /** The opening of a dispute the rows of a file are put in, made from its first row. */
    private Line opening(Line first) {
        ObjectNode where = (ObjectNode) first.record().get("evidence").get("where");
        String place = where.hasNonNull("region") ? where.get("region").asText() + ", " : "";
        String country = AcledFormat.country(where.get("country").asText()).map(AcledFormat.Country::name).orElse("");
        String title = "Labour unrest in " + place + country + ", " + first.disputeId().substring(first.disputeId().length() - 4)
                + " (from ACLED)";
        ObjectNode record = json.createObjectNode().put("disputeId", first.disputeId()).put("recordId", "acled-opened")
                .put("title", title).put("status", "ACTIVE");
        record.set("evidence", first.record().get("evidence").deepCopy());
        return new Line(first.number(), first.disputeId(), DisputeCommand.OpenDispute.class, record);
    }

    private static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
