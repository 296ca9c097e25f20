package org.labourtracker.api.web;

import org.labourtracker.api.reading.Views;
import org.labourtracker.api.security.Clearance;
import org.labourtracker.projections.people.CaseRecord;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A legal case: its stage, charges, defendants and proceedings, and the dispute it belongs to. */
@Controller
class CasePage {

    private final Views views;

    CasePage(Views views) {
        this.views = views;
    }

    @GetMapping("/cases/{caseId}")
    String legalCase(@PathVariable String caseId, Authentication reader, Model model) {
        boolean visible = Clearance.mayReadConfidential(reader);
        CaseRecord record = views.legalCase(caseId, visible);
        model.addAttribute("record", record);
        model.addAttribute("disputeTitle", views.summary(record.disputeId(), visible).title());
        return "case";
    }
}
