package io.minutebars.core.runtime;

import io.micrometer.core.instrument.MeterRegistry;
import io.minutebars.core.clock.ClockSync;
import io.minutebars.core.clock.ExchangeClock;
import io.minutebars.core.config.ExchangeConfig;
import io.minutebars.core.engine.Trade;
import io.minutebars.core.engine.MinuteBarEngine;
import io.minutebars.core.publish.BarPublisher;
import io.minutebars.core.publish.EventPublisher;
import io.minutebars.core.ratelimit.GuardedCalls;
import io.minutebars.core.ratelimit.RateLimitBudget;
import io.minutebars.core.stream.ClockGuard;
import io.minutebars.core.stream.ExchangeAdapter;
import io.minutebars.core.stream.LiveFeed;
import io.minutebars.core.stream.MarketStream;
import io.minutebars.core.stream.Resumer;
import io.minutebars.model.BarSource;
import io.minutebars.model.IngestError;
import io.minutebars.model.Instrument;
import io.minutebars.model.Minutes;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/** Starts and owns the live path of an exchange service: catalog, clock, engine, streams and resumes. */
@ApplicationScoped
public class ExchangeRuntime {
    private static final Logger LOG = Logger.getLogger(ExchangeRuntime.class);

    @Inject ExchangeConfig config;
    @Inject ExchangeAdapter adapter;
    @Inject Vertx vertx;
    @Inject BarPublisher bars;
    @Inject EventPublisher events;
    @Inject MeterRegistry registry;
    @Inject RuntimeState state;

