package org.labourtracker.api.security;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenTable extends JpaRepository<ApiToken, Long> {

    /** The token with its user in one read: every bearer request needs the user's role and state. */
    @Query("select t from ApiToken t join fetch t.user where t.tokenHash = :tokenHash")
    Optional<ApiToken> findByTokenHash(String tokenHash);

    @Modifying
    @Query("delete from ApiToken t where t.user = :user")
    void deleteAllOf(TrackerUser user);

    @Modifying
    @Query("delete from ApiToken t where t.expiresAt <= :now")
    void deleteExpired(Instant now);
}
