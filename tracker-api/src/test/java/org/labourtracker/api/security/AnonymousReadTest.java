package org.labourtracker.api.security;

import org.labourtracker.api.Http;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.labourtracker.api.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With tracker.security.anonymous-read, the public data is readable without credentials; nothing else is. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:security-anonymous-read;DB_CLOSE_DELAY=-1",
        "tracker.security.anonymous-read=true"})
class AnonymousReadTest {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @ParameterizedTest
    @ValueSource(strings = {"/api/disputes", "/api/disputes/mangystau-oil-strike-2011", "/api/cases/sokolova-2011",
            "/api/overview"})
    void anonymousCallersMayReadThePublicData(String path) {
        assertThat(new Http(port).get(path, null).status()).isNotIn(401, 403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/disputes/mangystau-oil-strike-2011"})
    void andThePagesThatShowIt(String path) {
        assertThat(new Http(port).get(path, null).status()).isNotIn(302, 401, 403);
    }

    @Test
    void andTheLogsCheckpointKeyAndProofsWhichHoldNoContent() {
        Http http = new Http(port);
        Http.Response checkpoint = http.get("/api/audit/checkpoint", null);
        assertThat(checkpoint.status()).isEqualTo(200);
        assertThat(checkpoint.body()).contains("\n\n\u2014 ");
        assertThat(http.get("/api/audit/checkpoint/key", null).status()).isEqualTo(200);
        Http.Response beyondTheLog = http.get("/api/audit/proofs/consistency?from=0&to=1", null);
        assertThat(beyondTheLog.status()).as("answered, not refused: the log here is empty").isEqualTo(400);
        assertThat(beyondTheLog.json().path("field").asText()).isEqualTo("to");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/streams/mangystau-oil-strike-2011", "/api/audit/log", "/api/admin/users",
            "/api/something-else", "/api/audit/leaves/0", "/api/audit/integrity"})
    void butNothingElse(String path) {
        assertThat(new Http(port).get(path, null).status()).isEqualTo(401);
    }

    @Test
    void norMayTheyWrite() {
        assertThat(new Http(port).send("POST", "/api/disputes", null, "{}").status()).isEqualTo(401);
    }

    @Test
    void credentialsStillCountOnPublicPaths() {
        TestUsers.createAll(accounts);
        Http http = new Http(port);

        assertThat(http.get("/api/disputes", TestUsers.basic(TestUsers.username(Role.AUDITOR), "wrong-password"))
                .status()).isEqualTo(401);
        assertThat(http.get("/api/disputes", TestUsers.basic(Role.AUDITOR)).status()).isNotIn(401, 403);
    }
}
