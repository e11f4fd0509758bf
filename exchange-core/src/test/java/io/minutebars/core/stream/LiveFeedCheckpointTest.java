package io.minutebars.core.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.minutebars.core.engine.Checkpoint;
import io.minutebars.core.engine.MinuteBarEngine;
import io.minutebars.core.engine.Trade;
import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Restart points move per market, only while none of the market's bars awaits the broker's confirm. */
class LiveFeedCheckpointTest {
    static final long T0 = 1_709_251_200_000L; // 2024-03-01T00:00Z

    final Map<String, Long> unconfirmed = new HashMap<>();
    final MinuteBarEngine engine = new MinuteBarEngine("fake", 0, 10, BarSource.LIVE,
            (Bar b) -> unconfirmed.merge(b.nativeSymbol(), 1L, Long::sum));
    final LiveFeed feed = new LiveFeed(engine, 1000, new ClockGuard(() -> Long.MAX_VALUE / 2, 0, t -> { }));

    static Trade trade(String market, long time, long seq) {
        return new Trade(market, time, seq, Long.toString(seq), new BigDecimal("100"), BigDecimal.ONE, 1, false);
    }

    @Test
    void aMarketWithUnconfirmedBarsKeepsItsPointWhileTheOthersMove() {
        for (String m : List.of("AAA", "BBB")) {
            engine.watch(m, m, T0);
            engine.setSynced(m, true);
        }
        Map<String, Checkpoint> start = feed.checkpoints(m -> 0);
        assertEquals(new Checkpoint(T0, -1), start.get("AAA"));

        feed.onLiveTrade(trade("AAA", T0 + 1_000, 1));
        feed.onLiveTrade(trade("BBB", T0 + 2_000, 7));
        feed.tick(T0 + 60_000); // closes minute 0 of both: one bar each, unconfirmed
        assertEquals(Map.of(), feed.checkpoints(m -> unconfirmed.getOrDefault(m, 0L)),
                "no market moves while its bar awaits the confirm");

        unconfirmed.put("BBB", 0L); // the broker confirmed BBB's bar only
        assertEquals(Map.of("BBB", new Checkpoint(T0 + 60_000, 7)),
                feed.checkpoints(m -> unconfirmed.getOrDefault(m, 0L)));

        unconfirmed.put("AAA", 0L);
        assertEquals(new Checkpoint(T0 + 60_000, 1),
                feed.checkpoints(m -> unconfirmed.getOrDefault(m, 0L)).get("AAA"));
    }
}
