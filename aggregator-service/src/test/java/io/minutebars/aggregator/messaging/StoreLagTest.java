package io.minutebars.aggregator.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.BarStatus;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Only live bars at their first revision, stored after their minute closed, are measured. */
class StoreLagTest {
    static final long T0 = 1_709_337_600_000L; // a minute start

    static Bar bar(String symbol, BarSource source, int revision) {
        return new Bar("lagtest", symbol, symbol.replace("-", ""), "1m", Instant.ofEpochMilli(T0), null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, BarStatus.GAP, revision, source);
    }

    @Test
    void measuresFromTheMinutesCloseToTheStore() {
        StoreLag lag = new StoreLag();
        lag.registry = new SimpleMeterRegistry();
        lag.clock = () -> T0 + 60_000 + 1_500;
        lag.stored(List.of(bar("BTC-USDT", BarSource.LIVE, 0), bar("ETH-USDT", BarSource.BACKFILL, 0),
                bar("SOL-USDT", BarSource.LIVE, 1)));
        Timer t = lag.registry.get("minutebars.market.store.lag").tags("exchange", "lagtest", "symbol", "BTC-USDT")
                .timer();
        assertEquals(1, t.count());
        assertEquals(1_500, t.totalTime(TimeUnit.MILLISECONDS));
        assertEquals(1, lag.registry.find("minutebars.market.store.lag").timers().size(), "old by design: unmeasured");

        lag.clock = () -> T0; // a clock ahead of wall time (the simulator's): skipped
        lag.stored(List.of(bar("BTC-USDT", BarSource.LIVE, 0)));
        assertEquals(1, t.count());
    }
}
