package org.labourtracker.api.security;

import java.time.Instant;

/**
 * A person who signs in. Never deleted, only disabled: recorded events keep naming them. Changes are
 * kept by {@link UserTable#update}.
 */
class TrackerUser {

    private final long id;
    private final String username;
    /** Prefixed with its encoding ({bcrypt}...), so stronger encodings can be introduced later. */
    private String passwordHash;
    private Role role;
    private boolean enabled;
    private final Instant createdAt;

    TrackerUser(long id, String username, String passwordHash, Role role, boolean enabled, Instant createdAt) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.enabled = enabled;
        this.createdAt = createdAt;
    }

    long id() {
        return id;
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    Role role() {
        return role;
    }

    boolean enabled() {
        return enabled;
    }

    Instant createdAt() {
        return createdAt;
    }

    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void changeRole(Role role) {
        this.role = role;
    }

    void enable() {
        this.enabled = true;
    }

    void disable() {
        this.enabled = false;
    }
}
