package io.minutebars.core.runtime;

import io.micrometer.core.instrument.MeterRegistry;
import io.minutebars.core.capability.CapabilityRegistry;
import io.minutebars.core.capability.StreamProtocol;
import io.minutebars.core.capability.TradeHistory;
import io.minutebars.core.clock.ClockSync;
import io.minutebars.core.clock.ExchangeClock;
import io.minutebars.core.config.ExchangeConfig;
import io.minutebars.core.engine.MinuteBarEngine;
import io.minutebars.core.publish.BarPublisher;
import io.minutebars.core.publish.EventPublisher;
import io.minutebars.core.ratelimit.GuardedCalls;
import io.minutebars.core.ratelimit.RateLimitBudget;
import io.minutebars.core.ratelimit.RetryGuards;
import io.minutebars.core.stream.ClockGuard;
import io.minutebars.core.stream.LiveFeed;
import io.minutebars.core.stream.MarketStream;
import io.minutebars.core.stream.Resumer;
import io.minutebars.model.BarSource;
import io.minutebars.model.IngestError;
import io.minutebars.model.Instrument;
import io.minutebars.model.Minutes;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.faulttolerance.api.Guard;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;

/** Starts and owns the live path of an exchange service: catalog, clock, engine, streams and resumes. */
@ApplicationScoped
public class ExchangeRuntime {
    private static final Logger LOG = Logger.getLogger(ExchangeRuntime.class);

    @Inject ExchangeConfig config;
    @Inject CapabilityRegistry caps;
    @Inject Vertx vertx;
    @Inject BarPublisher bars;
    @Inject EventPublisher events;
    @Inject MeterRegistry registry;
    @Inject RuntimeState state;

    private final List<MarketStream> streams = new CopyOnWriteArrayList<>();
    /** REST work (resumes, clock, catalog) on Quarkus' worker pool, two at a time: they share one rate budget. */
    private ManagedExecutor workers;
    private ExchangeClock clock;
    private GuardedCalls rest;
    private volatile LiveFeed feed;
    private volatile RestartPointWriter checkpoints;
    private ClockSync clockSync;
    private ResumeTasks resumes;

    void onStart(@Observes StartupEvent ev) {
        workers = ManagedExecutor.builder().maxAsync(2).maxQueued(-1).propagated(ThreadContext.NONE)
                .cleared(ThreadContext.ALL_REMAINING).build();
        clock = new ExchangeClock(config.clock().speed());
        clockSync = new ClockSync(clock, 3, System::nanoTime);
        RateLimitBudget budget = RateLimitBudget.shardShare(config.rateLimit().weightPerMinute(),
                config.shard().count(), config.rateLimit().reservedForLive(), System::currentTimeMillis);
        rest = new GuardedCalls(caps.exchangeId(), budget, events::error, config.rateLimit().defaultPause().toMillis(),
                GuardedCalls.retries(8));
        Optional<StreamProtocol> protocol = caps.stream();
        Optional<TradeHistory> history = caps.trades();
        if (config.streaming() && protocol.isPresent() && history.isPresent()) {
            // a failed start (exchange unreachable, unknown markets) is tried again every 10 s until it succeeds
            Guard untilStarted = RetryGuards.forever("live path start", Duration.ofSeconds(10), e -> true, e -> {
                LOG.errorf(e, "%s: live path failed to start; retrying in 10 s", caps.exchangeId());
                state.failed(e.getMessage());
            });
            workers.execute(() -> {
                try {
                    untilStarted.call(() -> startLive(protocol.get(), history.get()), Instant.class);
                } catch (Exception e) {
                    LOG.errorf(e, "%s: live path given up", caps.exchangeId());
                }
            });
        } else if (config.streaming()) {
            LOG.warnf("%s has no trade stream (or no history to resume one): nothing is streamed", caps.exchangeId());
        }
    }

