package org.labourtracker.api.web;

import org.labourtracker.api.reading.Views;
import org.labourtracker.api.security.Clearance;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** An employer or a union: the disputes it is party to, and in each the records that name it. */
@Controller
class OrganisationPage {

    private final Views views;

    OrganisationPage(Views views) {
        this.views = views;
    }

    @GetMapping("/organisations/{name}")
    String organisation(@PathVariable String name, Authentication reader, Model model) {
        model.addAttribute("organisation", views.organisation(name, Clearance.mayReadConfidential(reader)));
        return "organisation";
    }
}
