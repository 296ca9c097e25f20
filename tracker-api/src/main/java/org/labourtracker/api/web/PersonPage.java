package org.labourtracker.api.web;

import java.util.HashMap;
import java.util.Map;

import org.labourtracker.api.reading.Paging;
import org.labourtracker.api.reading.Views;
import org.labourtracker.api.security.Clearance;
import org.labourtracker.projections.people.PersonInDispute;
import org.labourtracker.projections.people.PersonRecord;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A person: for each dispute naming them (20 a page), where they stand, their harm and cases, and
 * every record about them. Below AUDITOR a confidential person's page is not found, as an unknown id's is.
 */
@Controller
class PersonPage {

    private final Views views;

    PersonPage(Views views) {
        this.views = views;
    }

    @GetMapping("/people/{personId}")
    String person(@PathVariable String personId, @RequestParam(required = false) String after,
                  Authentication reader, Model model) {
        boolean visible = Clearance.mayReadConfidential(reader);
        PersonRecord person = views.person(personId, Paging.afterDispute(after), OrganisationPage.DISPUTES_PER_PAGE,
                visible);
        Map<String, String> titles = new HashMap<>();
        Map<String, String> caseTitles = new HashMap<>();
        for (PersonInDispute dispute : person.disputes()) {
            titles.put(dispute.disputeId(), views.summary(dispute.disputeId(), visible).title());
            views.people(dispute.disputeId(), visible).cases()
                    .forEach(legalCase -> caseTitles.put(legalCase.caseId(), legalCase.title()));
        }
        model.addAttribute("person", person);
        model.addAttribute("titles", titles);
        model.addAttribute("caseTitles", caseTitles);
        return "person";
    }
}
