package org.labourtracker.api.web;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;

import org.labourtracker.api.security.PageRefusal;
import org.labourtracker.api.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A page the reader's role does not open (see {@link PageRefusal}): which role it needs, and which they hold. */
@Controller
class ForbiddenPage {

    /** Every method: a refused form post is forwarded here as it came. */
    @RequestMapping(PageRefusal.PAGE)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden(HttpServletRequest request, Model model) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        model.addAttribute("needed", PageRefusal.neededRole(request).orElse(null));
        model.addAttribute("held", Arrays.stream(Role.values()).filter(role -> role.isHeldBy(caller))
                .reduce((lower, higher) -> higher).orElse(null));
        model.addAttribute("roles", Role.values());
        return "forbidden";
    }
}
