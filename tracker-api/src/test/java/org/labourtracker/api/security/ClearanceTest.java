package org.labourtracker.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/** Confidential names and sources are for AUDITOR and above only. */
class ClearanceTest {

    @ParameterizedTest
    @EnumSource(Role.class)
    void auditorsAndAdminsMayReadConfidentialRecords(Role role) {
        var caller = UsernamePasswordAuthenticationToken.authenticated("someone", null,
                AuthorityUtils.createAuthorityList(role.authority()));

        assertThat(Clearance.mayReadConfidential(caller)).isEqualTo(role == Role.AUDITOR || role == Role.ADMIN);
    }

    @Test
    void anonymousCallersMayNot() {
        assertThat(Clearance.mayReadConfidential(null)).isFalse();
        assertThat(Clearance.mayReadConfidential(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")))).isFalse();
    }

    @Test
    void anUnauthenticatedClaimToBeAnAuditorIsNotEnough() {
        assertThat(Clearance.mayReadConfidential(UsernamePasswordAuthenticationToken.unauthenticated("auditor",
                "password"))).isFalse();
    }
}
