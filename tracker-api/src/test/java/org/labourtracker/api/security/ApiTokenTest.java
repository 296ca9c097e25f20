package org.labourtracker.api.security;

import org.labourtracker.api.Http;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.labourtracker.api.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Bearer tokens: issued with a password, used instead of it, revoked, expired, stored hashed. */
@SecurityTest
class ApiTokenTest {

    private static final String PASSWORD = "Aktau-courtroom-appeal-77";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcTemplate database;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        TestUsers.createAll(accounts);
    }

    @Test
    void aTokenIssuedWithAPasswordSignsInWithTheUsersRoleUntilRevoked() {
        Http.Response issued = http.send("POST", "/api/tokens", TestUsers.basic(Role.ADMIN), null);

        assertThat(issued.status()).isEqualTo(200);
        assertThat(issued.json().path("tokenType").asText()).isEqualTo("Bearer");
        String token = issued.json().path("token").asText();
        assertThat(token).startsWith("lt_").hasSizeGreaterThan(40);
        Instant expiresAt = Instant.parse(issued.json().path("expiresAt").asText());
        assertThat(Duration.between(Instant.now(), expiresAt)).isBetween(Duration.ofDays(29), Duration.ofDays(30));
        assertThat(issued.headers().firstValue("Cache-Control").orElse("")).contains("no-store");

        assertThat(http.get("/api/admin/users", Http.bearer(token)).status()).isEqualTo(200);

        assertThat(http.send("DELETE", "/api/tokens/current", Http.bearer(token), null).status()).isEqualTo(204);

        Http.Response revoked = http.get("/api/admin/users", Http.bearer(token));
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.contentType()).startsWith("application/problem+json");
        assertThat(revoked.json().path("type").asText()).endsWith("/invalid-token");
        assertThat(revoked.challenges()).contains("Basic realm=\"labour-tracker\"",
                "Bearer realm=\"labour-tracker\", error=\"invalid_token\"");
    }

    @Test
    void aTokenCarriesItsUsersRoleAndNoMore() {
        String token = issue(TestUsers.basic(Role.VIEWER));

        assertThat(http.get("/api/disputes", Http.bearer(token)).status()).isNotIn(401, 403);
        assertThat(http.send("POST", "/api/disputes", Http.bearer(token), "{}").status()).isEqualTo(403);
    }

    @Test
    void revokingOneTokenLeavesTheOthers() {
        String first = issue(TestUsers.basic(Role.MONITOR));
        String second = issue(TestUsers.basic(Role.MONITOR));

        http.send("DELETE", "/api/tokens/current", Http.bearer(first), null);

        assertThat(http.get("/api/disputes", Http.bearer(first)).status()).isEqualTo(401);
        assertThat(http.get("/api/disputes", Http.bearer(second)).status()).isNotIn(401, 403);
    }

    @Test
    void onlyTheTokensHashIsStored() {
        String token = issue(TestUsers.basic(Role.VIEWER));

        assertThat(database.queryForList("select token_hash from tracker_api_token", String.class))
                .contains(ApiTokens.hash(token)).doesNotContain(token)
                .allSatisfy(hash -> assertThat(hash).hasSize(64).isHexadecimal());
    }

    @Test
    void anExpiredTokenIsRefused() {
        String token = issue(TestUsers.basic(Role.VIEWER));

        database.update("update tracker_api_token set expires_at = ? where token_hash = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)), ApiTokens.hash(token));

        assertThat(http.get("/api/disputes", Http.bearer(token)).status()).isEqualTo(401);
    }

    @Test
    void anUnknownTokenIsRefused() {
        Http.Response response = http.get("/api/disputes", Http.bearer("lt_made-up"));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().path("type").asText()).endsWith("/invalid-token");
    }

    @Test
    void disablingAUserOrChangingTheirPasswordRevokesTheirTokens() {
        accounts.create("token-leaver", PASSWORD, Role.MONITOR);
        accounts.create("token-changer", PASSWORD, Role.MONITOR);
        String leaversToken = issue(TestUsers.basic("token-leaver", PASSWORD));
        String changersToken = issue(TestUsers.basic("token-changer", PASSWORD));

        http.send("DELETE", "/api/admin/users/token-leaver", TestUsers.basic(Role.ADMIN), null);
        http.send("PUT", "/api/admin/users/token-changer/password", TestUsers.basic(Role.ADMIN),
                "{\"password\":\"Karazhanbas-new-contract-08\"}");

        assertThat(http.get("/api/disputes", Http.bearer(leaversToken)).status()).isEqualTo(401);
        assertThat(http.get("/api/disputes", Http.bearer(changersToken)).status()).isEqualTo(401);
    }

    @Test
    void aTokenInUseIsLookedUpAgainOnlyAfterItsRecheckTime() {
        String token = issue(TestUsers.basic(Role.VIEWER));
        assertThat(http.get("/api/disputes", Http.bearer(token)).status()).isEqualTo(200);

        // as another node's revocation would: this node hears of it only by looking the token up
        database.update("delete from tracker_api_token where token_hash = ?", ApiTokens.hash(token));

        assertThat(http.get("/api/disputes", Http.bearer(token)).status()).as("within the recheck time").isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> http.get("/api/disputes", Http.bearer(token)).status() == 401);
    }

    @Test
    void aRoleChangeHoldsAtOnceForATokenInUse() {
        accounts.create("token-demoted", PASSWORD, Role.ADMIN);
        String token = issue(TestUsers.basic("token-demoted", PASSWORD));
        assertThat(http.get("/api/admin/users", Http.bearer(token)).status()).isEqualTo(200);

        http.send("PUT", "/api/admin/users/token-demoted/role", TestUsers.basic(Role.ADMIN), "{\"role\":\"VIEWER\"}");

        assertThat(http.get("/api/admin/users", Http.bearer(token)).status()).isEqualTo(403);
        assertThat(http.get("/api/disputes", Http.bearer(token)).status()).isEqualTo(200);
    }

    @Test
    void aTokenCannotIssueAnotherToken() {
        String token = issue(TestUsers.basic(Role.ADMIN));

        Http.Response response = http.send("POST", "/api/tokens", Http.bearer(token), null);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("type").asText()).endsWith("/password-required");
    }

    @Test
    void thereIsNoCurrentTokenToRevokeWhenSignedInWithAPassword() {
        Http.Response response = http.send("DELETE", "/api/tokens/current", TestUsers.basic(Role.VIEWER), null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void issuingATokenNeedsAPassword() {
        assertThat(http.send("POST", "/api/tokens", null, null).status()).isEqualTo(401);
        assertThat(http.send("POST", "/api/tokens", TestUsers.basic(TestUsers.username(Role.VIEWER), "wrong-password"),
                null).status()).isEqualTo(401);
    }

    private String issue(String basic) {
        Http.Response issued = http.send("POST", "/api/tokens", basic, null);
        assertThat(issued.status()).isEqualTo(200);
        return issued.json().path("token").asText();
    }
}
