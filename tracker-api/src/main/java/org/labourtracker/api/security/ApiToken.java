package org.labourtracker.api.security;

import java.time.Instant;

/**
 * A bearer token as stored, with its user: known in the table only by its SHA-256 hash, so a copy of
 * the table signs no one in.
 */
record ApiToken(long id, TrackerUser user, Instant expiresAt) {
}