    private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "exchange-rest");
        t.setDaemon(true);
        return t;
    });
    private final List<MarketStream> streams = new ArrayList<>();
    private ExchangeClock clock;
    private ClockSync clockSync;
    private RateLimitBudget budget;
    private GuardedCalls rest;
    private LiveFeed feed;
    private Resumer resumer;
    private long suspendedAt;

    void onStart(@Observes StartupEvent ev) {
        clock = new ExchangeClock(config.clock().speed());
        clockSync = new ClockSync(clock, 3, System::nanoTime);
        budget = new RateLimitBudget(config.rateLimit().weightPerMinute(), System::currentTimeMillis);
        rest = new GuardedCalls(adapter.exchangeId(), budget, events::error, config.rateLimit().defaultPause().toMillis(),
                8);
        if (config.streaming()) {
            workers.submit(this::startLive);
        } else if (config.polling().enabled()) {
            // a polled source closes minutes by the source's clock too: KlinePoller syncs it before its first
            // poll, this keeps it in step
            vertx.setPeriodic(config.clock().resyncInterval().toMillis(), id -> workers.submit(this::syncClock));
        }
    }

    void onStop(@Observes ShutdownEvent ev) {
        streams.forEach(MarketStream::stop);
        workers.shutdownNow();
    }

    public GuardedCalls rest() {
        return rest;
    }

    public ExchangeClock clock() {
        return clock;
    }

    public List<MarketStream> streams() {
        return streams;
    }

    private void startLive() {
        try {
            syncClock();
            if (config.clock().syncWithExchange() && !clock.synced()) {
                throw new IllegalStateException("the exchange's server time is unknown: minutes close on its clock");
            }
            List<Instrument> catalog = rest.call("instruments", null, 20, adapter::instruments);
            events.instruments(adapter.exchangeId(), catalog);
            List<Instrument> watched = MarketSelection.select(config.markets(), catalog, config.shard().index(),
                    config.shard().count());
            MinuteBarEngine engine = new MinuteBarEngine(adapter.exchangeId(), config.grace().toMillis(),
                    config.revisionWindowMinutes(), BarSource.LIVE, bars::publishLive);
            long listenFrom = Minutes.floor(clock.now() - config.resume().startLookback().toMillis());
            CheckpointStore checkpoints = checkpointStore().orElse(null);
            var restored = restartPoints(checkpoints).find(watched, clock.now() - config.checkpoint().maxAge().toMillis(),
                    listenFrom);
            for (Instrument i : watched) {
                var cp = restored.get(i.nativeSymbol());
                engine.watch(i.nativeSymbol(), i.symbol(), cp != null ? cp.nextToClose() : listenFrom);
                if (cp != null) {
                    engine.restoreSeq(i.nativeSymbol(), cp.closedSeq());
                }
            }
            feed = new LiveFeed(engine, config.resume().bufferLimit(), new ClockGuard(clock::now,
                    config.maxClockSkew().toMillis(), this::refusedByClock));
            resumer = new Resumer(adapter, rest, feed, config.resume().pageSize(), config.resume().maxAttempts(),
                    config.resume().retryDelay().toMillis(), clock::now, config.grace().toMillis());
            // every market starts with a point (restored, or where it starts listening), taken before any bar: a
            // market whose bars await the broker's confirm keeps its last point in the file, never drops out of it
            Map<String, MinuteBarEngine.Checkpoint> points = new TreeMap<>(feed.checkpoints(m -> 0));
            state.started(watched, engine, feed);
            registerMetrics(engine);
            int maxFrame = config.reconnect().maxMessageBytes();
            WebSocketClient client = vertx.createWebSocketClient(new WebSocketClientOptions()
                    .setMaxMessageSize(maxFrame).setMaxFrameSize(maxFrame));
            List<String> symbols = watched.stream().map(Instrument::nativeSymbol).toList();
            for (List<String> chunk : MarketSelection.chunks(symbols, Math.max(1, config.marketsPerConnection()))) {
                MarketStream s = new MarketStream(vertx, client, adapter, chunk, config.exchange().wsUrl(), config.reconnect(),
                        new StreamListener(adapter, feed, events, workers, this::resumeMarket));
                streams.add(s);
                s.start();
            }
            vertx.setPeriodic(config.tickInterval().toMillis(), id -> {
                feed.tick(clock.now());
                guardPublishBuffer(symbols);
            });
            if (checkpoints != null) {
                vertx.setPeriodic(config.checkpoint().interval().toMillis(), id -> workers.submit(() -> {
                    synchronized (points) { // two workers may run two ticks' saves
                        saveCheckpoint(checkpoints, points);
                    }
                }));
            }
            vertx.setPeriodic(config.catalogRefresh().toMillis(), id -> workers.submit(this::publishCatalog));
            if (config.clock().syncWithExchange()) {
                vertx.setPeriodic(config.clock().resyncInterval().toMillis(), id -> workers.submit(this::syncClock));
            }
            LOG.infof("%s: watching %d market(s) from %s on %d connection(s)", adapter.exchangeId(), watched.size(),
                    Instant.ofEpochMilli(listenFrom), streams.size());
        } catch (Exception e) {
            LOG.errorf(e, "%s: live path failed to start; retrying in 10 s", adapter.exchangeId());
            state.failed(e.getMessage());
            vertx.setTimer(10_000, id -> workers.submit(this::startLive));
        }
    }

    /** Moves the restart point of every market whose bars are all confirmed, and writes the points durably. */
    private void saveCheckpoint(CheckpointStore store, Map<String, MinuteBarEngine.Checkpoint> points) {
        try {
            var confirmed = feed.checkpoints(bars::pending);
            if (confirmed.size() < points.size()) {
                LOG.debugf("%d market(s) keep their restart point: their bars await the broker's confirm",
                        points.size() - confirmed.size());
            }
            points.putAll(confirmed);
            store.save(points);
        } catch (RuntimeException e) {
            LOG.warnf(e, "checkpoint %s not taken", store.file()); // a Future would swallow it
        }
    }

    /**
     * A broker outage must not grow the buffer of unconfirmed bars without bound: once it is full the markets
     * stop taking live trades (no bar is made), and once it has drained they resume through REST history, as
     * after a reconnect, so nothing is lost.
     */
    private void guardPublishBuffer(List<String> markets) {
        double fill = bars.fill();
        if (fill >= 1.0) {
            if (feed.suspend(markets)) {
                suspendedAt = System.nanoTime();
                LOG.warnf("%s: %d bar(s) await the broker's confirm (buffer %.0f%% full); live trades paused, REST "
                        + "history brings them back once the broker confirms again", adapter.exchangeId(), bars.pending(),
                        fill * 100);
            }
        } else if (fill < config.publish().resumeBelow() && feed.suspendedCount() > 0) {
            List<String> back = feed.resumeSuspended();
            registry.timer("minutebars.bars.publish.suspended").record(System.nanoTime() - suspendedAt,
                    java.util.concurrent.TimeUnit.NANOSECONDS);
            LOG.infof("%s: the broker confirms again; %d market(s) resume through REST", adapter.exchangeId(),
                    back.size());
            back.forEach(m -> workers.submit(() -> resumeMarket(m)));
        }
    }

    /** The configured checkpoint file, if any. */
    public Optional<CheckpointStore> checkpointStore() {
        return config.checkpoint().file().map(java.nio.file.Path::of).map(CheckpointStore::new);
    }

    /** Restart points from the checkpoint, else from the store's last bars (minutebars.resume.store-url). */
    public RestartPoints restartPoints(CheckpointStore checkpoints) {
        return new RestartPoints(adapter.exchangeId(), Optional.ofNullable(checkpoints),
                config.resume().storeUrl().map(u -> new StoredBars(u, config.resume().storeKey())),
                adapter.history() == ExchangeAdapter.History.SEQUENCE && adapter.contiguousSequences(), events::error);
    }

    private void resumeMarket(String market) {
        try {
            long fed = resumer.resume(market);
            LOG.debugf("%s resumed with %d REST trade(s)", market, fed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warnf("%s resume failed (%s); retrying", market, e.getMessage());
            vertx.setTimer(1_000, id -> workers.submit(() -> resumeMarket(market)));
        }
    }

    private void publishCatalog() {
        try {
            events.instruments(adapter.exchangeId(), rest.call("instruments", null, 20, adapter::instruments));
        } catch (Exception e) {
            LOG.warnf("catalog refresh failed: %s", e.getMessage());
        }
    }

    /** Anchors the clock to the exchange's server time; a failure keeps the previous anchor. */
    /**
     * A trade stamped ahead of the clock by more than the allowed skew is refused and recorded; it is also a sign
     * that this clock may be behind, so the clock is synced again (at most once a second).
     */
    private void refusedByClock(Trade t) {
        events.error(new IngestError(adapter.exchangeId(), t.market(), IngestError.Kind.CLOCK, "trade " + t.idText()
                + " stamped " + Instant.ofEpochMilli(t.time()) + ", more than " + config.maxClockSkew()
                + " ahead of the exchange's clock: refused", null, null));
        if (config.clock().syncWithExchange() && clockSync.claimResync(TimeUnit.SECONDS.toNanos(1))) {
            workers.submit(this::syncClock);
        }
    }

    void syncClock() {
        if (!config.clock().syncWithExchange()) {
            return;
        }
        try {
            clockSync.sync(() -> rest.call("server time", null, 1, adapter::serverTime));
        } catch (Exception e) {
            LOG.warnf("clock sync failed (%s); keeping the previous anchor", e.getMessage());
        }
    }

    private void registerMetrics(MinuteBarEngine engine) {
        registry.gauge("minutebars.engine.trades", engine, e -> e.stats().trades());
        registry.gauge("minutebars.engine.duplicates", engine, e -> e.stats().duplicates());
        registry.gauge("minutebars.engine.bars.closed", engine, e -> e.stats().closed());
        registry.gauge("minutebars.engine.revisions", engine, e -> e.stats().revisions());
        registry.gauge("minutebars.engine.too.late", engine, e -> e.stats().tooLate());
        registry.gauge("minutebars.engine.gaps", engine, e -> e.stats().gaps());
        registry.gauge("minutebars.live.suspended.markets", feed, LiveFeed::suspendedCount);
    }
}
