package org.labourtracker.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.labourtracker.api.Http;
import org.labourtracker.api.TestUsers;
import org.labourtracker.database.SameOnEveryDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

import io.github.bucket4j.TimeMeter;

/**
 * Accounts that cannot be misused: an account change ends the user's web sessions (signed in
 * through the form, as a browser is), failed sign-ins are throttled per account and per address,
 * and cookies and headers keep pages to themselves. The throttle's clock is the test's own, moved
 * on by hand, so that slow password checks on a busy machine cannot empty a bucket's window.
 */
@SameOnEveryDatabase
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:account-protection;DB_CLOSE_DELAY=-1",
        "tracker.security.sign-in.failures-per-account=3",
        "tracker.security.sign-in.failures-per-address=8",
        "tracker.security.sign-in.window=60s"})
class AccountProtectionTest {

    private static final Duration WINDOW = Duration.ofSeconds(60);

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String PASSWORD = "Aktau-courtroom-appeal-77";
    private static final String ADMIN = TestUsers.basic(Role.ADMIN);

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ManualTime time;

    Http http;

    @BeforeEach
    void users() {
        TestUsers.createAll(accounts);
        http = new Http(port);
        time.advance(WINDOW);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "disabling     | DELETE | ''       | ",
            "demoting      | PUT    | /role     | {\"role\":\"VIEWER\"}",
            "a new password| PUT    | /password | {\"password\":\"Shetpe-railway-station-19\"}",
            "revoking access | DELETE | /access | "})
    void anAccountChangeEndsEverySessionOfTheUser(String change, String method, String path, String body)
            throws Exception {
        String username = "session-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, PASSWORD, Role.AUDITOR);
        Browser first = new Browser();
        Browser second = new Browser();
        first.signIn(username, PASSWORD);
        second.signIn(username, PASSWORD);
        assertThat(first.get("/audit").statusCode()).isEqualTo(200);
        assertThat(second.get("/audit").statusCode()).isEqualTo(200);

        Http.Response changed = http.send(method, "/api/admin/users/" + username + path, ADMIN, body);

        assertThat(changed.status()).as(changed.body()).isIn(200, 204);
        for (Browser browser : new Browser[] {first, second}) {
            HttpResponse<String> after = browser.get("/audit");
            assertThat(after.statusCode()).isEqualTo(302);
            assertThat(after.headers().firstValue("Location")).hasValue("http://localhost:" + port + "/login");
        }
    }

    @Test
    void aDemotedAuditorSigningInAgainHasTheNewRole() throws Exception {
        accounts.create("demoted-auditor", PASSWORD, Role.AUDITOR);
        Browser browser = new Browser();
        browser.signIn("demoted-auditor", PASSWORD);

        http.send("PUT", "/api/admin/users/demoted-auditor/role", ADMIN, "{\"role\":\"VIEWER\"}");
        browser.signIn("demoted-auditor", PASSWORD);

        assertThat(browser.get("/audit").statusCode()).isEqualTo(403);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void failedSignInsToOneAccountAreThrottledUntilTheWindowPasses() throws Exception {
        accounts.create("guessed", PASSWORD, Role.VIEWER);
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(http.get("/api/disputes", TestUsers.basic("guessed", "wrong-" + attempt)).status()).isEqualTo(401);
        }

        Http.Response throttled = http.get("/api/disputes", TestUsers.basic("guessed", PASSWORD));

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.contentType()).startsWith("application/problem+json");
        assertThat(throttled.json().path("type").asText()).isEqualTo("https://labour-tracker.org/problems/too-many-sign-ins");
        assertThat(throttled.headers().firstValue("Retry-After")).hasValue("60");
        assertThat(throttled.json().path("retryAfterSeconds").asLong()).isEqualTo(60);
        assertThat(http.get("/api/disputes", TestUsers.basic("GUESSED", PASSWORD)).status()).isEqualTo(429);
        assertThat(http.get("/api/disputes", TestUsers.basic(Role.VIEWER)).status()).isEqualTo(200);

        time.advance(Duration.ofSeconds(59));
        assertThat(http.get("/api/disputes", TestUsers.basic("guessed", PASSWORD)).status()).isEqualTo(429);
        time.advance(Duration.ofSeconds(1));

        assertThat(http.get("/api/disputes", TestUsers.basic("guessed", PASSWORD)).status()).isEqualTo(200);
    }

    @Test
    void failedSignInsFromOneAddressAreThrottledForEveryAccount() throws Exception {
        for (int attempt = 0; attempt < 8; attempt++) {
            http.get("/api/disputes", TestUsers.basic("nobody-" + attempt, "wrong"));
        }

        Http.Response throttled = http.get("/api/disputes", TestUsers.basic(Role.VIEWER));

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).hasValue("60");
        time.advance(WINDOW);
        assertThat(http.get("/api/disputes", TestUsers.basic(Role.VIEWER)).status()).isEqualTo(200);
    }

    @Test
    void theSignInFormSaysHowLongToWait() throws Exception {
        accounts.create("form-guessed", PASSWORD, Role.VIEWER);
        Browser browser = new Browser();
        for (int attempt = 0; attempt < 3; attempt++) {
            HttpResponse<String> refused = browser.post("/login", "form-guessed", "wrong-" + attempt);
            assertThat(refused.statusCode()).isEqualTo(302);
            assertThat(refused.headers().firstValue("Location")).hasValue("http://localhost:" + port + "/login?error");
        }

        HttpResponse<String> throttled = browser.post("/login", "form-guessed", PASSWORD);

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).hasValue("60");
        assertThat(throttled.body()).contains("Too many failed sign-ins for this account or from this address. "
                + "Try again in 60 seconds.");
        time.advance(WINDOW);
        browser.signIn("form-guessed", PASSWORD);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndSecureOnlyOverHttps() throws Exception {
        String plain = new Browser().signIn(TestUsers.username(Role.VIEWER), TestUsers.PASSWORD, Map.of());
        String overHttps = new Browser().signIn(TestUsers.username(Role.VIEWER), TestUsers.PASSWORD,
                Map.of("X-Forwarded-Proto", "https"));

        assertThat(plain).startsWith("SESSION=").contains("; HttpOnly", "; SameSite=Lax").doesNotContain("Secure");
        assertThat(overHttps).startsWith("SESSION=").contains("; Secure", "; HttpOnly", "; SameSite=Lax");
    }

    @ParameterizedTest
    @CsvSource({"/login", "/api/disputes", "/api/no-such-thing", "/css/no-such.css"})
    void everyAnswerCarriesTheReferrerAndPermissionsPolicies(String path) {
        Http.Response response = http.get(path, TestUsers.basic(Role.VIEWER));

        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(response.headers().firstValue("Permissions-Policy"))
                .hasValue("camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()");
    }

    /** The throttle's clock, standing still until a test moves it. */
    static final class ManualTime implements TimeMeter {

        private final AtomicLong nanos = new AtomicLong();

        void advance(Duration by) {
            nanos.addAndGet(by.toNanos());
        }

        @Override
        public long currentTimeNanos() {
            return nanos.get();
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }

    @TestConfiguration
    static class ThrottleClock {

        @Bean
        ManualTime manualTime() {
            return new ManualTime();
        }
    }

    /** A browser of its own: cookies kept, redirects not followed. */
    private final class Browser {

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        void signIn(String username, String password) throws IOException, InterruptedException {
            signIn(username, password, Map.of());
        }

        /** Signs in through the form; returns the session cookie it was given. */
        String signIn(String username, String password, Map<String, String> headers)
                throws IOException, InterruptedException {
            HttpResponse<String> signedIn = post("/login", username, password, headers);
            assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).doesNotContain("error"));
            return signedIn.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("SESSION="))
                    .findFirst().orElseThrow();
        }

        HttpResponse<String> post(String path, String username, String password) throws IOException, InterruptedException {
            return post(path, username, password, Map.of());
        }

        HttpResponse<String> post(String path, String username, String password, Map<String, String> headers)
                throws IOException, InterruptedException {
            Matcher token = CSRF.matcher(get("/login").body());
            assertThat(token.find()).isTrue();
            String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
                    + encode(token.group(1));
            HttpRequest.Builder request = request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
            headers.forEach(request::header);
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
