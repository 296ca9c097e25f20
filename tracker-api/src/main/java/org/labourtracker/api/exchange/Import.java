package org.labourtracker.api.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import org.labourtracker.api.problem.InvalidRequest;
import org.labourtracker.api.problem.Problems;
import org.labourtracker.api.problem.Utf8;
import org.labourtracker.api.recording.RecordKinds;
import org.labourtracker.api.recording.Recorder;
import org.labourtracker.api.recording.Recording;
import org.labourtracker.api.recording.RecordingMetadata;
import org.labourtracker.api.transparency.ExportProofs;
import org.labourtracker.api.transparency.ExportVerifier;
import org.labourtracker.api.transparency.NoteKey;
import org.axonframework.messaging.MetaData;
import org.springframework.http.ProblemDetail;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Imports recordings from NDJSON, one per line: {@code {"stream": "disputes", "kind": "strikes",
 * "record": {...}}} ({@code kind} left out to open a dispute or case). Each line goes through the
 * same commands and validation as the API, in order; a refused line is reported and the rest go on.
 * Every line must carry its record id, so importing a file again records nothing twice. An export of
 * this or another instance begins with a header line: its records are checked against its checkpoint,
 * and keep their provenance (who recorded them first, when, in which log, at which leaf).
 */
@Service
public class Import {

    private static final int KEPT_JOBS = 50;

