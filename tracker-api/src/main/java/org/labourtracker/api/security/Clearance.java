package org.labourtracker.api.security;

import org.springframework.security.core.Authentication;

/** Who may see what the public record hides: confidential names and sources. */
public final class Clearance {

    private Clearance() {
    }

    /**
     * Whether the caller may read confidential names and sources: AUDITOR or any role above it.
     * Anonymous callers ({@code null}, or Spring's anonymous token) and everyone below AUDITOR get
     * redacted views.
     */
    public static boolean mayReadConfidential(Authentication caller) {
        return Role.AUDITOR.isHeldBy(caller);
    }

    /** Whether the caller is an ADMIN. */
    public static boolean isAdmin(Authentication caller) {
        return Role.ADMIN.isHeldBy(caller);
    }
}
