package org.labourtracker.api.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tracker.security.*}.
 *
 * @param anonymousRead          whether callers without credentials may GET disputes, cases and the
 *                               overview (they get the redacted views)
 * @param tokenLifetime          how long a token from {@code POST /api/tokens} is valid
 * @param bootstrapAdminPassword when set and no enabled ADMIN exists, creates (or restores) user
 *                               {@code admin} with this password at start-up; the one way to get a
 *                               first user in profile {@code prod}
 * @param signIn                 how many failed sign-ins are allowed before further ones wait
 * @param tokenRecheck           how long a bearer token, once verified, is taken as valid before it is
 *                               looked up again; a revocation or account change takes effect at once on
 *                               the node that made it, and within this time on the others
 */
@ConfigurationProperties("tracker.security")
record SecuritySettings(boolean anonymousRead,
                        @DefaultValue("30d") Duration tokenLifetime,
                        String bootstrapAdminPassword,
                        @DefaultValue SignInLimits signIn,
                        @DefaultValue("2s") Duration tokenRecheck) {

    /**
     * @param failuresPerAccount failed sign-ins to one account within a window before it is held back
     * @param failuresPerAddress failed sign-ins from one client address within a window
     * @param window             how long the counts last; after it, sign-in works again
     */
    record SignInLimits(@DefaultValue("10") int failuresPerAccount,
                        @DefaultValue("50") int failuresPerAddress,
                        @DefaultValue("15m") Duration window) {
    }

    /** Never the password: settings end up in logs and error messages. */
    @Override
    public String toString() {
        return "SecuritySettings[anonymousRead=" + anonymousRead + ", tokenLifetime=" + tokenLifetime
                + ", bootstrapAdminPassword=" + (bootstrapAdminPassword == null ? "unset" : "set")
                + ", signIn=" + signIn + ", tokenRecheck=" + tokenRecheck + "]";
    }
}
