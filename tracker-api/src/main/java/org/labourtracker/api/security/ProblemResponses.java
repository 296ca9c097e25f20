package org.labourtracker.api.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.labourtracker.api.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * 401 and 403 as RFC 9457 problem documents, like every other error of the API. These are decided
 * in the security filters, before Spring MVC and its exception handlers are reached.
 */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final String REALM = "labour-tracker";

    private final ObjectMapper json;

    ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
        ProblemDetail problem;
        if (failure instanceof BearerTokenFilter.InvalidToken) {
            // RFC 6750: tells a token client that a new token, not a new password, is needed.
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + REALM + "\", error=\"invalid_token\"");
            problem = Problems.problem(HttpStatus.UNAUTHORIZED, "invalid-token", "Invalid token",
                    failure.getMessage() + "; issue a new one with POST /api/tokens");
        } else if (failure instanceof InsufficientAuthenticationException) {
            problem = Problems.problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required",
                    "sign in with HTTP Basic, or send a token from POST /api/tokens as 'Authorization: Bearer <token>'");
        } else {
            // One answer for unknown users, wrong passwords and disabled accounts: no probing for names.
            problem = Problems.problem(HttpStatus.UNAUTHORIZED, "bad-credentials", "Authentication failed",
                    "the username and password were not accepted");
        }
        write(request, response, problem);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        Authentication caller = SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
        String role = caller == null ? "none" : caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_")).map(authority -> authority.substring(5))
                .findFirst().orElse("none");
        ProblemDetail problem = Problems.problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "your role, " + role + ", does not allow " + request.getMethod() + " " + request.getRequestURI());
        problem.setProperty("role", role);
        write(request, response, problem);
    }

    /** 429 for a sign-in refused by {@link SignInThrottle}; the caller has set {@code Retry-After}. */
    void tooManySignIns(HttpServletRequest request, HttpServletResponse response, long seconds) throws IOException {
        ProblemDetail problem = Problems.problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-sign-ins",
                "Too many failed sign-ins", "too many failed sign-ins for this account or from this address; "
                        + "try again in " + seconds + " seconds");
        problem.setProperty("retryAfterSeconds", seconds);
        write(request, response, problem);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
