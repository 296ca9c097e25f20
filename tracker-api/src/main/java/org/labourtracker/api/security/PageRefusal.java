package org.labourtracker.api.security;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A page refused to a signed-in reader: the refusal page, with the site's navigation and the role
 * the page needs, in place of a bare 403. The role is found by the same rules that refused it.
 */
public final class PageRefusal implements AccessDeniedHandler {

    /** Where the refusal is shown; the page's controller lives with the other pages. */
    public static final String PAGE = "/forbidden";
    private static final String NEEDED_ROLE = PageRefusal.class.getName() + ".neededRole";

    private final List<SecurityConfiguration.PageRule> rules;

    PageRefusal(List<SecurityConfiguration.PageRule> rules) {
        this.rules = rules;
    }

    /** The role the refused page needs; empty for a refusal of another kind (a form without its CSRF token). */
    public static Optional<Role> neededRole(HttpServletRequest request) {
        return Optional.ofNullable((Role) request.getAttribute(NEEDED_ROLE));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (response.isCommitted()) {
            return;
        }
        if (!(denied instanceof CsrfException)) {
            rules.stream().filter(rule -> rule.matcher().matches(request)).findFirst()
                    .ifPresent(rule -> request.setAttribute(NEEDED_ROLE, rule.role()));
        }
        response.setStatus(HttpStatus.FORBIDDEN.value());
        request.getRequestDispatcher(PAGE).forward(request, response);
    }
}
