package io.minutebars.core.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.minutebars.core.engine.Trade;
import io.minutebars.core.ratelimit.ExchangeHttpException;
import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.BarStatus;
import io.minutebars.model.Json;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What the fuzz tests found decoders must check, in one place. */
class DecodeChecksTest {
    static Trade trade(String id, String price, String qty, BigDecimal quote) {
        return new Trade("BTCUSDT", 1_700_000_000_000L, -1, id, new BigDecimal(price), new BigDecimal(qty), 1, false,
                quote);
    }

    @Test
    void aTradeMustFitTheBarItGoesInto() {
        assertNull(trade("x", "60000.1", "0.5", null).defect());
        assertTrue(trade("x".repeat(65), "1", "1", null).defect().contains("id longer"), "the aggregator refuses longer ids");
        assertTrue(trade("x", "1", "1", new BigDecimal("-1")).defect().contains("quote"));
        // each side within the bounds, their product not: the bar's quote volume could not be built
        assertTrue(trade("x", "99999999999999999999999999999999999999", "4149.74", null).defect().contains("exponent"));
        assertThrows(DecodeException.class, () -> DecodeChecks.trade(trade("x", "0", "1", null), "{}"));
    }

    @Test
    void numbersAreCheckedBeforeAnythingIsComputedFromThem() throws Exception {
        JsonNode n = Json.mapper().readTree("[1e999999999, \"1e999999999\", 12, \"12\", 1.5, \"-7\", \"\\u0661\", true, "
                + "99999999999999999999]");
        assertThrows(DecodeException.class, () -> DecodeChecks.decimal(n.get(0), "p", null));
        assertThrows(DecodeException.class, () -> DecodeChecks.decimal(n.get(1), "p", null));
        assertEquals(new BigDecimal("12"), DecodeChecks.decimal(n.get(3), "p", null));
        assertThrows(DecodeException.class, () -> DecodeChecks.decimal(n.get(7), "p", null));
        assertThrows(DecodeException.class, () -> DecodeChecks.integer(n.get(0), "t", null), "never longValue() of it");
        assertEquals(12, DecodeChecks.integer(n.get(2), "t", null));
        assertEquals(12, DecodeChecks.integer(n.get(3), "t", null));
        assertThrows(DecodeException.class, () -> DecodeChecks.integer(n.get(4), "t", null));
        assertEquals(-7, DecodeChecks.integer(n.get(5), "t", null));
        assertThrows(DecodeException.class, () -> DecodeChecks.integer(n.get(6), "t", null), "ASCII digits only");
        assertThrows(DecodeException.class, () -> DecodeChecks.integer(n.get(8), "t", null));
        assertThrows(DecodeException.class, () -> DecodeChecks.time(-1, "T", null));
    }

    @Test
    void messagesQuoteExcerptsOnly() {
        String huge = "9".repeat(100_000);
        DecodeException e = assertThrows(DecodeException.class, () -> DecodeChecks.integer(huge, "t", huge));
        assertTrue(e.getMessage().length() < 200, e.getMessage());
        ExchangeHttpException http = new ExchangeHttpException(400, huge, huge, null, false);
        assertTrue(http.getMessage().length() < 600, "exchange error bodies are quoted, not echoed");
        assertTrue(http.code().length() < 200);
    }

    @Test
    void klinesTheAggregatorWouldRefuseAreBadAnswers() {
        Instant t = Instant.parse("2024-01-01T00:00:00Z");
        Bar ok = new Bar("binance", "BTC-USDT", "BTCUSDT", "1m", t, null, BigDecimal.TEN, new BigDecimal("11"),
                BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ONE, BigDecimal.TEN, 3L, null, null, null, null, null, null,
                null, BarStatus.FILLED, 0, BarSource.KLINES);
        assertEquals(ok, DecodeChecks.kline(ok, null));
        Bar highBelowLow = new Bar("binance", "BTC-USDT", "BTCUSDT", "1m", t, null, BigDecimal.TEN, BigDecimal.ONE,
                new BigDecimal("11"), BigDecimal.TEN, BigDecimal.ONE, BigDecimal.TEN, 3L, null, null, null, null, null,
                null, null, BarStatus.FILLED, 0, BarSource.KLINES);
        assertThrows(DecodeException.class, () -> DecodeChecks.kline(highBelowLow, null));
        Bar negativeSell = new Bar("binance", "BTC-USDT", "BTCUSDT", "1m", t, null, BigDecimal.TEN, new BigDecimal("11"),
                BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ONE, BigDecimal.TEN, 3L, null, null, null,
                new BigDecimal("-1"), null, null, null, BarStatus.FILLED, 0, BarSource.KLINES);
        assertThrows(DecodeException.class, () -> DecodeChecks.kline(negativeSell, null));
    }
}
