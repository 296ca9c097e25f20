package org.labourtracker.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

import org.labourtracker.api.security.Role;
import org.labourtracker.api.security.UserAccounts;

/**
 * One user per role, created through the application's own {@link UserAccounts}, for tests that
 * call the API over HTTP:
 *
 * <pre>{@code
 * @Autowired UserAccounts accounts;
 * @BeforeEach void users() { TestUsers.createAll(accounts); }
 * ...
 * request.header("Authorization", TestUsers.basic(Role.MONITOR));
 * // or: restTemplate.withBasicAuth(TestUsers.username(Role.MONITOR), TestUsers.PASSWORD)
 * }</pre>
 */
public final class TestUsers {

    /** Every test user's password. */
    public static final String PASSWORD = "Kettle-Orchard-Basalt-42";

    private TestUsers() {
    }

    /** {@code test-viewer}, {@code test-monitor}, {@code test-auditor} or {@code test-admin}. */
    public static String username(Role role) {
        return "test-" + role.name().toLowerCase(Locale.ROOT);
    }

    /** Creates the user of each role unless it exists; safe to call before every test. */
    public static void createAll(UserAccounts accounts) {
        for (Role role : Role.values()) {
            if (!accounts.exists(username(role))) {
                accounts.create(username(role), PASSWORD, role);
            }
        }
    }

    /** The {@code Authorization} header value for the test user of this role. */
    public static String basic(Role role) {
        return basic(username(role), PASSWORD);
    }

    /** The {@code Authorization} header value for HTTP Basic with any credentials. */
    public static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
