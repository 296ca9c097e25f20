package org.labourtracker.api.security;

import org.labourtracker.api.Http;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.labourtracker.api.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every role boundary of the URL rules, over real HTTP. Most paths have no controller yet: a
 * refusal must come from security before routing, and a request let through must not be a 401
 * or 403 (it may well be a 404).
 */
@SecurityTest
class RoleBoundariesTest {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        TestUsers.createAll(accounts);
    }

    @Test
    void anAnonymousCallerGetsA401ProblemWithABasicChallenge() {
        Http.Response response = http.get("/api/disputes", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.challenges()).contains("Basic realm=\"labour-tracker\"");
        assertThat(response.json().path("type").asText()).endsWith("/unauthenticated");
        assertThat(response.json().path("title").asText()).isEqualTo("Authentication required");
        assertThat(response.json().path("status").asInt()).isEqualTo(401);
        assertThat(response.json().path("detail").asText()).contains("HTTP Basic", "Bearer");
        assertThat(response.json().path("instance").asText()).isEqualTo("/api/disputes");
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSame401() {
        Http.Response wrongPassword = http.get("/api/disputes",
                TestUsers.basic(TestUsers.username(Role.VIEWER), "not-the-password"));
        Http.Response unknownUser = http.get("/api/disputes", TestUsers.basic("nobody-at-all", TestUsers.PASSWORD));

        for (Http.Response response : new Http.Response[] {wrongPassword, unknownUser}) {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.challenges()).contains("Basic realm=\"labour-tracker\"");
            assertThat(response.json().path("type").asText()).endsWith("/bad-credentials");
        }
        assertThat(unknownUser.json().path("detail")).isEqualTo(wrongPassword.json().path("detail"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("writes")
    void aViewerCannotRecord(String method, String path) {
        Http.Response response = http.send(method, path, TestUsers.basic(Role.VIEWER), "{}");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("type").asText()).endsWith("/forbidden");
        assertThat(response.json().path("status").asInt()).isEqualTo(403);
        assertThat(response.json().path("role").asText()).isEqualTo("VIEWER");
        assertThat(response.json().path("detail").asText()).contains("VIEWER", method + " " + path);
        assertThat(response.json().path("instance").asText()).isEqualTo(path);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("writes")
    void anAnonymousWriteIsUnauthenticatedNotForbidden(String method, String path) {
        assertThat(http.send(method, path, null, "{}").status()).isEqualTo(401);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("writes")
    void monitorsAndEveryoneAboveThemMayRecord(String method, String path) {
        for (Role role : new Role[] {Role.MONITOR, Role.AUDITOR, Role.ADMIN}) {
            assertPassesSecurity(http.send(method, path, TestUsers.basic(role), "{}"));
        }
    }

    static Stream<Arguments> writes() {
        return Stream.of(
                Arguments.of("POST", "/api/disputes"),
                Arguments.of("PUT", "/api/disputes/mangystau-oil-strike-2011"),
                Arguments.of("PATCH", "/api/cases/sokolova-2011"),
                Arguments.of("DELETE", "/api/cases/sokolova-2011"),
                Arguments.of("POST", "/api/streams/mangystau-oil-strike-2011/corrections"),
                Arguments.of("POST", "/api/import/csv"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/disputes", "/api/cases/sokolova-2011", "/api/overview", "/api/streams/x"})
    void everyRoleMayRead(String path) {
        for (Role role : Role.values()) {
            assertPassesSecurity(http.get(path, TestUsers.basic(role)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "POST"})
    void monitorsAndViewersCannotReachAuditOrAdministration(String method) {
        for (Role role : new Role[] {Role.VIEWER, Role.MONITOR}) {
            for (String path : new String[] {"/api/audit/log", "/api/admin/users"}) {
                Http.Response response = http.send(method, path, TestUsers.basic(role), "{}");
                assertThat(response.status()).as("%s %s %s", role, method, path).isEqualTo(403);
                assertThat(response.contentType()).startsWith("application/problem+json");
            }
        }
    }

    @Test
    void auditorsReachAuditButNotAdministration() {
        assertPassesSecurity(http.get("/api/audit/log", TestUsers.basic(Role.AUDITOR)));
        assertPassesSecurity(http.send("POST", "/api/audit/verify", TestUsers.basic(Role.AUDITOR), "{}"));
        assertThat(http.get("/api/admin/users", TestUsers.basic(Role.AUDITOR)).status()).isEqualTo(403);
    }

    @Test
    void adminsReachEverything() {
        assertPassesSecurity(http.get("/api/audit/log", TestUsers.basic(Role.ADMIN)));
        assertThat(http.get("/api/admin/users", TestUsers.basic(Role.ADMIN)).status()).isEqualTo(200);
    }

    @Test
    void otherApiPathsNeedAnyAuthenticatedUser() {
        assertThat(http.send("POST", "/api/something-else", null, "{}").status()).isEqualTo(401);
        assertPassesSecurity(http.send("POST", "/api/something-else", TestUsers.basic(Role.VIEWER), "{}"));
    }

    @Test
    void aDisabledUserCannotSignIn() {
        accounts.create("disabled-viewer", TestUsers.PASSWORD, Role.VIEWER);
        accounts.disable("disabled-viewer");

        Http.Response response = http.get("/api/disputes", TestUsers.basic("disabled-viewer", TestUsers.PASSWORD));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().path("type").asText()).endsWith("/bad-credentials");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v3/api-docs", "/swagger-ui/index.html", "/swagger-ui.html", "/actuator/health",
            "/login", "/css/tracker.css"})
    void documentationHealthAndTheSignInPageAreOpenToEveryone(String path) {
        Http.Response response = http.get(path, null);

        assertPassesSecurity(response);
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotEndWith("/login");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/disputes/mangystau-oil-strike-2011", "/audit", "/admin", "/import"})
    void pagesTakeNoApiCredentialsAndSendReadersToTheSignInForm(String path) {
        Http.Response response = http.get(path, TestUsers.basic(Role.ADMIN));

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void formsPostedToPagesWithoutTheirCsrfTokenAreRefused() {
        Http.Response response = http.send("POST", "/disputes/mangystau-oil-strike-2011/record/casualties", null, "{}");

        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void otherActuatorEndpointsAreForAdmins() {
        assertThat(http.get("/actuator/env", null).status()).isEqualTo(401);
        assertThat(http.get("/actuator/env", TestUsers.basic(Role.AUDITOR)).status()).isEqualTo(403);
    }

    @Test
    void theApiCreatesNoSession() {
        Http.Response response = http.get("/api/admin/users", TestUsers.basic(Role.ADMIN));

        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    private static void assertPassesSecurity(Http.Response response) {
        assertThat(response.status()).as(response.body()).isNotIn(401, 403);
    }
}
