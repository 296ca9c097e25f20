package org.labourtracker.api.web;

import org.labourtracker.api.reading.Paging;
import org.labourtracker.api.reading.Views;
import org.labourtracker.api.security.Clearance;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An employer or a union: the disputes it is party to, {@value #DISPUTES_PER_PAGE} a page, and in each
 * the records that name it.
 */
@Controller
class OrganisationPage {

    static final int DISPUTES_PER_PAGE = 20;

    private final Views views;

    OrganisationPage(Views views) {
        this.views = views;
    }

    @GetMapping("/organisations/{name}")
    String organisation(@PathVariable String name, @RequestParam(required = false) String after,
                        Authentication reader, Model model) {
        model.addAttribute("organisation", views.organisation(name, Paging.afterDispute(after), DISPUTES_PER_PAGE,
                Clearance.mayReadConfidential(reader)));
        model.addAttribute("laterPage", after != null && !after.isBlank());
        return "organisation";
    }
}
