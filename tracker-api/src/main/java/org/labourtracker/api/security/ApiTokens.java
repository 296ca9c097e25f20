package org.labourtracker.api.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.security.core.userdetails.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for scripts and dashboards, so that they need not keep a password. The token is
 * shown once, when issued; only its SHA-256 hash is stored (it is random and long, so a plain
 * fast hash suffices and lookups stay one indexed read).
 */
@Service
class ApiTokens {

    /** Makes a leaked token recognisable to secret scanners and in logs. */
    private static final String PREFIX = "lt_";
    private static final int RANDOM_BYTES = 32;

    private final SecureRandom random = new SecureRandom();
    private final ApiTokenTable tokens;
    private final UserTable users;
    private final Clock clock;
    private final SecuritySettings settings;
    private final VerifiedTokens verified;

    ApiTokens(ApiTokenTable tokens, UserTable users, Clock clock, SecuritySettings settings, VerifiedTokens verified) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
        this.settings = settings;
        this.verified = verified;
    }

    /**
     * The response to {@code POST /api/tokens}.
     *
     * @param token     the bearer token, to send as {@code Authorization: Bearer <token>}; shown only once
     * @param tokenType always Bearer
     * @param expiresAt when the token stops working
     */
    record IssuedToken(String token, String tokenType, Instant expiresAt) {
    }

    @Transactional
    IssuedToken issue(String username) {
        Instant now = clock.instant();
        TrackerUser user = users.findByUsername(username).orElseThrow(() -> new UserAccounts.UnknownUser(username));
        tokens.deleteExpired(now);
        byte[] secret = new byte[RANDOM_BYTES];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expiresAt = now.plus(settings.tokenLifetime());
        tokens.insert(hash(token), user, now, expiresAt);
        return new IssuedToken(token, "Bearer", expiresAt);
    }

    /**
     * The caller a token stands for, if it is known, unexpired and its user still enabled: looked up,
     * or as verified a moment ago ({@link VerifiedTokens}). Not a transaction of its own: a token recalled
     * needs none, and the look-up (with the token's user) is one.
     */
    Optional<ApiTokenAuthentication> authenticate(String token) {
        Instant now = clock.instant();
        String hash = hash(token);
        Optional<VerifiedTokens.Verified> recalled = verified.recall(hash, now);
        if (recalled.isPresent()) {
            return recalled.map(known -> new ApiTokenAuthentication(known.principal(), known.tokenId()));
        }
        return tokens.findByTokenHash(hash)
                .filter(stored -> stored.expiresAt().isAfter(now) && stored.user().enabled())
                .map(stored -> {
                    User principal = StoredUserDetails.details(stored.user());
                    principal.eraseCredentials();
                    verified.remember(hash, principal, stored.id(), stored.expiresAt(), now);
                    return new ApiTokenAuthentication(principal, stored.id());
                });
    }

    @Transactional
    void revoke(long tokenId) {
        tokens.deleteById(tokenId);
        verified.forgetAll();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }
}
