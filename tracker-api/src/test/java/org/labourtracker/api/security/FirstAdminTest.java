package org.labourtracker.api.security;

import org.labourtracker.api.Http;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.labourtracker.TrackerApplication;
import org.labourtracker.api.TestUsers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.JdbcTemplate;

/** Someone can sign in to a new installation, without a password anyone could guess. */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTest {

    private static final Pattern GENERATED = Pattern.compile("shown only this once:\\s+([A-Za-z0-9_-]{24})\\s");
    private static final String PASSWORD = "Zhanaozen-square-chosen-31";

    @Test
    void theEmbeddedDefaultCreatesAnAdminWhosePasswordIsLoggedOnce(CapturedOutput output) {
        String database = "jdbc:h2:mem:first-admin-default;DB_CLOSE_DELAY=-1";
        try (ConfigurableApplicationContext application = start(database)) {
            Matcher generated = GENERATED.matcher(output.getOut());
            assertThat(generated.find()).as(output.getOut()).isTrue();
            String password = generated.group(1);
            assertThat(generated.find()).isFalse();
            assertThat(output.getOut()).contains("WARN").contains("user 'admin' (role ADMIN)");

            Http http = http(application);
            assertThat(http.get("/api/admin/users", TestUsers.basic("admin", password)).status()).isEqualTo(200);
            assertThat(users(application)).containsExactly("admin");
        }
        try (ConfigurableApplicationContext restarted = start(database)) {
            assertThat(GENERATED.matcher(output.getOut()).results().count()).isEqualTo(1);
            assertThat(users(restarted)).containsExactly("admin");
        }
    }

    @Test
    void profileProdCreatesNoUserButSaysHowToCreateTheFirst(CapturedOutput output) {
        String database = "jdbc:h2:mem:first-admin-prod;DB_CLOSE_DELAY=-1";
        try (ConfigurableApplicationContext application = start(database, "--spring.profiles.active=prod")) {
            assertThat(users(application)).isEmpty();
            assertThat(output.getOut()).doesNotContain("shown only this once")
                    .contains("tracker.security.bootstrap-admin-password", "TRACKER_SECURITY_BOOTSTRAPADMINPASSWORD");
            assertThat(http(application).get("/api/disputes", null).status()).isEqualTo(401);
        }
        try (ConfigurableApplicationContext application = start(database, "--spring.profiles.active=prod",
                "--tracker.security.bootstrap-admin-password=" + PASSWORD)) {
            assertThat(users(application)).containsExactly("admin");
            assertThat(http(application).get("/api/admin/users", TestUsers.basic("admin", PASSWORD)).status())
                    .isEqualTo(200);
            assertThat(output.getOut()).doesNotContain(PASSWORD);
        }
    }

    @Test
    void theBootstrapPasswordIsAppliedOnlyWhenNoAdminExists() {
        String database = "jdbc:h2:mem:first-admin-applied-once;DB_CLOSE_DELAY=-1";
        try (ConfigurableApplicationContext application = start(database, "--spring.profiles.active=prod",
                "--tracker.security.bootstrap-admin-password=" + PASSWORD)) {
            Http http = http(application);
            assertThat(http.send("PUT", "/api/admin/users/admin/password", TestUsers.basic("admin", PASSWORD),
                    "{\"password\":\"Uzen-oilfield-own-key-58\"}").status()).isEqualTo(204);
        }
        try (ConfigurableApplicationContext application = start(database, "--spring.profiles.active=prod",
                "--tracker.security.bootstrap-admin-password=" + PASSWORD)) {
            Http http = http(application);
            assertThat(http.get("/api/admin/users", TestUsers.basic("admin", PASSWORD)).status()).isEqualTo(401);
            assertThat(http.get("/api/admin/users", TestUsers.basic("admin", "Uzen-oilfield-own-key-58")).status())
                    .isEqualTo(200);
        }
    }

    @Test
    void aWeakBootstrapPasswordStopsStartUp() {
        assertThatThrownBy(() -> start("jdbc:h2:mem:first-admin-weak;DB_CLOSE_DELAY=-1",
                "--spring.profiles.active=prod", "--tracker.security.bootstrap-admin-password=short"))
                .satisfies(failure -> assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
                        .hasMessageContaining("tracker.security.bootstrap-admin-password")
                        .hasMessageContaining("at least 12 characters"));
    }

    private static ConfigurableApplicationContext start(String database, String... arguments) {
        return new SpringApplicationBuilder(TrackerApplication.class).run(Stream.concat(
                Stream.of("--spring.datasource.url=" + database, "--server.port=0"), Stream.of(arguments))
                .toArray(String[]::new));
    }

    private static Http http(ConfigurableApplicationContext application) {
        return new Http(application.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
    }

    private static List<String> users(ConfigurableApplicationContext application) {
        return application.getBean(JdbcTemplate.class).queryForList("select username from tracker_user", String.class);
    }
}
