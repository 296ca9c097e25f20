package org.labourtracker.api.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.labourtracker.api.security.Clearance;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

/** ACLED's event format in and out ({@link AcledExport}, {@link AcledImport}). */
@RestController
@RequestMapping("/api")
class AcledController {

    static final String CSV = "text/csv";

    private final AcledExport export;
    private final AcledImport imports;

    AcledController(AcledExport export, AcledImport imports) {
        this.export = export;
        this.imports = imports;
    }

    @Operation(summary = "The dispute's standing records as ACLED event rows (ACLED's 31 columns and codes)",
            description = "One row a standing record of the dispute's own stream, with ACLED's meanings: "
                    + "time_precision 1 to 3, event type and sub-type from the kind of record, fatalities the lowest "
                    + "figure any source gives, and tags that let our ACLED import put each row back as its record.")
    @GetMapping(path = "/disputes/{disputeId}/acled.csv", produces = CSV)
    ResponseEntity<String> acled(@PathVariable String disputeId, Authentication reader) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + disputeId + "-acled.csv\"")
                .contentType(MediaType.parseMediaType(CSV + ";charset=UTF-8"))
                .body(export.csv(disputeId, Clearance.mayReadConfidential(reader)));
    }

    @Operation(summary = "Records ACLED event rows, each as a sourced record in its dispute; answers when done",
            description = "Each row becomes one record, through the same validation as the API: in the dispute its "
                    + "tags name, else one dispute per country, admin1 and year. A file imported twice records each "
                    + "row once; a refused row is reported by its line, field and reason, and the rest go on.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = CSV, schema = @Schema(type = "string",
                            description = "ACLED's CSV, with its header row"))))
    @PostMapping(path = "/import/acled", consumes = CSV, produces = MediaType.APPLICATION_JSON_VALUE)
    ImportJob.Report importAcled(InputStream body) throws IOException {
        return imports.importNow(new String(body.readAllBytes(), StandardCharsets.UTF_8));
    }
}
