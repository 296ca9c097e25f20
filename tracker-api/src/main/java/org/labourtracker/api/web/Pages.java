package org.labourtracker.api.web;

import org.labourtracker.api.security.Clearance;
import org.labourtracker.api.security.Role;
import org.labourtracker.evidence.StreamNotFound;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * What every page needs: who is signed in and what their role lets the page offer, and a page
 * (not the API's problem document) when something asked for does not exist. Ordered before the
 * API's handlers, which would otherwise answer JSON to a browser.
 */
@ControllerAdvice(basePackageClasses = Pages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class Pages {

    /** The signed-in reader as the page header and the templates see them. */
    record Reader(String name, boolean signedIn, boolean mayRecord, boolean mayAudit, boolean mayAdminister,
                  boolean confidentialVisible) {

        /** Also for the pages answered outside these controllers (an unknown address), which get no model attributes. */
        static Reader current() {
            Authentication caller = SecurityContextHolder.getContext().getAuthentication();
            boolean signedIn = new AuthenticationTrustResolverImpl().isAuthenticated(caller);
            return new Reader(signedIn ? caller.getName() : null, signedIn, Role.MONITOR.isHeldBy(caller),
                    Role.AUDITOR.isHeldBy(caller), Role.ADMIN.isHeldBy(caller), Clearance.mayReadConfidential(caller));
        }
    }

    @ModelAttribute("reader")
    Reader reader() {
        return Reader.current();
    }

    @ExceptionHandler(StreamNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(StreamNotFound missing, Model model) {
        model.addAttribute("reader", reader());
        model.addAttribute("message", missing.reason());
        return "not-found";
    }
}
