package io.minutebars.core.backfill;

import io.minutebars.core.capability.CapabilityRegistry;
import io.minutebars.core.config.ExchangeConfig;
import io.minutebars.core.publish.BarPublisher;
import io.minutebars.core.runtime.ExchangeRuntime;
import io.minutebars.model.Bar;
import io.minutebars.model.Instrument;
import io.minutebars.model.Minutes;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;

/** Runs backfill jobs requested over HTTP or configured at start-up, publishing bars in batches. */
@ApplicationScoped
public class BackfillService {
    private static final Logger LOG = Logger.getLogger(BackfillService.class);
    /** The widest range one backfill (or import) may cover. */
    public static final Duration MAX_RANGE = Duration.ofDays(31);
    /** Jobs queued or running at once; more are refused (429) rather than queued without bound. */
    static final int MAX_ACTIVE = 64;
    /** Finished jobs kept for GET /api/v1/backfill; the oldest are forgotten first. */
    static final int MAX_KEPT = 1000;

    @Inject ExchangeConfig config;
    @Inject CapabilityRegistry caps;
    @Inject ExchangeRuntime runtime;
    @Inject BarPublisher bars;

    private final Map<String, BackfillJob> jobs = new LinkedHashMap<>();
    private volatile List<Instrument> catalog;
    private ManagedExecutor pool;

    /** Jobs run on Quarkus' worker pool, at most minutebars.backfill.workers at once (the rest wait in its queue). */
    private synchronized ManagedExecutor pool() {
        if (pool == null) {
            pool = ManagedExecutor.builder().maxAsync(Math.max(1, config.backfill().workers())).maxQueued(-1)
                    .propagated(ThreadContext.NONE).cleared(ThreadContext.ALL_REMAINING).build();
        }
        return pool;
    }

    /** The range configured with minutebars.backfill.start/end is backfilled for every configured market. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) StartupEvent ev) {
        if (config.backfill().start().isEmpty()) {
            return;
        }
        Instant start = config.backfill().start().get();
        pool().submit(() -> {
            Instant end = config.backfill().end().orElseGet(() -> Instant.ofEpochMilli(
                    Minutes.floor(runtime.clock().now() - config.grace().toMillis())));
            for (String market : config.markets()) {
                if (market.trim().equals("*")) {
                    LOG.warn("start-up backfill needs an explicit market list, not *");
                    continue;
                }
                try {
                    BackfillJob job = submit(market.trim(), start, end);
                    LOG.infof("start-up backfill %s queued for %s [%s, %s)", job.getId(), market, start, end);
                } catch (RuntimeException e) {
                    LOG.errorf("start-up backfill of %s refused: %s", market, e.getMessage());
                }
            }
        });
    }

    void onStop(@Observes ShutdownEvent ev) {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    /** Validates and queues a backfill; throws IllegalArgumentException saying what is wrong. */
    public BackfillJob submit(String nativeSymbol, Instant start, Instant end) {
        if (nativeSymbol == null || nativeSymbol.isBlank()) {
            throw new IllegalArgumentException("symbol is required");
        }
        if (nativeSymbol.length() > 64) {
            throw new IllegalArgumentException("symbol is longer than 64 characters");
        }
        if (start == null || end == null) {
            throw new IllegalArgumentException("start and end are required");
        }
        if (start.isBefore(Instant.EPOCH) || end.isAfter(Instant.ofEpochMilli(Minutes.MAX_TIME))) {
            throw new IllegalArgumentException("start and end must lie within 1970..9999");
        }
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("start must be before end (the range is [start, end))");
        }
        if (!Minutes.isAligned(start.toEpochMilli()) || !Minutes.isAligned(end.toEpochMilli())) {
            throw new IllegalArgumentException("start and end must be whole minutes (UTC)");
        }
        if (Duration.between(start, end).compareTo(MAX_RANGE) > 0) {
            throw new IllegalArgumentException("a backfill covers at most " + MAX_RANGE.toDays() + " days; split it");
        }
        long latest = runtime.clock().now() - config.grace().toMillis();
        if (end.toEpochMilli() > latest) {
            throw new IllegalArgumentException("end " + end + " is in the future or not yet final for the exchange"
                    + " (latest allowed: " + Instant.ofEpochMilli(Minutes.floor(latest)) + ")");
        }
        Instrument instrument = instrument(nativeSymbol).orElseThrow(
                () -> new IllegalArgumentException("unknown symbol " + nativeSymbol + " on " + caps.exchangeId()));
        BackfillJob job = new BackfillJob(UUID.randomUUID().toString(), instrument.symbol(), start, end);
        synchronized (jobs) {
            if (jobs.values().stream().filter(j -> j.getFinishedAt() == null).count() >= MAX_ACTIVE) {
                throw new TooManyJobsException(MAX_ACTIVE);
            }
            jobs.put(job.getId(), job);
            // forget the oldest finished jobs beyond the cap: the map never grows without bound
            var it = jobs.values().iterator();
            for (int excess = jobs.size() - MAX_KEPT; excess > 0 && it.hasNext();) {
                if (it.next().getFinishedAt() != null) {
                    it.remove();
                    excess--;
                }
            }
        }
        pool().submit(() -> run(job, instrument));
        return job;
    }

    public Optional<BackfillJob> job(String id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id));
        }
    }

    public Collection<BackfillJob> jobs() {
        synchronized (jobs) {
            return List.copyOf(jobs.values());
        }
    }

    private void run(BackfillJob job, Instrument instrument) {
        job.running();
        try {
            new BackfillRun(caps.exchangeId(), caps.trades(), caps.klines(), runtime.rest().forBackfills(),
                    config.resume().pageSize(), config.backfill().batchSize())
                    .run(job, instrument.nativeSymbol(), instrument.symbol(), this::awaitPublished);
            job.done();
            LOG.infof("backfill %s %s [%s, %s) done: %d trades, %d bars", job.getId(), job.getSymbol(),
                    job.getStart(), job.getEnd(), job.getTradesRead(), job.getBarsPublished());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            job.failed("interrupted");
        } catch (Exception e) {
            LOG.warnf(e, "backfill %s failed", job.getId());
            job.failed(e.getMessage());
        }
    }

    private void awaitPublished(List<Bar> batch) {
        try {
            // waiting for the confirm bounds memory and makes "DONE" mean "on the broker"
            bars.publish(batch).toCompletableFuture().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("publishing failed", e.getCause());
        }
    }

    private Optional<Instrument> instrument(String nativeSymbol) {
        String wanted = nativeSymbol.trim().toUpperCase(Locale.ROOT);
        if (catalog == null) {
            try {
                catalog = runtime.rest().call("instruments", null, 20, caps.catalog()::instruments);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted");
            }
        }
        return catalog.stream().filter(i -> i.nativeSymbol().equalsIgnoreCase(wanted)).findFirst();
    }
}
