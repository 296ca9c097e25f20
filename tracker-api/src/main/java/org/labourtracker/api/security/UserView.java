package org.labourtracker.api.security;

import java.time.Instant;

/**
 * A user as administrators see one: never the password hash.
 *
 * @param username  the name the user signs in with
 * @param role      VIEWER (reads), MONITOR (records), AUDITOR (sees confidential names, audits) or ADMIN
 * @param enabled   whether the user may sign in; users are disabled, never deleted
 * @param createdAt when the user was created
 */
public record UserView(String username, Role role, boolean enabled, Instant createdAt) {

    static UserView of(TrackerUser user) {
        return new UserView(user.username(), user.role(), user.enabled(), user.createdAt());
    }
}
