package org.labourtracker.api.security;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The tracker_api_token table, written out as {@link UserTable} is. */
@Repository
@Transactional
class ApiTokenTable {

    private final JdbcTemplate jdbc;

    ApiTokenTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The token with its user in one read: every bearer request needs the user's role and state. */
    Optional<ApiToken> findByTokenHash(String tokenHash) {
        return jdbc.query("SELECT t.id AS token_id, t.expires_at, " + UserTable.COLUMNS
                        + " FROM tracker_api_token t JOIN tracker_user u ON u.id = t.user_id WHERE t.token_hash = ?",
                (row, number) -> new ApiToken(row.getLong("token_id"), UserTable.user(row),
                        row.getObject("expires_at", OffsetDateTime.class).toInstant()),
                tokenHash).stream().findFirst();
    }

    void insert(String tokenHash, TrackerUser user, Instant createdAt, Instant expiresAt) {
        jdbc.update("INSERT INTO tracker_api_token (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
                tokenHash, user.id(), UserTable.utc(createdAt), UserTable.utc(expiresAt));
    }

    void deleteById(long id) {
        jdbc.update("DELETE FROM tracker_api_token WHERE id = ?", id);
    }

    void deleteAllOf(TrackerUser user) {
        jdbc.update("DELETE FROM tracker_api_token WHERE user_id = ?", user.id());
    }

    void deleteExpired(Instant now) {
        jdbc.update("DELETE FROM tracker_api_token WHERE expires_at <= ?", UserTable.utc(now));
    }
}
