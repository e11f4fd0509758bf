package io.minutebars.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarJsonTest {

    static Bar sample() {
        return new Bar("binance", "BTC-USDT", "BTCUSDT", "1m", Instant.parse("2021-10-22T23:08:00Z"), null,
                new BigDecimal("60759.60000000"), new BigDecimal("60759.60000000"),
                new BigDecimal("60759.59000000"), new BigDecimal("60759.59000000"),
                new BigDecimal("0.01848000"), new BigDecimal("1122.83741000000000"), 11L,
                Decimals.vwap(new BigDecimal("1122.83741000000000"), new BigDecimal("0.01848000")),
                new BigDecimal("0.01761000"), new BigDecimal("1069.97655600"),
                new BigDecimal("0.00087000"), new BigDecimal("52.86085300"),
                "966492862", "966492872", BarStatus.COMPLETE, 0, BarSource.LIVE);
    }

    @Test
    void wireFormIsPinned() {
        String json = Json.write(sample());
        assertEquals("{\"exchange\":\"binance\",\"symbol\":\"BTC-USDT\",\"nativeSymbol\":\"BTCUSDT\",\"interval\":\"1m\","
                + "\"openTime\":\"2021-10-22T23:08:00Z\",\"closeTime\":\"2021-10-22T23:09:00Z\","
                + "\"open\":\"60759.6\",\"high\":\"60759.6\",\"low\":\"60759.59\",\"close\":\"60759.59\","
                + "\"volume\":\"0.01848\",\"quoteVolume\":\"1122.83741\",\"trades\":11,"
                + "\"vwap\":\"60759.600108225108\","
                + "\"takerBuyVolume\":\"0.01761\",\"takerBuyQuoteVolume\":\"1069.976556\","
                + "\"takerSellVolume\":\"0.00087\",\"takerSellQuoteVolume\":\"52.860853\","
                + "\"firstTradeId\":\"966492862\",\"lastTradeId\":\"966492872\",\"status\":\"COMPLETE\","
                + "\"revision\":0,\"source\":\"LIVE\"}", json);
    }

    @Test
    void roundTripIsExact() {
        Bar bar = sample();
        List<Bar> back = Json.readBars(Json.writeBars(List.of(bar, bar.withRevision(1))));
        assertEquals(List.of(bar, bar.withRevision(1)), back);
        assertEquals(bar, Json.readBars(Json.write(bar).getBytes(StandardCharsets.UTF_8)).get(0));
    }

    @Test
    void decimalsAreNeverScientificOrFloat() {
        Bar bar = sample();
        Bar tiny = new Bar("binance", "SHIB-USDT", "SHIBUSDT", "1m", Instant.parse("2021-10-22T23:08:00Z"), null,
                new BigDecimal("0.00000100"), new BigDecimal("1E-6"), new BigDecimal("1.0E-6"),
                new BigDecimal("0.000001"), new BigDecimal("1E+3"), new BigDecimal("0.001"), 1L,
                new BigDecimal("0.000001"), BigDecimal.ZERO, new BigDecimal("0.00"), new BigDecimal("1000"),
                new BigDecimal("0.001"), "1", "1", BarStatus.COMPLETE, 0, BarSource.LIVE);
        String json = Json.write(tiny);
        assertTrue(json.contains("\"open\":\"0.000001\""), json);
        assertTrue(json.contains("\"volume\":\"1000\""), json);
        assertTrue(json.contains("\"takerBuyQuoteVolume\":\"0\""), json);
        assertEquals(tiny.open(), tiny.high());
        assertEquals(bar.open(), new BigDecimal("60759.6"));
    }

    @Test
    void emptyBarHasZeroVolumeAndNoPrices() {
        Bar e = Bar.empty("binance", "BTC-USDT", "BTCUSDT", 1634944080000L, BarSource.LIVE);
        assertNull(e.open());
        assertNull(e.vwap());
        assertEquals(0L, e.trades());
        assertEquals(BigDecimal.ZERO, e.volume());
        assertEquals(Instant.ofEpochMilli(1634944140000L), e.closeTime());
        assertEquals("1m.binance.BTC-USDT", e.routingKey());
        String json = Json.write(e);
        assertTrue(json.contains("\"open\":null"), json);
        assertTrue(json.contains("\"status\":\"EMPTY\""), json);
    }

    @Test
    void malformedMessagesAreRejectedWithAReason() {
        var ex = assertThrows(IllegalArgumentException.class,
                () -> Json.readBars("{\"exchange\":".getBytes(StandardCharsets.UTF_8)));
        assertTrue(ex.getMessage().startsWith("malformed bar message"));
        assertThrows(IllegalArgumentException.class,
                () -> Json.readBars("[{\"exchange\":\"binance\"}]".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void sameDataIgnoresRevisionAndSource() {
        Bar bar = sample();
        assertTrue(bar.sameData(bar.withRevision(3).withSource(BarSource.BACKFILL)));
    }
}
