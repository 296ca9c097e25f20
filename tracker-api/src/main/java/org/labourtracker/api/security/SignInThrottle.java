package org.labourtracker.api.security;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

/**
 * Counts failed sign-ins per account and per client address, in token buckets (Bucket4j) that
 * refill whole at the end of each window. While either bucket is empty, sign-ins for that account
 * or from that address are refused without checking the password, so guessing stops; the right
 * password works again once the window has passed. Kept per node, in memory. Time is the
 * system's monotonic clock unless a {@link TimeMeter} bean is given, as tests do to move it on
 * without waiting.
 */
@Component
class SignInThrottle {

    /** Beyond this many remembered buckets, those that are full again (no recent failure) are dropped. */
    private static final int MAX_REMEMBERED = 100_000;

    private final SecuritySettings.SignInLimits limits;
    private final Map<String, Bucket> accounts = new ConcurrentHashMap<>();
    private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();
    private final TimeMeter time;

    SignInThrottle(SecuritySettings settings, ObjectProvider<TimeMeter> time) {
        this.limits = settings.signIn();
        this.time = time.getIfAvailable(() -> TimeMeter.SYSTEM_NANOTIME);
    }

    /** How long the caller must wait before trying again, if the account or the address is throttled. */
    Optional<Duration> wait(String username, String address) {
        Duration account = username == null ? Duration.ZERO : wait(accounts.get(key(username)));
        Duration from = address == null ? Duration.ZERO : wait(addresses.get(address));
        Duration longer = account.compareTo(from) >= 0 ? account : from;
        return longer.isZero() ? Optional.empty() : Optional.of(longer);
    }

    /** Spring Security publishes every failed sign-in, by form or HTTP Basic, whatever the reason. */
    @EventListener
    void failed(AbstractAuthenticationFailureEvent failure) {
        String username = failure.getAuthentication().getName();
        if (username != null && !username.isBlank()) {
            consume(accounts, key(username), limits.failuresPerAccount());
        }
        if (failure.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            consume(addresses, details.getRemoteAddress(), limits.failuresPerAddress());
        }
    }

    private void consume(Map<String, Bucket> buckets, String key, int capacity) {
        if (buckets.size() > MAX_REMEMBERED) {
            buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= capacity);
        }
        buckets.computeIfAbsent(key, unused -> Bucket.builder().withCustomTimePrecision(time)
                .addLimit(Bandwidth.builder().capacity(capacity).refillIntervally(capacity, limits.window()).build())
                .build()).tryConsume(1);
    }

    private static Duration wait(Bucket bucket) {
        if (bucket == null || bucket.getAvailableTokens() > 0) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
    }

    /** Usernames are unique whatever their letter case, so are their counts. */
    private static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }
}
