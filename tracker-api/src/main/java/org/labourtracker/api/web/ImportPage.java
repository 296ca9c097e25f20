package org.labourtracker.api.web;

import java.io.IOException;
import java.io.InputStream;

import org.labourtracker.api.exchange.Import;
import org.labourtracker.api.exchange.ImportJob;
import org.labourtracker.api.problem.InvalidRequest;
import org.labourtracker.evidence.StreamNotFound;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports an NDJSON file through the same import as {@code POST /api/import}, as the signed-in
 * monitor, and shows its progress while it runs and each refused line when it is done.
 */
@Controller
@RequestMapping("/import")
class ImportPage {

    private final Import imports;

    ImportPage(Import imports) {
        this.imports = imports;
    }

    @GetMapping
    String form() {
        return "import";
    }

    @PostMapping
    String start(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        if (file.isEmpty()) {
            model.addAttribute("error", "Choose a file of NDJSON recordings, one per line.");
            return "import";
        }
        try (InputStream lines = file.getInputStream()) {
            return "redirect:/import/" + imports.start(lines, false).id();
        } catch (InvalidRequest refused) {
            model.addAttribute("error", "The file was not imported: " + refused.field() + " " + refused.getMessage() + ".");
            return "import";
        }
    }

    @GetMapping("/{jobId}")
    String job(@PathVariable String jobId, Model model) {
        model.addAttribute("job", report(jobId));
        return "import";
    }

    /** What the page polls while the import runs. */
    @GetMapping(path = "/{jobId}/progress", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ImportJob.Report progress(@PathVariable String jobId) {
        return report(jobId);
    }

    private ImportJob.Report report(String jobId) {
        return imports.job(jobId).map(ImportJob::report)
                .orElseThrow(() -> new StreamNotFound("jobId", "No import with this id is known."));
    }
}
