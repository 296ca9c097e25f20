package org.labourtracker.api.security;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The tracker_api_token table through JPA, written out for the reason {@link UserTable} gives. */
@Repository
@Transactional
class ApiTokenTable {

    @PersistenceContext
    private EntityManager entityManager;

    /** The token with its user in one read: every bearer request needs the user's role and state. */
    Optional<ApiToken> findByTokenHash(String tokenHash) {
        return entityManager.createQuery(
                        "select t from ApiToken t join fetch t.user where t.tokenHash = :tokenHash", ApiToken.class)
                .setParameter("tokenHash", tokenHash)
                .getResultList().stream().findFirst();
    }

    ApiToken save(ApiToken token) {
        entityManager.persist(token);
        return token;
    }

    void deleteById(long id) {
        entityManager.createQuery("delete from ApiToken t where t.id = :id").setParameter("id", id).executeUpdate();
    }

    void deleteAllOf(TrackerUser user) {
        entityManager.createQuery("delete from ApiToken t where t.user = :user").setParameter("user", user).executeUpdate();
    }

    void deleteExpired(Instant now) {
        entityManager.createQuery("delete from ApiToken t where t.expiresAt <= :now").setParameter("now", now)
                .executeUpdate();
    }
}
