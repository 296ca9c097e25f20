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
import org.springframework.http.ProblemDetail;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Imports recordings from NDJSON, one per line: {@code {"stream": "disputes", "kind": "strikes",
 * "record": {...}}} ({@code kind} left out to open a dispute or case). Each line goes through the
 * same commands and validation as the API, in order; a refused line is reported and the rest go on.
 * Every line must carry its record id, so importing a file again records nothing twice.
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

    Import(Recording recording, Problems problems, Recorder recorder, Clock clock) {
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

    /** Starts importing in the background, as the caller (who is the recorder of every line). */
    public ImportJob start(InputStream ndjson) throws IOException {
        List<String> lines = read(ndjson);
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), recorder.current(), clock.instant(), lines.size());
        synchronized (jobs) {
            jobs.put(job.id(), job);
        }
        CompletableFuture.runAsync(() -> run(job, lines), executor);
        return job;
    }

    /** Imports on the calling thread and returns when every line is done. */
    public ImportJob.Report importNow(InputStream ndjson) throws IOException {
        List<String> lines = read(ndjson);
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), recorder.current(), clock.instant(), lines.size());
        run(job, lines);
        return job.report();
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

    private void run(ImportJob job, List<String> lines) {
        try {
            for (int number = 1; number <= lines.size(); number++) {
                String line = lines.get(number - 1);
                if (line.isBlank()) {
                    job.skipped();
                    continue;
                }
                try {
                    importLine(line);
                    job.recorded();
                } catch (Exception refused) {
                    ProblemDetail problem = problems.describe(refused);
                    Object field = problem.getProperties() == null ? null : problem.getProperties().get("field");
                    Object reason = problem.getProperties() == null ? null : problem.getProperties().get("reason");
                    job.refused(new ImportJob.LineProblem(number, field == null ? null : field.toString(),
                            reason == null ? problem.getDetail() : reason.toString()));
                }
            }
        } finally {
            job.finished();
        }
    }

    private void importLine(String line) throws Exception {
        ObjectNode posting = recording.object(line);
        for (Iterator<String> fields = posting.fieldNames(); fields.hasNext(); ) {
            String field = fields.next();
            if (!List.of("stream", "kind", "record").contains(field)) {
                throw new InvalidRequest(field, "is not a field of an import line (stream, kind, record)");
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
        recording.importRecord(stream, command, record);
    }
}
