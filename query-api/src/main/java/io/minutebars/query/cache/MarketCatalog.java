package io.minutebars.query.cache;

import io.minutebars.query.config.QueryConfig;
import io.minutebars.store.MarketRecord;
import io.minutebars.store.MarketRepository;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The market list used to validate requests without a MongoDB read each time. Re-read when older
 * than the refresh interval, after {@code market.stored} announced a market it does not hold, and on
 * an unknown market at most once per miss-reload interval (a new market shows up promptly, junk
 * requests cannot hammer MongoDB).
 */
@ApplicationScoped
public class MarketCatalog {
    private final MarketRepository repository;
    private final long refreshNanos;
    private final long missReloadNanos;
    /** A market read is shared by the requests waiting on a catalog reload: bounded by one request's budget. */
    private final long maxTimeMillis;
    private volatile MarketIndex index;
    private volatile long loadedAt;
    private volatile boolean stale = true;

    public MarketCatalog(MarketRepository repository, QueryConfig config) {
        this.repository = repository;
        this.refreshNanos = config.markets().refreshInterval().toNanos();
        this.missReloadNanos = config.markets().missReloadInterval().toNanos();
        this.maxTimeMillis = Math.max(1, config.timeBudget().toMillis());
    }

    /** The market, or the 404 problem naming what is unknown. */
    public MarketRecord require(String exchange, String symbol, String interval) {
        MarketIndex current = indexNotOlderThan(refreshNanos);
        var found = current.find(exchange, symbol, interval);
        if (found.isEmpty()) {
            current = indexNotOlderThan(missReloadNanos);
            found = current.find(exchange, symbol, interval);
        }
        MarketIndex used = current;
        return found.orElseThrow(() -> used.notFound(exchange, symbol, interval));
    }

    /** Whether the market is known, without any MongoDB read (used on the message path). */
    public boolean knows(String exchange, String symbol, String interval) {
        MarketIndex current = index;
        return current != null && current.find(exchange, symbol, interval).isPresent();
    }

    /** The market list, at most a refresh interval old (for the endpoints that work across markets). */
    public MarketIndex index() {
        return indexNotOlderThan(refreshNanos);
    }

    public void markStale() {
        stale = true;
    }

    /** A freshly read index (the listing endpoint wants current first/last times). */
    public synchronized MarketIndex reload() {
        MarketIndex fresh = MarketIndex.of(repository.all(maxTimeMillis));
        index = fresh;
        loadedAt = System.nanoTime();
        stale = false;
        return fresh;
    }

    private MarketIndex indexNotOlderThan(long maxAgeNanos) {
        MarketIndex current = index;
        if (current != null && !stale && System.nanoTime() - loadedAt < maxAgeNanos) {
            return current;
        }
        synchronized (this) {
            // another thread may have reloaded while this one waited
            if (index != null && !stale && System.nanoTime() - loadedAt < maxAgeNanos) {
                return index;
            }
            return reload();
        }
    }
}
