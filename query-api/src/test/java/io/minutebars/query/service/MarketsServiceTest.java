package io.minutebars.query.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.minutebars.store.MarketRecord;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarketsServiceTest {

    @Test
    void groupsIntervalsUnderTheirMarketInIntervalOrder() {
        List<MarketRecord> records = List.of(
                new MarketRecord("binance", "BTC-USDT", "BTCUSDT", "1h", 0L, 3_600_000L),
                new MarketRecord("binance", "BTC-USDT", "BTCUSDT", "1m", 0L, 60_000L),
                new MarketRecord("bybit", "BTC-USDT", null, "1m", null, null));
        List<MarketView> all = MarketsService.group(records, null);
        assertEquals(2, all.size());
        assertEquals(List.of("1m", "1h"), all.get(0).intervals().stream().map(MarketView.IntervalRange::interval).toList());
        assertEquals(Instant.ofEpochMilli(60_000L), all.get(0).intervals().get(0).lastOpenTime());
        assertEquals("BTCUSDT", all.get(0).nativeSymbol());
        List<MarketView> bybit = MarketsService.group(records, "bybit");
        assertEquals(1, bybit.size());
        assertEquals(null, bybit.get(0).intervals().get(0).firstOpenTime());
    }
}