    private final Recording recording;
    private final Problems problems;
    private final Recorder recorder;
    private final Executor executor;
    private final Clock clock;
    private final Map<String, ImportJob> jobs = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ImportJob> eldest) {
            return size() > KEPT_JOBS;
        }
    };

    private final ObjectMapper json;

    Import(Recording recording, Problems problems, Recorder recorder, Clock clock, ObjectMapper json) {
        this.json = json;
        this.recording = recording;
        this.problems = problems;
        this.recorder = recorder;
        this.clock = clock;
        this.executor = new DelegatingSecurityContextExecutor(command -> {
            Thread worker = new Thread(command, "import");
            worker.setDaemon(true);
            worker.start();
        });
    }

    /**
     * Starts importing in the background, as the caller (who is the recorder of every line, or, for an
     * export of another log, its importer). An export is checked against its checkpoint first, and
     * refused whole if it does not match, unless {@code acceptUnverified} (ADMIN's choice), which is
     * then noted on every record it imports.
     */
    public ImportJob start(InputStream ndjson, boolean acceptUnverified) throws IOException {
        Source source = source(read(ndjson), acceptUnverified);
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), recorder.current(), clock.instant(),
                source.lines().size());
        synchronized (jobs) {
            jobs.put(job.id(), job);
        }
        CompletableFuture.runAsync(() -> run(job, source), executor);
        return job;
    }

    /** Imports on the calling thread and returns when every line is done. */
    public ImportJob.Report importNow(InputStream ndjson, boolean acceptUnverified) throws IOException {
        Source source = source(read(ndjson), acceptUnverified);
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), recorder.current(), clock.instant(),
                source.lines().size());
        run(job, source);
        return job.report();
    }

    public ImportJob.Report importNow(InputStream ndjson) throws IOException {
        return importNow(ndjson, false);
    }

    /** The lines to import, and whether they come from a verified export of another log (null if no export). */
    private record Source(List<String> lines, Boolean verified) {
    }

    private Source source(List<String> lines, boolean acceptUnverified) {
        JsonNode header = lines.isEmpty() ? null : ExportProofs.header(json, lines.get(0));
        if (header == null) {
            return new Source(lines, null);
        }
        if (header.path("redacted").asBoolean()) {
            throw new InvalidRequest("redacted", "is true: this export was made for a reader below AUDITOR, with "
                    + "confidential names and sources masked, and importing it would record the masks as evidence");
        }
        boolean verified;
        try {
            ExportVerifier.Outcome outcome = ExportVerifier.verify(lines,
                    NoteKey.ofVerifierKey(header.path("verifierKey").asText("")), null, json);
            verified = outcome.verified();
            if (!verified && !acceptUnverified) {
                ExportVerifier.LineProblem first = outcome.problems().get(0);
                throw new InvalidRequest("line " + first.line(), (first.recordId() == null ? ""
                        : "(record " + first.recordId() + ") ") + "does not match the export's checkpoint: "
                        + first.reason() + "; an ADMIN may import it unverified with unverified=true");
            }
        } catch (IllegalArgumentException badKey) {
            if (!acceptUnverified) {
                throw new InvalidRequest("verifierKey", "is not a signed-note verifier key: " + badKey.getMessage());
            }
            verified = false;
        }
        return new Source(lines.subList(1, lines.size()), verified);
    }

    public Optional<ImportJob> job(String id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id));
        }
    }

    /** The file's lines; a file that is not UTF-8 is refused whole, before anything is recorded. */
    private static List<String> read(InputStream ndjson) throws IOException {
        return Utf8.decode(ndjson.readAllBytes(), "body").lines().toList();
    }

    private void run(ImportJob job, Source source) {
        List<String> lines = source.lines();
        int offset = source.verified() == null ? 0 : 1;
        try {
            for (int number = 1; number <= lines.size(); number++) {
                String line = lines.get(number - 1);
                if (line.isBlank()) {
                    job.skipped();
                    continue;
                }
                try {
                    importLine(line, source.verified());
                    job.recorded();
                } catch (Exception refused) {
                    ProblemDetail problem = problems.describe(refused);
                    Object field = problem.getProperties() == null ? null : problem.getProperties().get("field");
                    Object reason = problem.getProperties() == null ? null : problem.getProperties().get("reason");
                    job.refused(new ImportJob.LineProblem(number + offset, field == null ? null : field.toString(),
                            reason == null ? problem.getDetail() : reason.toString()));
                }
            }
        } finally {
            job.finished();
        }
    }

    private void importLine(String line, Boolean verified) throws Exception {
        ObjectNode posting = recording.object(line);
        List<String> known = verified == null ? List.of("stream", "kind", "record")
                : List.of("stream", "kind", "record", "provenance", "proof");
        for (Iterator<String> fields = posting.fieldNames(); fields.hasNext(); ) {
            String field = fields.next();
            if (!known.contains(field)) {
                throw new InvalidRequest(field, "is not a field of an import line (" + String.join(", ", known) + ")");
            }
        }
        RecordKinds stream = RecordKinds.of(posting.path("stream").asText(""))
                .orElseThrow(() -> new InvalidRequest("stream", "must be one of disputes, cases, streams"));
        JsonNode kind = posting.get("kind");
        Class<?> command = stream.command(kind == null || kind.isNull() ? null : kind.asText())
                .orElseThrow(() -> new InvalidRequest("kind", "is not a kind of record for " + stream.path()));
        if (!(posting.get("record") instanceof ObjectNode record)) {
            throw new InvalidRequest("record", "is required: the record as a JSON object");
        }
        recording.importRecord(stream, command, record, verified == null ? MetaData.emptyInstance()
                : provenance(posting.path("provenance"), verified));
    }

    /**
     * Who recorded the record first and when, in which log and at which leaf (the first log, if it
     * had already been imported there), and whether the export checked out.
     */
    private static MetaData provenance(JsonNode provenance, boolean verified) {
        for (String field : List.of("origin", "leafIndex", RecordingMetadata.RECORDED_BY, RecordingMetadata.RECORDED_AT)) {
            if (provenance.path(field).asText("").isEmpty()) {
                throw new InvalidRequest("provenance." + field, "is required in a line of an export");
            }
        }
        JsonNode originLog = provenance.path(RecordingMetadata.ORIGIN_LOG);
        boolean firstLog = originLog.asText("").isEmpty();
        return MetaData.from(Map.of(
                RecordingMetadata.RECORDED_BY, provenance.path(RecordingMetadata.RECORDED_BY).asText(),
                RecordingMetadata.RECORDED_AT, provenance.path(RecordingMetadata.RECORDED_AT).asText(),
                RecordingMetadata.ORIGIN_LOG, firstLog ? provenance.path("origin").asText() : originLog.asText(),
                RecordingMetadata.ORIGIN_LEAF, firstLog ? provenance.path("leafIndex").asText()
                        : provenance.path(RecordingMetadata.ORIGIN_LEAF).asText(),
                RecordingMetadata.ORIGIN_VERIFIED, Boolean.toString(verified && (firstLog
                        || provenance.path(RecordingMetadata.ORIGIN_VERIFIED).asBoolean()))));
    }
}