    void onStop(@Observes ShutdownEvent ev) {
        streams.forEach(MarketStream::stop);
        if (workers != null) {
            workers.shutdownNow();
        }
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

    private Instant startLive(StreamProtocol protocol, TradeHistory history) throws InterruptedException {
        syncClock();
        if (config.clock().syncWithExchange() && !clock.synced()) {
            throw new IllegalStateException("the exchange's server time is unknown: minutes close on its clock");
        }
        String exchange = caps.exchangeId();
        List<Instrument> catalog = rest.call("instruments", null, 20, caps.catalog()::instruments);
        events.instruments(exchange, catalog);
        List<Instrument> watched = MarketSelection.select(config.markets(), catalog, config.shard().index(),
                config.shard().count());
        MinuteBarEngine engine = new MinuteBarEngine(exchange, config.grace().toMillis(),
                config.revisionWindowMinutes(), BarSource.LIVE,
                new MarketQuality(registry, exchange, watched, clock::now, bars::publishLive));
        long listenFrom = Minutes.floor(clock.now() - config.resume().startLookback().toMillis());
        CheckpointStore store = CheckpointStore.configured(config).orElse(null);
        var restored = RestartPoints.configured(config, caps, events, store).find(watched, clock.now() - config.checkpoint().maxAge().toMillis(),
                listenFrom);
        for (Instrument i : watched) {
            var cp = restored.get(i.nativeSymbol());
            engine.watch(i.nativeSymbol(), i.symbol(), cp != null ? cp.nextToClose() : listenFrom);
            if (cp != null) {
                engine.restoreSeq(i.nativeSymbol(), cp.closedSeq());
            }
        }
        LiveFeed live = new LiveFeed(engine, config.resume().bufferLimit(), ClockGuard.reporting(exchange, clock::now,
                config.maxClockSkew(), this::refusedByClock));
        RestartPointWriter points = store == null ? null : new RestartPointWriter(store, live.checkpoints(m -> 0));
        resumes = new ResumeTasks(new Resumer(history, caps.klines(), rest, live, config.resume().pageSize(),
                config.resume().maxAttempts(), config.resume().retryDelay().toMillis(), clock::now,
                config.grace().toMillis()), workers);
        state.started(watched, engine, live);
        EngineMetrics.register(registry, engine, live);
        int maxFrame = config.reconnect().maxMessageBytes();
        WebSocketClient client = vertx.createWebSocketClient(new WebSocketClientOptions()
                .setMaxMessageSize(maxFrame).setMaxFrameSize(maxFrame));
        List<String> symbols = watched.stream().map(Instrument::nativeSymbol).toList();
        for (List<String> chunk : MarketSelection.chunks(symbols, Math.max(1, config.marketsPerConnection()))) {
            MarketStream s = new MarketStream(vertx, client, exchange, protocol, chunk, config.exchange().wsUrl(),
                    config.reconnect(), new StreamListener(exchange, protocol, live, events, workers, resumes::resume));
            streams.add(s);
            s.start();
        }
        // the Quarkus scheduler checks its triggers once a second: the 100 ms watermark tick needs a Vert.x timer
        PublishBufferGuard buffer = new PublishBufferGuard(exchange, bars, live, registry, config.publish().resumeBelow(),
                resumes::resume);
        vertx.setPeriodic(config.tickInterval().toMillis(), id -> {
            live.tick(clock.now());
            buffer.check(symbols);
        });
        checkpoints = points;
        feed = live;
        LOG.infof("%s: watching %d market(s) from %s on %d connection(s)", exchange, watched.size(),
                Instant.ofEpochMilli(listenFrom), streams.size());
        return Instant.now();
    }

    /** Moves the restart point of every market whose bars are all confirmed, and writes them (see LiveScheduler). */
    void saveCheckpoint() {
        LiveFeed live = feed;
        RestartPointWriter points = checkpoints;
        if (live != null && points != null) {
            points.save(live.checkpoints(bars::pending));
        }
    }

    /** Anchors the clock on the quickest of three server-time reads; a failure keeps the previous anchor. */
    void syncClock() {
        if (!config.clock().syncWithExchange()) {
            return;
        }
        try {
            clockSync.sync(() -> rest.call("server time", null, 1, caps.clock()::serverTime));
        } catch (Exception e) {
            LOG.warnf("clock sync failed (%s); keeping the previous anchor", e.getMessage());
        }
    }

    /** A trade refused as stamped in the future is recorded, and hints that the clock is behind: resync (1/s at most). */
    private void refusedByClock(IngestError error) {
        events.error(error);
        if (config.clock().syncWithExchange() && clockSync.claimResync(TimeUnit.SECONDS.toNanos(1))) {
            workers.execute(this::syncClock);
        }
    }
}
