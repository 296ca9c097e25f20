package org.labourtracker.api.web;

import jakarta.servlet.http.HttpServletRequest;

import org.labourtracker.api.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address nothing answers, asked for by a browser: the not-found page with the site's navigation.
 * Such a request reaches no controller of ours, so this advice is not limited to the pages' package;
 * the API's addresses keep their problem document whatever the client accepts.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnknownPages {

    private final Problems problems;

    UnknownPages(Problems problems) {
        this.problems = problems;
    }

    /**
     * A page only for a client that names HTML (every browser does): one that accepts anything, as
     * curl does, gets the problem document. Not {@code produces}: that would bar the problem document too.
     */
    @ExceptionHandler(NoResourceFoundException.class)
    Object notFound(NoResourceFoundException missing, HttpServletRequest request, WebRequest web) throws Exception {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accepted = request.getHeader(HttpHeaders.ACCEPT);
        if (path.startsWith("/api/") || path.startsWith("/actuator/") || accepted == null
                || !accepted.contains(MediaType.TEXT_HTML_VALUE)) {
            return problems.handleException(missing, web);
        }
        ModelAndView page = new ModelAndView("not-found", HttpStatus.NOT_FOUND);
        page.addObject("reader", Pages.Reader.current());
        page.addObject("message", "Nothing is at " + path + ".");
        return page;
    }
}
