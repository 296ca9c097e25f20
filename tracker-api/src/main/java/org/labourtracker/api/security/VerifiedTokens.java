package org.labourtracker.api.security;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.core.userdetails.User;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Bearer tokens verified a moment ago (by hash), so that a client sending many requests is not looked
 * up in the database for each: each is taken as valid for {@code tracker.security.token-recheck}, never
 * past its expiry. Any change to tokens or accounts made on this node forgets them all, at once and
 * again when it commits, so that a request between the two cannot keep the old answer.
 */
@Component
class VerifiedTokens {

    /** Enough for every client of a busy node; past it, all are looked up afresh. */
    private static final int MOST = 10_000;

    private final Map<String, Verified> byHash = new ConcurrentHashMap<>();
    private final SecuritySettings settings;

    VerifiedTokens(SecuritySettings settings) {
        this.settings = settings;
    }

    /** A verified caller: the user as signed in (without password hash) and the token's id. */
    record Verified(User principal, long tokenId, Instant until) {
    }

    Optional<Verified> recall(String hash, Instant now) {
        Verified verified = byHash.get(hash);
        return verified != null && verified.until().isAfter(now) ? Optional.of(verified) : Optional.empty();
    }

    void remember(String hash, User principal, long tokenId, Instant expiresAt, Instant now) {
        if (byHash.size() >= MOST) {
            byHash.clear();
        }
        Instant recheck = now.plus(settings.tokenRecheck());
        byHash.put(hash, new Verified(principal, tokenId, recheck.isBefore(expiresAt) ? recheck : expiresAt));
    }

    void forgetAll() {
        byHash.clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    byHash.clear();
                }
            });
        }
    }
}
