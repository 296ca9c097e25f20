package org.labourtracker.api.security;

import java.security.SecureRandom;
import java.util.Base64;

import org.labourtracker.api.problem.InvalidRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Makes sure someone can sign in to a new installation. The embedded default creates {@code admin}
 * with a generated password, logged once; profile {@code prod} never invents a password and only
 * says how to set one.
 */
@Component
class FirstAdmin implements ApplicationRunner {

    private static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final UserAccounts accounts;
    private final SecuritySettings settings;
    private final Environment environment;

    FirstAdmin(UserAccounts accounts, SecuritySettings settings, Environment environment) {
        this.accounts = accounts;
        this.settings = settings;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        String password = settings.bootstrapAdminPassword();
        if (password != null && !password.isEmpty()) {
            if (!accounts.anyEnabledAdmin()) {
                try {
                    accounts.restoreAdmin(USERNAME, password);
                } catch (InvalidRequest weak) {
                    throw new IllegalStateException("tracker.security.bootstrap-admin-password " + weak.getMessage());
                } catch (UserAccounts.UsernameTaken byAnotherNode) {
                    // nodes started together on a new database: another one created the user with this password
                    return;
                }
                log.warn("No enabled ADMIN existed: user '{}' is now an enabled ADMIN with the password from "
                        + "tracker.security.bootstrap-admin-password. Remove that setting now.", USERNAME);
            } else {
                log.warn("tracker.security.bootstrap-admin-password is set but ignored, since an enabled ADMIN "
                        + "exists; remove the setting.");
            }
            return;
        }
        if (accounts.anyUser()) {
            return;
        }
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            log.warn("No users exist, and profile 'prod' creates none with a default password. To create the "
                    + "first administrator, start once with tracker.security.bootstrap-admin-password set to a "
                    + "password of at least {} characters (e.g. environment variable "
                    + "TRACKER_SECURITY_BOOTSTRAPADMINPASSWORD), sign in as '{}', then remove the setting.",
                    UserAccounts.MIN_PASSWORD_LENGTH, USERNAME);
            return;
        }
        String generated = generatedPassword();
        try {
            accounts.createWithGeneratedPassword(USERNAME, generated, Role.ADMIN);
        } catch (UserAccounts.UsernameTaken byAnotherNode) {
            // nodes started together on a new database: the one that created the user logged its password
            log.info("User '{}' was created by another node starting at the same time", USERNAME);
            return;
        }
        log.warn("""
                No users existed, so user '{}' (role ADMIN) was created with a generated password, shown \
                only this once:

                    {}

                Sign in with it and set your own: PUT /api/admin/users/{}/password.""",
                USERNAME, generated, USERNAME);
    }

    private static String generatedPassword() {
        byte[] secret = new byte[18];
        new SecureRandom().nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
