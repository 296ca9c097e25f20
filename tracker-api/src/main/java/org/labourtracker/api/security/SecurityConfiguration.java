package org.labourtracker.api.security;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.DispatcherType;

import org.labourtracker.api.map.TileServer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what, decided by path and method so that it holds for every controller, including
 * ones not yet written. The API is stateless: HTTP Basic or a bearer token on every request, no
 * session and no cookies, hence no CSRF tokens. The pages sign in with a form and a session, kept
 * in the database (Spring Session JDBC) so that an account change ends it on every node. Failed
 * sign-ins are throttled per account and per address on both.
 */
@Configuration
@EnableConfigurationProperties(SecuritySettings.class)
class SecurityConfiguration {

    /** First: the page rules below are built with it. */
    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    /** Where monitors write: POST, PUT, PATCH and DELETE on these are MONITOR's. */
    private static final List<String> RECORD_PATHS =
            List.of("/api/disputes/**", "/api/cases/**", "/api/streams/**", "/api/import/**");
    /** Public data: readable without credentials when tracker.security.anonymous-read is true. */
    private static final List<String> PUBLIC_READ_PATHS =
            List.of("/api/disputes/**", "/api/cases/**", "/api/people/**", "/api/organisations/**",
                    "/api/overview/**", "/api/search");

    /** The log's checkpoint, verifier key and proofs: they reveal no content, so every reader may check them. */
    private static final List<String> LOG_PROOF_PATHS =
            List.of("/api/audit/checkpoint", "/api/audit/checkpoint/key", "/api/audit/proofs/**");

    /** Static files (the map's script from its webjar, its basemap), the API description and its UI: open to everyone. */
    private static final List<String> OPEN_PAGE_PATHS = List.of("/css/**", "/js/**", "/favicon.ico", "/favicon.svg",
            "/webjars/**", "/map/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html");
    /** The pages that show the public record. */
    private static final List<String> READ_PAGE_PATHS =
            List.of("/", "/disputes/**", "/search", "/people/**", "/cases/**", "/organisations/**");
    /** The pages above reading, and the role each needs; a reader refused one is told which. */
    private static final List<PageRule> PAGE_RULES = List.of(new PageRule(Role.ADMIN, "/admin/**"),
            new PageRule(Role.AUDITOR, "/audit/**"), new PageRule(Role.MONITOR, "/import/**", "/disputes/new", "/disputes/*/record/**",
                    "/cases/*/record/**"));
    /** Completed by the images' sources: the map's tile server, when one is configured. */
    private static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "img-src 'self' data:";

    private static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "browsing-topics=()";

    /** Pages that need a role, and the role. */
    record PageRule(Role role, RequestMatcher matcher) {
        PageRule(Role role, String... paths) {
            this(role, new OrRequestMatcher(Arrays.stream(paths).map(PATHS::matcher)
                    .toArray(RequestMatcher[]::new)));
        }
    }

    /** Picked up by Spring Security's hasRole checks. */
    @Bean
    RoleHierarchy roleHierarchy() {
        return Role.HIERARCHY;
    }

