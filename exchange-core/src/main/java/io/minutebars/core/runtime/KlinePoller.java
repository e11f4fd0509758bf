package io.minutebars.core.runtime;

import io.minutebars.core.capability.CandlePolling;
import io.minutebars.core.capability.CapabilityRegistry;
import io.minutebars.core.config.ExchangeConfig;
import io.minutebars.core.engine.Checkpoint;
import io.minutebars.core.engine.MinuteBarEngine;
import io.minutebars.core.publish.BarPublisher;
import io.minutebars.core.publish.EventPublisher;
import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.BarStatus;
import io.minutebars.model.Instrument;
import io.minutebars.model.Minutes;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * The live path of a source that has candles but no trade stream: every poll publishes each watched
 * market's closed 1m candles since the last poll as FILLED bars (source KLINES). A minute the source
 * has no candle for is published UNAVAILABLE; a later candle for it replaces the placeholder.
 */
@ApplicationScoped
public class KlinePoller {
    private static final Logger LOG = Logger.getLogger(KlinePoller.class);

    @Inject ExchangeConfig config;
    @Inject CapabilityRegistry caps;
    @Inject ExchangeRuntime runtime;
    @Inject BarPublisher bars;
    @Inject EventPublisher events;

    private final Map<String, Long> next = new HashMap<>();
    private List<Instrument> markets;
    private CheckpointStore checkpoints;

    @Scheduled(every = "${minutebars.polling.interval:PT1M}", delayed = "${minutebars.polling.initial-delay:PT2S}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (!config.polling().enabled() || caps.polling().isEmpty()) {
            return;
        }
        if (config.clock().syncWithExchange() && !runtime.clock().synced()) {
            // the local clock may be far from the source's (a replay): where to start is decided on its clock
            runtime.syncClock();
            if (!runtime.clock().synced()) {
                return;
            }
        }
        try {
            poll(runtime.clock().now());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warnf("%s: candle poll failed (%s); next poll retries", caps.exchangeId(), e.getMessage());
        }
    }

    /** One poll at exchange time {@code now}; returns the number of bars published. */
    public int poll(long now) throws InterruptedException {
        CandlePolling source = caps.polling().orElseThrow(() -> new IllegalStateException(caps.exchangeId()
                + " has no candles to poll"));
        String exchange = caps.exchangeId();
        if (markets == null) {
            List<Instrument> catalog = runtime.rest().call("instruments", null, 1, caps.catalog()::instruments);
            events.instruments(exchange, catalog);
            markets = MarketSelection.select(config.markets(), catalog, config.shard().index(), config.shard().count());
            // a restart goes on where the confirmed candles end (checkpoint, else the store's last bar), not from
            // the lookback, so an outage longer than the lookback leaves no unmarked hole
            checkpoints = CheckpointStore.configured(config).orElse(null);
            RestartPoints.configured(config, caps, events, checkpoints).find(markets, now - config.checkpoint().maxAge().toMillis(),
                    Minutes.floor(now)).forEach((market, cp) -> next.put(market, cp.nextToClose()));
        }
        long closedUpTo = Minutes.floor(now - config.grace().toMillis());
        int published = 0;
        for (Instrument m : markets) {
            long from = next.computeIfAbsent(m.nativeSymbol(),
                    k -> Minutes.floor(now - config.polling().lookback().toMillis()));
            while (from < closedUpTo) {
                long to = Math.min(closedUpTo, from + config.polling().window().toMillis());
                long start = from;
                List<Bar> candles = runtime.rest().call("candles", m.nativeSymbol(), 1,
                        () -> source.klines(m.nativeSymbol(), m.symbol(), start, to));
                List<Bar> out = new ArrayList<>();
                MinuteBarEngine engine = new MinuteBarEngine(exchange, 0, 0, BarSource.KLINES, out::add);
                engine.watch(m.nativeSymbol(), m.symbol(), from);
                engine.repair(m.nativeSymbol(), to, candles, BarStatus.UNAVAILABLE);
                List<CompletableFuture<Void>> confirms = new ArrayList<>();
                for (int i = 0; i < out.size(); i += config.backfill().batchSize()) {
                    confirms.add(bars.publish(out.subList(i, Math.min(out.size(), i + config.backfill().batchSize())))
                            .toCompletableFuture());
                }
                awaitConfirms(confirms);
                published += out.size();
                from = to;
                next.put(m.nativeSymbol(), from);
                saveCheckpoint();
            }
        }
        return published;
    }

    /** The position moves on only once the broker has confirmed the candles before it. */
    private static void awaitConfirms(List<CompletableFuture<Void>> confirms) throws InterruptedException {
        try {
            CompletableFuture.allOf(confirms.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("candles not confirmed by the broker (" + e + "); the next poll repeats them");
        }
    }

    private void saveCheckpoint() {
        if (checkpoints != null) {
            Map<String, Checkpoint> points = new HashMap<>();
            next.forEach((market, t) -> points.put(market, new Checkpoint(t, -1)));
            checkpoints.save(points);
        }
    }
}
