package org.labourtracker.api.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in, with 429 and {@code Retry-After}, while {@link SignInThrottle} holds its
 * account or address back: on the API a request with HTTP Basic credentials (answered with a
 * problem document), on the pages the sign-in form (answered with the form and a message).
 * Not a bean, like {@link BearerTokenFilter}, so that it runs only inside its chain.
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

    /** The request attribute that tells the sign-in page how many seconds to ask the user to wait. */
    static final String RETRY_AFTER = "signInRetryAfterSeconds";
    static final String THROTTLED_PAGE = "/login/throttled";

    private static final Logger log = LoggerFactory.getLogger(SignInThrottleFilter.class);
    private static final String BASIC = "Basic ";

    private final SignInThrottle throttle;
    private final ProblemResponses problems;

    SignInThrottleFilter(SignInThrottle throttle, ProblemResponses problems) {
        this.throttle = throttle;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean form = "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath());
        Optional<String> username = form ? Optional.ofNullable(request.getParameter("username")) : basicUsername(request);
        if (!form && username.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Duration> wait = throttle.wait(username.orElse(null), request.getRemoteAddr());
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        log.warn("Sign-in refused for account '{}' from {}: too many failed sign-ins, retry after {} s",
                username.orElse(""), request.getRemoteAddr(), seconds);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        if (form) {
            request.setAttribute(RETRY_AFTER, seconds);
            request.getRequestDispatcher(THROTTLED_PAGE).forward(request, response);
        } else {
            problems.tooManySignIns(request, response, seconds);
        }
    }

    private static Optional<String> basicUsername(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return Optional.of(colon < 0 ? decoded : decoded.substring(0, colon));
        } catch (IllegalArgumentException notBase64) {
            // Basic sign-in itself refuses it; only the address counts here.
            return Optional.of("");
        }
    }
}
