package org.labourtracker.api.security;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.labourtracker.api.problem.InvalidRequest;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.core.Authentication;

/** What a user may do, each role including every one declared before it. */
public enum Role {

    /** Reads the redacted record. */
    VIEWER,
    /** Records events and imports. */
    MONITOR,
    /** Sees confidential names and sources, replays and verifies history. */
    AUDITOR,
    /** Manages users. */
    ADMIN;

    /** ADMIN > AUDITOR > MONITOR > VIEWER, built from the declaration order so the two cannot drift. */
    static final RoleHierarchy HIERARCHY = hierarchy();

    /** The granted authority Spring Security checks for this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Whether the caller holds this role or one above it; anonymous callers hold none. */
    public boolean isHeldBy(Authentication caller) {
        return caller != null && caller.isAuthenticated()
                && HIERARCHY.getReachableGrantedAuthorities(caller.getAuthorities()).stream()
                .anyMatch(granted -> authority().equals(granted.getAuthority()));
    }

    static Role parse(String field, String value) {
        return Arrays.stream(values()).filter(role -> role.name().equals(value)).findFirst()
                .orElseThrow(() -> new InvalidRequest(field, "must be one of "
                        + Arrays.stream(values()).map(Role::name).collect(Collectors.joining(", "))));
    }

    private static RoleHierarchy hierarchy() {
        RoleHierarchyImpl.Builder builder = RoleHierarchyImpl.withDefaultRolePrefix();
        Role[] roles = values();
        for (int i = 1; i < roles.length; i++) {
            builder = builder.role(roles[i].name()).implies(roles[i - 1].name());
        }
        return builder.build();
    }
}
