package org.labourtracker.api.security;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tracker_user table: the few statements accounts and sign-in need, written out. Each runs in a
 * transaction, joining the caller's.
 */
@Repository
@Transactional
class UserTable {

    static final String COLUMNS = "u.id, u.username, u.password_hash, u.role, u.enabled, u.created_at";

    private final JdbcTemplate jdbc;

    UserTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<TrackerUser> findByUsername(String username) {
        return jdbc.query("SELECT " + COLUMNS + " FROM tracker_user u WHERE u.username = ?",
                (row, number) -> user(row), username).stream().findFirst();
    }

    /** Usernames differing only in case would be indistinguishable as recorders. */
    boolean existsByUsernameIgnoreCase(String username) {
        return !jdbc.queryForList("SELECT id FROM tracker_user WHERE LOWER(username) = LOWER(?) "
                + "FETCH FIRST 1 ROWS ONLY", Long.class, username).isEmpty();
    }

    long countByRoleAndEnabledTrue(Role role) {
        return Objects.requireNonNull(jdbc.queryForObject(
                "SELECT COUNT(*) FROM tracker_user WHERE role = ? AND enabled", Long.class, role.name()));
    }

    long count() {
        return Objects.requireNonNull(jdbc.queryForObject("SELECT COUNT(*) FROM tracker_user", Long.class));
    }

    List<TrackerUser> findAllByOrderByUsernameAsc() {
        return jdbc.query("SELECT " + COLUMNS + " FROM tracker_user u ORDER BY u.username ASC",
                (row, number) -> user(row));
    }

    /** A name taken meanwhile fails here, as a constraint violation. The user is as stored (to the microsecond). */
    TrackerUser insert(String username, String passwordHash, Role role, Instant createdAt) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("INSERT INTO tracker_user (username, "
                    + "password_hash, role, enabled, created_at) VALUES (?, ?, ?, TRUE, ?)", new String[] {"id"});
            insert.setString(1, username);
            insert.setString(2, passwordHash);
            insert.setString(3, role.name());
            insert.setObject(4, utc(createdAt));
            return insert;
        }, key);
        return new TrackerUser(Objects.requireNonNull(key.getKey()).longValue(), username, passwordHash, role, true,
                createdAt.truncatedTo(ChronoUnit.MICROS));
    }

    /** Keeps what may change of a user: the password, the role, whether enabled. */
    void update(TrackerUser user) {
        jdbc.update("UPDATE tracker_user SET password_hash = ?, role = ?, enabled = ? WHERE id = ?",
                user.passwordHash(), user.role().name(), user.enabled(), user.id());
    }

    /** The user of a row that selected {@link #COLUMNS}. */
    static TrackerUser user(ResultSet row) throws SQLException {
        return new TrackerUser(row.getLong("id"), row.getString("username"), row.getString("password_hash"),
                Role.valueOf(row.getString("role")), row.getBoolean("enabled"),
                row.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
