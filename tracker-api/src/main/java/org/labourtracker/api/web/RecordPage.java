package org.labourtracker.api.web;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import org.labourtracker.api.problem.Problems;
import org.labourtracker.api.reading.Views;
import org.labourtracker.api.recording.RecordKinds;
import org.labourtracker.api.recording.Recorded;
import org.labourtracker.api.recording.Recording;
import org.labourtracker.api.security.Clearance;
import org.labourtracker.dispute.DisputeStatus;
import org.labourtracker.dispute.StrikeLegality;
import org.labourtracker.dispute.VictimCategory;
import org.labourtracker.evidence.ActorType;
import org.labourtracker.evidence.DatePrecision;
import org.labourtracker.evidence.PersonRole;
import org.labourtracker.evidence.Reliability;
import org.labourtracker.evidence.SourceKind;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The form monitors record a dispute's events with. What it posts is recorded through the same
 * path as {@code POST /api/disputes/{id}/{kind}}, with the same reading and the same rules; a
 * refused record is shown again as typed, with the reason at the field at fault, and nothing is stored.
 */
@Controller
@RequestMapping("/disputes/{disputeId}/record")
class RecordPage {

    private static final Logger log = LoggerFactory.getLogger(RecordPage.class);

    private final Views views;
    private final Recording recording;
    private final Problems problems;

    RecordPage(Views views, Recording recording, Problems problems) {
        this.views = views;
        this.recording = recording;
        this.problems = problems;
    }

    @GetMapping
    String form(@PathVariable String disputeId, Authentication reader, Model model) {
        DisputeSummary summary = views.summary(disputeId, Clearance.mayReadConfidential(reader));
        return page(summary, RecordForm.blank("web-" + UUID.randomUUID(), summary.region(), summary.country()), model);
    }

    @PostMapping
    String record(@PathVariable String disputeId, @RequestParam Map<String, String> typed, Authentication reader,
                  Model model, HttpServletResponse response) {
        DisputeSummary summary = views.summary(disputeId, Clearance.mayReadConfidential(reader));
        RecordForm form = RecordForm.of(typed);
        Recorded recorded = recorded(disputeId, form);
        if (recorded != null) {
            UriComponentsBuilder page = UriComponentsBuilder.fromPath("/disputes/{id}").queryParam("recorded", "{record}");
            if (!recorded.warnings().isEmpty()) {
                page.queryParam("confidentialNamed", "true");
            }
            return "redirect:" + page.fragment("entry-{id}--{record}")
                    .buildAndExpand(Map.of("id", disputeId, "record", form.recordId())).encode().toUriString();
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return page(summary, form, model);
    }

    /** Records the form's record, or marks the form with the reason it was refused (and answers null). */
    private Recorded recorded(String disputeId, RecordForm form) {
        if (!RecordForm.FIELDS_BY_KIND.containsKey(form.recordKind())) {
            form.reject("recordKind", "must be one of " + RecordForm.FIELDS_BY_KIND.keySet());
            return null;
        }
        try {
            Class<?> command = RecordKinds.DISPUTES.command(form.recordKind()).orElseThrow();
            return recording.importRecord(RecordKinds.DISPUTES, command, form.record(disputeId));
        } catch (Exception refused) {
            ProblemDetail problem = problems.describe(refused);
            if (problem.getStatus() >= 500) {
                log.warn("A record from the form could not be stored", refused);
            }
            Map<String, Object> properties = problem.getProperties() == null ? Map.of() : problem.getProperties();
            form.reject((String) properties.get("field"),
                    properties.containsKey("reason") ? (String) properties.get("reason") : problem.getDetail());
            return null;
        }
    }

    private static String page(DisputeSummary summary, RecordForm form, Model model) {
        model.addAttribute("summary", summary);
        model.addAttribute("form", form);
        model.addAttribute("recordKinds", RecordForm.FIELDS_BY_KIND.keySet());
        model.addAttribute("subkinds", RecordForm.SUBKINDS);
        model.addAttribute("kindsHaving", RecordForm.kindsHaving());
        model.addAttribute("sourceRows", java.util.stream.IntStream.range(0, RecordForm.SOURCE_ROWS).boxed().toList());
        model.addAttribute("statuses", Arrays.asList(DisputeStatus.values()));
        model.addAttribute("legalities", Arrays.asList(StrikeLegality.values()));
        model.addAttribute("victimCategories", Arrays.asList(VictimCategory.values()));
        model.addAttribute("actorTypes", Arrays.asList(ActorType.values()));
        model.addAttribute("precisions", Arrays.asList(DatePrecision.values()));
        model.addAttribute("sourceKinds", Arrays.asList(SourceKind.values()));
        model.addAttribute("reliabilities", Arrays.asList(Reliability.values()));
        model.addAttribute("roles", Arrays.asList(PersonRole.values()));
        return "record";
    }
}