    /**
     * Spring Security's own observations wrap each of a chain's dozen filters in one, on every request:
     * 15 % of a recording request's samples on the web threads. The request itself stays observed
     * ({@code http.server.requests}), which is what the metrics report.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** bcrypt today; the stored {id} prefix lets a stronger encoding replace it without resetting passwords. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, ProblemResponses problems, SecuritySettings settings,
                            SignInThrottle throttle) throws Exception {
        http.securityMatcher(new OrRequestMatcher(PATHS.matcher("/api/**"), PATHS.matcher("/actuator/**")))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                .addFilterBefore(new SignInThrottleFilter(throttle, problems), BasicAuthenticationFilter.class)
                .headers(SecurityConfiguration::privacyHeaders)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(rules -> {
                    // A streamed answer (the NDJSON export) ends in an asynchronous dispatch of the
                    // request already authorized; refusing it would cut the answer short.
                    rules.dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
                            .requestMatchers(PATHS.matcher("/actuator/health/**")).permitAll()
                            // Actuator endpoints other than health reveal configuration: ADMIN only.
                            .requestMatchers(PATHS.matcher("/actuator/**")).hasRole(Role.ADMIN.name())
                            .requestMatchers(PATHS.matcher("/api/admin/**")).hasRole(Role.ADMIN.name());
                    if (settings.anonymousRead()) {
                        rules.requestMatchers(matchers(List.of(GET), LOG_PROOF_PATHS)).permitAll();
                    }
                    rules.requestMatchers(matchers(List.of(GET), LOG_PROOF_PATHS)).hasRole(Role.VIEWER.name())
                            .requestMatchers(PATHS.matcher("/api/audit/**")).hasRole(Role.AUDITOR.name())
                            // Who is confidential is decided by those who may read the names. A path
                            // rule, so that lower roles get the same 403 whether or not the person exists.
                            .requestMatchers(PATHS.matcher("/api/streams/*/confidentiality"))
                            .hasRole(Role.AUDITOR.name());
                    if (settings.anonymousRead()) {
                        rules.requestMatchers(matchers(List.of(GET), PUBLIC_READ_PATHS)).permitAll();
                    }
                    rules.requestMatchers(PATHS.matcher(GET, "/api/**")).hasRole(Role.VIEWER.name())
                            .requestMatchers(matchers(List.of(POST, PUT, PATCH, DELETE), RECORD_PATHS))
                            .hasRole(Role.MONITOR.name())
                            .anyRequest().authenticated();
                });
        return http.build();
    }

    /**
     * The web pages: a sign-in form and a session cookie, so CSRF protection is on for every form
     * they post. Roles are checked by path as for the API: readers see the overview and disputes
     * (everyone may when anonymous reading is on), monitors record and import, auditors audit,
     * admins rebuild read models. The API docs and health stay open.
     */
    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, SecuritySettings settings, SignInThrottle throttle,
                            ProblemResponses problems, TileServer tiles) throws Exception {
        http.authorizeHttpRequests(rules -> {
                    rules.requestMatchers(matchers(List.of(GET), OPEN_PAGE_PATHS)).permitAll()
                            .requestMatchers(PATHS.matcher(SignInThrottleFilter.THROTTLED_PAGE)).permitAll()
                            .requestMatchers(PATHS.matcher("/error"), PATHS.matcher(PageRefusal.PAGE)).permitAll();
                    PAGE_RULES.forEach(rule -> rules.requestMatchers(rule.matcher()).hasRole(rule.role().name()));
                    if (settings.anonymousRead()) {
                        rules.requestMatchers(matchers(List.of(GET), READ_PAGE_PATHS)).permitAll();
                    }
                    rules.requestMatchers(matchers(List.of(GET), READ_PAGE_PATHS)).hasRole(Role.VIEWER.name())
                            .anyRequest().authenticated();
                })
                .addFilterBefore(new SignInThrottleFilter(throttle, problems), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.accessDeniedHandler(new PageRefusal(PAGE_RULES)))
                .formLogin(form -> form.loginPage("/login").permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut"))
                .headers(headers -> privacyHeaders(headers).addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(new OrRequestMatcher(PATHS.matcher("/swagger-ui/**"),
                                PATHS.matcher("/swagger-ui.html"))),
                        // Pages run only their own scripts and styles: text that slipped past escaping
                        // still could not run.
                        new StaticHeadersWriter("Content-Security-Policy",
                                PAGE_POLICY + tiles.origin().map(origin -> " " + origin).orElse("")))));
        return http.build();
    }

    /**
     * On every answer: no address of ours (which may name a dispute or person) leaks to other sites
     * through Referer, and the pages may use no camera, microphone, location and the like.
     */
    private static HeadersConfigurer<HttpSecurity> privacyHeaders(HeadersConfigurer<HttpSecurity> headers) {
        return headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
    }

    private static RequestMatcher[] matchers(List<HttpMethod> methods, List<String> paths) {
        List<RequestMatcher> matchers = new ArrayList<>();
        for (HttpMethod method : methods) {
            for (String path : paths) {
                matchers.add(PATHS.matcher(method, path));
            }
        }
        return matchers.toArray(RequestMatcher[]::new);
    }
}
