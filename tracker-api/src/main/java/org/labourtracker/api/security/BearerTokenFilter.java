package org.labourtracker.api.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in callers that send {@code Authorization: Bearer <token>}. A token that is not accepted
 * ends the request with 401 rather than continuing anonymously, so a client learns at once that
 * its token has expired or been revoked.
 * <p>
 * Not a bean on purpose: Spring Boot would also register a bean filter for every request, outside
 * the API's security chain.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String SCHEME = "Bearer ";

    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    /* Kept with the request, as HTTP Basic keeps it, so the asynchronous dispatch of a streamed answer
       (an NDJSON export, Server-Sent Events) is made as the same caller and not refused halfway. */
    private final SecurityContextRepository requestContexts = new RequestAttributeSecurityContextRepository();
    private final ApiTokens tokens;
    private final AuthenticationEntryPoint entryPoint;

    BearerTokenFilter(ApiTokens tokens, AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiTokenAuthentication> caller = tokens.authenticate(header.substring(SCHEME.length()).trim());
        if (caller.isEmpty()) {
            contexts.clearContext();
            entryPoint.commence(request, response, new InvalidToken());
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(caller.get());
        contexts.setContext(context);
        requestContexts.saveContext(context, request, response);
        chain.doFilter(request, response);
    }

    static final class InvalidToken extends BadCredentialsException {

        InvalidToken() {
            super("the bearer token is unknown, expired or revoked");
        }
    }
}
