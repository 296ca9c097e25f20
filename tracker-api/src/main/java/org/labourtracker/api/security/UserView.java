package org.labourtracker.api.security;

import java.time.Instant;

/** A user as administrators see one: never the password hash. */
public record UserView(String username, Role role, boolean enabled, Instant createdAt) {

    static UserView of(TrackerUser user) {
        return new UserView(user.username(), user.role(), user.enabled(), user.createdAt());
    }
}
