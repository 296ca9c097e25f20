package org.labourtracker.api.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.labourtracker.api.problem.InvalidRequest;
import org.labourtracker.api.security.Clearance;
import org.labourtracker.evidence.StreamNotFound;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** Exports of a dispute (CSV, NDJSON) and the NDJSON import, with its progress. */
@RestController
@RequestMapping("/api")
class ExchangeController {

    static final String NDJSON = "application/x-ndjson";
    static final String CSV = "text/csv";

    private final Import imports;
    private final Exports exports;

    ExchangeController(Import imports, Exports exports) {
        this.imports = imports;
        this.exports = exports;
    }

    /**
     * Imports NDJSON recordings. Answers 202 at once with the job (its Location shows progress), or
     * with {@code wait=true} 200 with the finished report. An export that does not match its checkpoint
     * is refused whole, unless an ADMIN sets {@code unverified=true}.
     */
    @PostMapping(path = "/import", consumes = {NDJSON, MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_PLAIN_VALUE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @ApiResponse(responseCode = "202", description = "the import started: its report so far; Location shows its progress",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "200", description = "with wait=true: the finished import", useReturnTypeSchema = true)
    ResponseEntity<ImportJob.Report> importRecords(InputStream body,
                                                   @Parameter(description = "true to answer only when every line is done")
                                                   @RequestParam(defaultValue = "false") boolean wait,
                                                   @Parameter(description = "true to import an export that does not match "
                                                           + "its checkpoint; ADMIN only")
                                                   @RequestParam(defaultValue = "false") boolean unverified,
                                                   Authentication caller) throws IOException {
        if (unverified && !Clearance.isAdmin(caller)) {
            throw new InvalidRequest("unverified", "may be set by an ADMIN only");
        }
        if (wait) {
            return ResponseEntity.ok(imports.importNow(body, unverified));
        }
        ImportJob job = imports.start(body, unverified);
        return ResponseEntity.accepted().location(URI.create("/api/import/" + job.id())).body(job.report());
    }

    /** An import's progress: lines recorded, refused (each with its field and reason) and skipped. */
    @GetMapping(path = "/import/{jobId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ImportJob.Report importProgress(@PathVariable String jobId) {
        return imports.job(jobId).map(ImportJob::report)
                .orElseThrow(() -> new StreamNotFound("jobId", "no import with this id is known"));
    }

    /**
     * The dispute's timeline as CSV: one row a record and claim (a record without figures is one row),
     * with its when, where, sources and standing, redacted for the reader.
     */
    @GetMapping(path = "/disputes/{disputeId}/timeline.csv", produces = CSV)
    ResponseEntity<String> timelineCsv(@PathVariable String disputeId, Authentication reader) {
        return file(disputeId + "-timeline.csv", CSV,
                exports.timelineCsv(disputeId, Clearance.mayReadConfidential(reader)));
    }

    /**
     * The dispute's figures as CSV: one row a source's claim, with its side, its status and the
     * group's official and independent ranges, redacted for the reader.
     */
    @GetMapping(path = "/disputes/{disputeId}/figures.csv", produces = CSV)
    ResponseEntity<String> figuresCsv(@PathVariable String disputeId, Authentication reader) {
        return file(disputeId + "-figures.csv", CSV,
                exports.figuresCsv(disputeId, Clearance.mayReadConfidential(reader)));
    }

    /**
     * Every recording of the dispute and its cases, with the checkpoint it was taken at; {@code since}
     * is the size of a checkpoint the reader keeps, which the export then proves it extends.
     */
    @GetMapping(path = "/disputes/{disputeId}/export.ndjson", produces = NDJSON)
    ResponseEntity<StreamingResponseBody> ndjson(@PathVariable String disputeId,
                                                 @Parameter(description = "the size of a checkpoint the reader keeps, "
                                                         + "which the export then proves it extends")
                                                 @RequestParam(required = false) Long since, Authentication reader) {
        var lines = exports.ndjson(disputeId, Clearance.mayReadConfidential(reader), since).toList();
        StreamingResponseBody body = out -> {
            for (String line : lines) {
                out.write(line.getBytes(StandardCharsets.UTF_8));
                out.write('\n');
            }
        };
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + disputeId + ".ndjson\"")
                .contentType(MediaType.parseMediaType(NDJSON))
                .body(body);
    }

    private static ResponseEntity<String> file(String name, String type, String content) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .contentType(MediaType.parseMediaType(type + ";charset=UTF-8"))
                .body(content);
    }
}
