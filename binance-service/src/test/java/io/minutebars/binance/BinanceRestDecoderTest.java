package io.minutebars.binance;

import io.minutebars.core.testing.Fixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.minutebars.binance.client.BinanceErrors;
import io.minutebars.binance.decoder.BinanceRestDecoder;
import io.minutebars.binance.dto.AggTradeDto;
import io.minutebars.binance.dto.ExchangeInfoDto;
import io.minutebars.binance.dto.TradeDto;
import io.minutebars.core.engine.MinuteBarEngine;
import io.minutebars.core.engine.Trade;
import io.minutebars.core.ratelimit.ExchangeHttpException;
import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.BarStatus;
import io.minutebars.model.Instrument;
import io.minutebars.model.Json;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BinanceRestDecoderTest {

    static <T> T read(String fixture, TypeReference<T> type) throws Exception {
        return Json.mapper().readValue(Fixtures.read(fixture), type);
    }

    @Test
    void aggTradesBecomeAHandCheckedBar() throws Exception {
        List<AggTradeDto> rows = read("binance/rest/aggTrades_BTCUSDT_2021-10-22.json", new TypeReference<>() { });
        List<Trade> trades = BinanceRestDecoder.aggTrades("BTCUSDT", rows);
        assertEquals(10, trades.size());
        List<Bar> bars = new ArrayList<>();
        MinuteBarEngine engine = new MinuteBarEngine("binance", 0, 0, BarSource.BACKFILL, bars::add);
        engine.watch("BTCUSDT", "BTC-USDT", 1634944080000L);
        trades.forEach(engine::onTrade);
        engine.closeBefore("BTCUSDT", 1634944140000L);
        assertEquals(1, bars.size());
        Bar b = bars.get(0);
        assertEquals(Instant.ofEpochMilli(1634944080000L), b.openTime()); // floor(1634944096633 / 60 s)
        assertEquals(new BigDecimal("60759.6"), b.open());
        assertEquals(new BigDecimal("60759.6"), b.high());
        assertEquals(new BigDecimal("60759.59"), b.low());
        assertEquals(new BigDecimal("60759.6"), b.close());
        assertEquals(new BigDecimal("0.01948"), b.volume());
        assertEquals(new BigDecimal("1183.5969993"), b.quoteVolume());
        assertEquals(10L, b.trades());
        assertEquals(new BigDecimal("0.01861"), b.takerBuyVolume());
        assertEquals(new BigDecimal("0.00087"), b.takerSellVolume());
        assertEquals(new BigDecimal("52.8608433"), b.takerSellQuoteVolume());
        assertEquals(new BigDecimal("1130.736156"), b.takerBuyQuoteVolume());
        assertEquals("966492862", b.firstTradeId());
        assertEquals("966492871", b.lastTradeId());
        assertEquals(BarStatus.COMPLETE, b.status());
    }

    @Test
    void invalidatedAggTradesAreSkipped() {
        var bad = new AggTradeDto(5, BigDecimal.ZERO, BigDecimal.ZERO, -1, -1, 1634944096633L, false, true);
        var good = new AggTradeDto(6, BigDecimal.ONE, BigDecimal.ONE, 10, 12, 1735689600123456L, true, true);
        List<Trade> t = BinanceRestDecoder.aggTrades("BTCUSDT", List.of(bad, good));
        assertEquals(1, t.size());
        assertEquals(3, t.get(0).count());
        assertEquals(1735689600123L, t.get(0).time(), "microseconds normalised to ms");
    }

    @Test
    void rawTradesKeepBinancesQuoteQuantity() throws Exception {
        for (String f : List.of("binance/rest/trades_BTCUSDT_2021-10-22.json",
                "binance/rest/historicalTrades_BTCUSDT_2021-10-22.json")) {
            List<TradeDto> rows = read(f, new TypeReference<>() { });
            List<Trade> t = BinanceRestDecoder.trades("BTCUSDT", rows);
            assertEquals(10, t.size(), f);
            for (int i = 0; i < t.size(); i++) {
                assertEquals(0, rows.get(i).price().multiply(rows.get(i).qty()).compareTo(t.get(i).quote()), f);
                assertEquals(rows.get(i).isBuyerMaker(), t.get(i).takerSell());
            }
        }
    }

    @Test
    void exchangeInfoBecomesTheCatalogWithStatusesAndFilters() throws Exception {
        ExchangeInfoDto info = read("binance/rest/exchangeInfo_2021-10-11_trimmed.json", new TypeReference<>() { });
        List<Instrument> all = BinanceRestDecoder.instruments("binance", info, Instant.EPOCH);
        assertEquals(6, all.size());
        Instrument bcc = all.stream().filter(i -> i.nativeSymbol().equals("BCCBTC")).findFirst().orElseThrow();
        assertFalse(bcc.trading());
        assertEquals("BREAK", bcc.status());
        Instrument btc = all.stream().filter(i -> i.nativeSymbol().equals("BTCUSDT")).findFirst().orElseThrow();
        assertEquals("BTC-USDT", btc.symbol());
        assertTrue(btc.trading());
        assertEquals(1200, BinanceRestDecoder.weightPerMinute(info).orElseThrow());

        ExchangeInfoDto two = read("binance/rest/exchangeInfo_BTCUSDT_ETHUSDT_2021-10-22.json", new TypeReference<>() { });
        List<Instrument> pair = BinanceRestDecoder.instruments("binance", two, Instant.EPOCH);
        assertEquals(List.of("BTC-USDT", "ETH-USDT"), pair.stream().map(Instrument::symbol).toList());
        assertEquals(new BigDecimal("0.01"), pair.get(0).tickSize());
        assertEquals(new BigDecimal("0.00001"), pair.get(0).lotSize());
    }

    @Test
    void klinesRepairAsFilledBarsDroppingTheOpenMinuteAndOtherIntervals() throws Exception {
        List<JsonNode> rows = read("binance/rest/klines_BTCUSDT_1m_2021-10-22.json", new TypeReference<>() { });
        long now = 1634944350000L; // inside the 10th minute, which is still open
        List<Bar> bars = BinanceRestDecoder.klines("binance", "BTC-USDT", "BTCUSDT", rows, now);
        assertEquals(9, bars.size());
        Bar first = bars.get(0);
        assertEquals(Instant.ofEpochMilli(1634943780000L), first.openTime());
        assertEquals(new BigDecimal("60685.22"), first.open());
        assertEquals(617L, first.trades());
        assertEquals(new BigDecimal("21.63272"), first.volume());
        assertEquals(new BigDecimal("12.28492"), first.takerBuyVolume());
        assertEquals(new BigDecimal("9.3478"), first.takerSellVolume());
        assertEquals(new BigDecimal("567480.6031757"), first.takerSellQuoteVolume());
        assertEquals(BarStatus.FILLED, first.status());
        assertEquals(BarSource.KLINES, first.source());
        assertNull(first.firstTradeId(), "klines carry no trade ids; never invented");

        List<JsonNode> weekly = read("binance/rest/klines_docs_example.json", new TypeReference<>() { });
        assertTrue(BinanceRestDecoder.klines("binance", "BTC-USDT", "BTCUSDT", weekly, Long.MAX_VALUE).isEmpty());
    }

    @Test
    void errorBodiesMapToRetryableOrFinalFailures() {
        ExchangeHttpException invalid = BinanceErrors.from(400,
                Fixtures.read("binance/rest/error_400_-1121_invalid_symbol.json"), null);
        assertEquals("-1121", invalid.code());
        assertFalse(invalid.retryable());
        assertTrue(invalid.getMessage().contains("Invalid symbol."));

        ExchangeHttpException tooMuch = BinanceErrors.from(429,
                Fixtures.read("binance/rest/error_429_-1003_too_much_weight.json"), "7");
        assertTrue(tooMuch.rateLimited());
        assertEquals("-1003", tooMuch.code());
        assertEquals(Duration.ofSeconds(7), tooMuch.retryAfter().orElseThrow());

        ExchangeHttpException banned = BinanceErrors.from(418,
                Fixtures.read("binance/rest/error_418_-1003_ip_banned.json"), "120");
        assertTrue(banned.rateLimited());
        assertTrue(banned.getMessage().contains("IP banned until"));

        ExchangeHttpException html = BinanceErrors.from(502, "<html>bad gateway</html>", null);
        assertTrue(html.retryable());
        assertNull(html.code());
    }
}
