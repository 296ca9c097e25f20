package org.labourtracker.api.security;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what, decided by path and method so that it holds for every controller, including
 * ones not yet written. The API is stateless: HTTP Basic or a bearer token on every request, no
 * session and no cookies, hence no CSRF tokens.
 */
@Configuration
@EnableConfigurationProperties(SecuritySettings.class)
class SecurityConfiguration {

    /** Where monitors write: POST, PUT, PATCH and DELETE on these are MONITOR's. */
    private static final List<String> RECORD_PATHS =
            List.of("/api/disputes/**", "/api/cases/**", "/api/streams/**", "/api/import/**");
    /** Public data: readable without credentials when tracker.security.anonymous-read is true. */
    private static final List<String> PUBLIC_READ_PATHS =
            List.of("/api/disputes/**", "/api/cases/**", "/api/overview/**");

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    /** Picked up by Spring Security's hasRole checks. */
    @Bean
    RoleHierarchy roleHierarchy() {
        return Role.HIERARCHY;
    }

    /** bcrypt today; the stored {id} prefix lets a stronger encoding replace it without resetting passwords. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, ProblemResponses problems, SecuritySettings settings)
            throws Exception {
        http.securityMatcher(new OrRequestMatcher(PATHS.matcher("/api/**"), PATHS.matcher("/actuator/**")))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(rules -> {
                    rules.requestMatchers(PATHS.matcher("/actuator/health/**")).permitAll()
                            // Actuator endpoints other than health reveal configuration: ADMIN only.
                            .requestMatchers(PATHS.matcher("/actuator/**")).hasRole(Role.ADMIN.name())
                            .requestMatchers(PATHS.matcher("/api/admin/**")).hasRole(Role.ADMIN.name())
                            .requestMatchers(PATHS.matcher("/api/audit/**")).hasRole(Role.AUDITOR.name());
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
     * Everything outside the API (web pages, API docs, Swagger UI, /error) is open for now and
     * signs no one in. With no credentials to ride on there is nothing for CSRF tokens to protect,
     * and they would refuse every form the pages post; pages that sign users in with a session
     * cookie must add their rules here and turn CSRF protection back on.
     */
    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(rules -> rules.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .logout(AbstractHttpConfigurer::disable);
        return http.build();
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
