package org.labourtracker.api.security;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface UserTable extends JpaRepository<TrackerUser, Long> {

    Optional<TrackerUser> findByUsername(String username);

    /** Usernames differing only in case would be indistinguishable as recorders. */
    boolean existsByUsernameIgnoreCase(String username);

    long countByRoleAndEnabledTrue(Role role);

    List<TrackerUser> findAllByOrderByUsernameAsc();
}
