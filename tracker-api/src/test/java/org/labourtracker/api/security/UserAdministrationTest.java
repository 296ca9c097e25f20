package org.labourtracker.api.security;

import org.labourtracker.api.Http;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.labourtracker.api.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.fasterxml.jackson.databind.JsonNode;

/** User management by ADMINs over HTTP, and what it leaves in the database. */
@SecurityTest
class UserAdministrationTest {

    private static final String ADMIN = TestUsers.basic(Role.ADMIN);
    private static final String PASSWORD = "Aktau-courtroom-appeal-77";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcTemplate database;

    @Autowired
    PasswordEncoder passwords;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        TestUsers.createAll(accounts);
    }

    @Test
    void anAdminCreatesAUserWhoCanThenSignIn() {
        Http.Response created = create("monitor.almaty", PASSWORD, "MONITOR");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue(
                "http://localhost:" + port + "/api/admin/users/monitor.almaty");
        assertThat(created.json().path("username").asText()).isEqualTo("monitor.almaty");
        assertThat(created.json().path("role").asText()).isEqualTo("MONITOR");
        assertThat(created.json().path("enabled").asBoolean()).isTrue();
        assertThat(created.json().path("createdAt").asText()).isNotBlank();
        assertThat(created.body()).doesNotContain(PASSWORD).doesNotContainIgnoringCase("password");

        String newUser = TestUsers.basic("monitor.almaty", PASSWORD);
        assertThat(http.send("POST", "/api/tokens", newUser, null).status()).isEqualTo(200);
        assertThat(http.send("POST", "/api/disputes", newUser, "{}").status()).isNotIn(401, 403);
        assertThat(http.get("/api/admin/users", newUser).status()).isEqualTo(403);
        assertThat(http.get(created.headers().firstValue("Location").orElseThrow().substring(("http://localhost:" + port).length()),
                ADMIN).json().path("role").asText()).isEqualTo("MONITOR");
    }

    @Test
    void passwordsAreStoredOnlyAsHashes() {
        create("hashed-viewer", PASSWORD, "VIEWER");

        String stored = database.queryForObject("select password_hash from tracker_user where username = ?",
                String.class, "hashed-viewer");

        assertThat(stored).doesNotContain(PASSWORD).startsWith("{bcrypt}$2");
        assertThat(passwords.matches(PASSWORD, stored)).isTrue();
    }

    @Test
    void theListShowsUsersWithoutHashes() {
        Http.Response list = http.get("/api/admin/users", ADMIN);

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().isArray()).isTrue();
        assertThat(list.json().findValuesAsText("username")).contains("test-viewer", "test-admin", "admin");
        assertThat(list.body()).doesNotContain("bcrypt").doesNotContainIgnoringCase("password");
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "''                      | Aktau-courtroom-appeal-77 | VIEWER | username",
            "has space               | Aktau-courtroom-appeal-77 | VIEWER | username",
            "ünïcode                 | Aktau-courtroom-appeal-77 | VIEWER | username",
            "local-monitor           | Aktau-courtroom-appeal-77 | VIEWER | username",
            "null                    | Aktau-courtroom-appeal-77 | VIEWER | username",
            "short-password          | eleven-char             | VIEWER | password",
            "null-password           | null                   | VIEWER | password",
            "bad-role                | Aktau-courtroom-appeal-77 | OWNER  | role",
            "no-role                 | Aktau-courtroom-appeal-77 | null   | role"})
    void badInputIsA400NamingTheField(String username, String password, String role, String field) {
        Http.Response response = create(username, password, role);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("field").asText()).isEqualTo(field);
        assertThat(response.json().path("detail").asText()).isNotBlank();
        assertThat(accounts.exists(username == null ? "null" : username)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"password1234", "'            '", "qwertyuiop123", "aaaaaaaaaaaaaaaa",
            "monitor.almaty1"})
    void commonAndGuessablePasswordsAreRefused(String password) {
        Http.Response response = create("guessable", password, "VIEWER");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("field").asText()).isEqualTo("password");
        assertThat(response.json().path("reason").asText()).startsWith("is too easy to guess");
        assertThat(accounts.exists("guessable")).isFalse();
    }

    @Test
    void aTooLongUsernameIsRefused() {
        assertThat(create("u".repeat(65), PASSWORD, "VIEWER").json().path("field").asText()).isEqualTo("username");
        assertThat(create("u".repeat(64), PASSWORD, "VIEWER").status()).isEqualTo(201);
    }

    @Test
    void aPasswordBcryptWouldTruncateIsRefused() {
        assertThat(create("long-password", "p".repeat(73), "VIEWER").json().path("field").asText())
                .isEqualTo("password");
    }

    @Test
    void anUnreadableBodyIsA400() {
        Http.Response response = http.send("POST", "/api/admin/users", ADMIN, "{not json");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aFieldTheServerWouldIgnoreIsRefusedRatherThanIgnored() {
        Http.Response response = http.send("POST", "/api/admin/users", ADMIN,
                "{\"username\":\"dormant\",\"password\":\"" + PASSWORD + "\",\"role\":\"VIEWER\",\"enabled\":false}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("field").asText()).isEqualTo("enabled");
        assertThat(accounts.exists("dormant")).isFalse();
    }

    @Test
    void aDuplicateUsernameIsA409EvenInAnotherLetterCase() {
        assertThat(create("duplicate", PASSWORD, "VIEWER").status()).isEqualTo(201);

        for (String again : new String[] {"duplicate", "DUPLICATE"}) {
            Http.Response response = create(again, PASSWORD, "MONITOR");
            assertThat(response.status()).isEqualTo(409);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().path("field").asText()).isEqualTo("username");
        }
    }

    @Test
    void anUnknownUserIsA404() {
        assertThat(http.get("/api/admin/users/nobody", ADMIN).status()).isEqualTo(404);
        assertThat(http.send("PUT", "/api/admin/users/nobody/role", ADMIN, "{\"role\":\"ADMIN\"}").status())
                .isEqualTo(404);
        assertThat(http.send("PUT", "/api/admin/users/nobody/password", ADMIN, "{\"password\":\"" + PASSWORD + "\"}")
                .status()).isEqualTo(404);
        Http.Response disable = http.send("DELETE", "/api/admin/users/nobody", ADMIN, null);
        assertThat(disable.status()).isEqualTo(404);
        assertThat(disable.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aRoleChangeTakesEffectAtTheNextRequest() {
        create("promoted", PASSWORD, "VIEWER");
        String promoted = TestUsers.basic("promoted", PASSWORD);
        assertThat(http.get("/api/audit/log", promoted).status()).isEqualTo(403);

        Http.Response changed = http.send("PUT", "/api/admin/users/promoted/role", ADMIN, "{\"role\":\"AUDITOR\"}");

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().path("role").asText()).isEqualTo("AUDITOR");
        assertThat(http.get("/api/audit/log", promoted).status()).isNotIn(401, 403);
        assertThat(http.send("PUT", "/api/admin/users/promoted/role", ADMIN, "{\"role\":\"king\"}")
                .json().path("field").asText()).isEqualTo("role");
    }

    @Test
    void aNewPasswordReplacesTheOld() {
        create("forgetful", PASSWORD, "VIEWER");
        String newPassword = "Shetpe-railway-station-19";

        assertThat(http.send("PUT", "/api/admin/users/forgetful/password", ADMIN, "{\"password\":\"short\"}")
                .json().path("field").asText()).isEqualTo("password");
        assertThat(http.send("PUT", "/api/admin/users/forgetful/password", ADMIN,
                "{\"password\":\"" + newPassword + "\"}").status()).isEqualTo(204);

        assertThat(http.get("/api/disputes", TestUsers.basic("forgetful", PASSWORD)).status()).isEqualTo(401);
        assertThat(http.get("/api/disputes", TestUsers.basic("forgetful", newPassword)).status()).isNotIn(401, 403);
    }

    @Test
    void aDisabledUserIsKeptButCannotSignIn() {
        create("leaver", PASSWORD, "MONITOR");

        assertThat(http.send("DELETE", "/api/admin/users/leaver", ADMIN, null).status()).isEqualTo(204);

        assertThat(http.get("/api/disputes", TestUsers.basic("leaver", PASSWORD)).status()).isEqualTo(401);
        JsonNode leaver = http.get("/api/admin/users/leaver", ADMIN).json();
        assertThat(leaver.path("enabled").asBoolean()).isFalse();
        assertThat(create("leaver", PASSWORD, "MONITOR").status()).isEqualTo(409);
    }

    @Test
    void theLastEnabledAdminCanBeNeitherDisabledNorDemoted() {
        // Leave test-admin as the only enabled ADMIN, whatever other tests created.
        for (JsonNode user : http.get("/api/admin/users", ADMIN).json()) {
            String name = user.path("username").asText();
            if (user.path("role").asText().equals("ADMIN") && user.path("enabled").asBoolean()
                    && !name.equals(TestUsers.username(Role.ADMIN))) {
                assertThat(http.send("DELETE", "/api/admin/users/" + name, ADMIN, null).status()).isEqualTo(204);
            }
        }
        String lastAdmin = "/api/admin/users/" + TestUsers.username(Role.ADMIN);

        Http.Response disable = http.send("DELETE", lastAdmin, ADMIN, null);
        Http.Response demote = http.send("PUT", lastAdmin + "/role", ADMIN, "{\"role\":\"AUDITOR\"}");

        for (Http.Response response : new Http.Response[] {disable, demote}) {
            assertThat(response.status()).isEqualTo(409);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().path("type").asText()).endsWith("/last-admin");
        }
        assertThat(http.get("/api/admin/users", ADMIN).status()).isEqualTo(200);

        // A second ADMIN lifts the restriction again.
        assertThat(create("second-admin", PASSWORD, "ADMIN").status()).isEqualTo(201);
        assertThat(http.send("PUT", "/api/admin/users/second-admin/role", ADMIN, "{\"role\":\"VIEWER\"}").status())
                .isEqualTo(200);
    }

    private Http.Response create(String username, String password, String role) {
        return http.send("POST", "/api/admin/users", ADMIN,
                "{\"username\":" + quoted(username) + ",\"password\":" + quoted(password) + ",\"role\":" + quoted(role) + "}");
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
