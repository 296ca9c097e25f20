package org.labourtracker.api.security;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tracker_user table through JPA: the few queries accounts and sign-in ask, written out. A Spring
 * Data repository would cost every start its repository scan and proxy for these six statements. Each runs
 * in a transaction, joining the caller's, as the repository's did.
 */
@Repository
@Transactional
class UserTable {

    @PersistenceContext
    private EntityManager entityManager;

    Optional<TrackerUser> findByUsername(String username) {
        return entityManager.createQuery("select u from TrackerUser u where u.username = :username", TrackerUser.class)
                .setParameter("username", username)
                .getResultList().stream().findFirst();
    }

    /** Usernames differing only in case would be indistinguishable as recorders. */
    boolean existsByUsernameIgnoreCase(String username) {
        return !entityManager.createQuery(
                        "select u.id from TrackerUser u where lower(u.username) = lower(:username)", Long.class)
                .setParameter("username", username)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    long countByRoleAndEnabledTrue(Role role) {
        return entityManager.createQuery(
                        "select count(u) from TrackerUser u where u.role = :role and u.enabled = true", Long.class)
                .setParameter("role", role)
                .getSingleResult();
    }

    long count() {
        return entityManager.createQuery("select count(u) from TrackerUser u", Long.class).getSingleResult();
    }

    List<TrackerUser> findAllByOrderByUsernameAsc() {
        return entityManager.createQuery("select u from TrackerUser u order by u.username asc", TrackerUser.class)
                .getResultList();
    }

    /** Flushed at once, so that a name taken meanwhile fails here, as a constraint violation. */
    TrackerUser saveAndFlush(TrackerUser user) {
        entityManager.persist(user);
        entityManager.flush();
        return user;
    }
}
