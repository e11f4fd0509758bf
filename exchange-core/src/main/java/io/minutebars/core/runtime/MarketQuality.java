package io.minutebars.core.runtime;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.minutebars.core.publish.BarPublisher;
import io.minutebars.model.Bar;
import io.minutebars.model.BarStatus;
import io.minutebars.model.Instrument;
import io.minutebars.model.Minutes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * The engine's sink: publishes each bar and measures the quality of its market, tagged {@code exchange} and
 * {@code symbol}: gap and filled minutes, revisions (a late trade for a closed minute) and the publish lag, from the
 * minute's close on the exchange's clock to the broker's confirm of its bar. Meters exist only for the watched
 * markets, registered up front: no input can add a series.
 */
final class MarketQuality implements Consumer<Bar> {
    private final Map<String, Meters> byMarket;
    private final LongSupplier clock;
    private final Function<Bar, CompletionStage<Void>> publish;

    /**
     * @param clock   the exchange's time (ms), as the engine closes minutes on it
     * @param publish sends a bar; its stage completes on the broker's confirm ({@link BarPublisher#publishLive})
     */
    MarketQuality(MeterRegistry registry, String exchange, List<Instrument> watched, LongSupplier clock,
            Function<Bar, CompletionStage<Void>> publish) {
        this.byMarket = watched.stream().collect(Collectors.toUnmodifiableMap(Instrument::nativeSymbol,
                i -> new Meters(registry, Tags.of("exchange", exchange, "symbol", i.symbol())), (a, b) -> a));
        this.clock = clock;
        this.publish = publish;
    }

    @Override
    public void accept(Bar bar) {
        CompletionStage<Void> confirmed = publish.apply(bar);
        Meters m = byMarket.get(bar.nativeSymbol());
        if (m == null) {
            return;
        }
        if (bar.status() == BarStatus.GAP || bar.status() == BarStatus.UNAVAILABLE) {
            m.gaps.increment(); // both are minutes without data, as the engine's own gap count has them
        } else if (bar.status() == BarStatus.FILLED) {
            m.filled.increment();
        }
        if (bar.revision() > 0) {
            m.revisions.increment();
            // a revision's delay is the late trade's, not the publish path's: it would blur the lag
            return;
        }
        long close = bar.openTime().toEpochMilli() + Minutes.MINUTE_MS;
        confirmed.thenRun(() -> {
            long lag = clock.getAsLong() - close;
            if (lag >= 0) { // a clock re-anchored backwards in between makes no lag
                m.publishLag.record(Duration.ofMillis(lag));
            }
        });
    }

    private static final class Meters {
        final Counter gaps;
        final Counter filled;
        final Counter revisions;
        final Timer publishLag;

        Meters(MeterRegistry registry, Tags tags) {
            gaps = registry.counter("minutebars.market.gaps", tags);
            filled = registry.counter("minutebars.market.filled", tags);
            revisions = registry.counter("minutebars.market.revisions", tags);
            publishLag = Timer.builder("minutebars.market.publish.lag").tags(tags).publishPercentileHistogram()
                    .description("minute close (exchange clock) to the broker's confirm of its bar")
                    .register(registry);
        }
    }
}
