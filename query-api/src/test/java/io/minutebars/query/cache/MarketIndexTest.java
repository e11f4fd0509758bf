package io.minutebars.query.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minutebars.query.problem.QueryProblemException;
import io.minutebars.store.MarketRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarketIndexTest {
    private final MarketIndex index = MarketIndex.of(List.of(
            new MarketRecord("bybit", "ETH-USDT", "ETHUSDT", "1m", 1L, 2L),
            new MarketRecord("binance", "BTC-USDT", "BTCUSDT", "1m", 1L, 2L),
            new MarketRecord("binance", "BTC-USDT", "BTCUSDT", "1h", 1L, 2L)));

    @Test
    void findsAndOrders() {
        assertTrue(index.find("binance", "BTC-USDT", "1h").isPresent());
        assertTrue(index.find("binance", "BTC-USDT", "5m").isEmpty());
        assertEquals(List.of("binance", "binance", "bybit"), index.all().stream().map(MarketRecord::exchange).toList());
    }

    @Test
    void notFoundNamesWhatIsUnknown() {
        QueryProblemException e = index.notFound("kraken", "BTC-USDT", "1m");
        assertEquals(404, e.status());
        assertEquals("exchange", e.parameter());
        assertTrue(e.getMessage().contains("'kraken'") && e.getMessage().contains("binance, bybit"), e.getMessage());
        QueryProblemException s = index.notFound("binance", "DOGE-EUR", "1m");
        assertEquals("symbol", s.parameter());
        assertTrue(s.getMessage().contains("'DOGE-EUR'") && s.getMessage().contains("'binance'"), s.getMessage());
        QueryProblemException i = index.notFound("binance", "BTC-USDT", "5m");
        assertEquals("interval", i.parameter());
        assertTrue(i.getMessage().contains("1h, 1m"), i.getMessage());
    }
}
