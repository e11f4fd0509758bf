package io.minutebars.query.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.minutebars.query.config.QueryConfig;
import io.minutebars.query.config.RateLimitConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * One Bucket4j token bucket per client, in a Caffeine cache bounded in size and dropped when idle, so that
 * memory stays bounded however many addresses call. Buckets are lock-free: safe on the event loop.
 */
@ApplicationScoped
public class RateLimiter {

    /** A client's limit: {@code capacity} requests of burst, refilled at {@code refillPerSecond}. */
    public record Limit(long capacity, long refillPerSecond) {
    }

    /**
     * The outcome of one request: whether it may go on, the client's limit, the requests left, seconds until the
     * bucket is full again ({@code RateLimit-Reset}) and until the next request is allowed ({@code Retry-After}).
     */
    public record Decision(boolean allowed, long limit, long remaining, long resetSeconds, long retryAfterSeconds) {
    }

    private final Limit anonymous;
    private final Limit keyed;
    private final Cache<String, Bucket> buckets;

    @Inject
    public RateLimiter(QueryConfig config) {
        this(config.rateLimit());
    }

    RateLimiter(RateLimitConfig c) {
        this(new Limit(c.capacity(), c.refillPerSecond()), new Limit(c.keyedCapacity(), c.keyedRefillPerSecond()),
                c.maxClients(), c.idleExpiry());
    }

    RateLimiter(Limit anonymous, Limit keyed, long maxClients, Duration idleExpiry) {
        this.anonymous = anonymous;
        this.keyed = keyed;
        this.buckets = Caffeine.newBuilder().maximumSize(maxClients).expireAfterAccess(idleExpiry).build();
    }

    /** Takes one request from the bucket of a key holder ({@code keyed}) or of an address. */
    public Decision acquire(String client, boolean isKeyHolder) {
        Limit limit = isKeyHolder ? keyed : anonymous;
        // the prefix keeps a holder id and an address from ever sharing a bucket
        Bucket bucket = buckets.get((isKeyHolder ? "key " : "address ") + client, k -> Bucket.builder()
                .addLimit(l -> l.capacity(limit.capacity())
                        .refillGreedy(limit.refillPerSecond(), Duration.ofSeconds(1)))
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return new Decision(probe.isConsumed(), limit.capacity(), probe.getRemainingTokens(),
                seconds(probe.getNanosToWaitForReset()), Math.max(1, seconds(probe.getNanosToWaitForRefill())));
    }

    private static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
