package io.minutebars.bybit;

import io.minutebars.core.testing.Fixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import io.minutebars.bybit.client.BybitFailures;
import io.minutebars.bybit.decoder.BybitDecoder;
import io.minutebars.bybit.decoder.BybitStreamDecoder;
import io.minutebars.bybit.dto.BybitResponse;
import io.minutebars.bybit.dto.InstrumentDto;
import io.minutebars.bybit.dto.KlineDto;
import io.minutebars.bybit.dto.RecentTradeDto;
import io.minutebars.core.engine.Trade;
import io.minutebars.core.ratelimit.ExchangeHttpException;
import io.minutebars.core.stream.DecodeException;
import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.BarStatus;
import io.minutebars.model.Instrument;
import io.minutebars.model.Json;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every Bybit fixture through the decoders (fixtures/bybit). */
class BybitDecoderTest {
    static <T> T read(String fixture, TypeReference<T> type) throws Exception {
        return Json.mapper().readValue(Fixtures.read(fixture), type);
    }

    static List<Trade> stream(String fixture) {
        List<Trade> out = new ArrayList<>();
        new BybitStreamDecoder().decode(Fixtures.read(fixture), out::add);
        return out;
    }

    @Test
    void recentTradesFromTheDocsAndFromNautilus() throws Exception {
        var docs = BybitFailures.result(read("bybit/rest/docs_recent_trade_0.json",
                new TypeReference<BybitResponse<RecentTradeDto.Page>>() { }));
        Trade t = BybitDecoder.trades(docs).get(0);
        assertEquals("BTCUSDT", t.market());
        assertEquals(1672052955758L, t.time(), "time comes as a string of ms");
        assertEquals(new BigDecimal("16618.49"), t.price());
        assertEquals(new BigDecimal("0.00012"), t.qty());
        assertFalse(t.takerSell(), "side Buy is the taker's");
        assertEquals("2100000000007764263", t.id());
        assertEquals(-1, t.seq());
        var linear = BybitFailures.result(read("bybit/rest/nautilus_http_get_trades_recent.json",
                new TypeReference<BybitResponse<RecentTradeDto.Page>>() { }));
        assertEquals("a905d5c3-1ed0-4f37-83e4-9c73a2fe2f01", BybitDecoder.trades(linear).get(0).id());
    }

    /**
     * Bybit lists recent trades newest first and its ids carry no order, so trades of one millisecond must come
     * out oldest first (the list reversed, not re-sorted on time alone): the first of them is the minute's first
     * trade. The recorded row, repeated with the execIds of three fills of one taker order.
     */
    @Test
    void recentTradesOfOneMillisecondStayInExecutionOrder() throws Exception {
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) Json.mapper().readTree(
                Fixtures.read("bybit/rest/docs_recent_trade_0.json"));
        var list = (com.fasterxml.jackson.databind.node.ArrayNode) tree.get("result").get("list");
        var row = (com.fasterxml.jackson.databind.node.ObjectNode) list.get(0);
        list.removeAll();
        for (String id : List.of("2100000000007764265", "2100000000007764264", "2100000000007764263")) {
            list.add(row.deepCopy().put("execId", id)); // newest first, as Bybit lists them
        }
        var page = BybitFailures.result(Json.mapper().convertValue(tree,
                new TypeReference<BybitResponse<RecentTradeDto.Page>>() { }));
        assertEquals(List.of("2100000000007764263", "2100000000007764264", "2100000000007764265"),
                BybitDecoder.trades(page).stream().map(Trade::id).toList());
    }

    @Test
    void klinesAreFilledBarsOldestFirstWithoutInventedFields() throws Exception {
        var inverse = BybitFailures.result(read("bybit/rest/docs_kline_0.json",
                new TypeReference<BybitResponse<KlineDto>>() { }));
        // the docs example is 60-minute klines of inverse BTCUSD: read as 1m rows they are still decoded
        List<Bar> bars = BybitDecoder.klines("bybit", "BTC-USD", inverse, true, Long.MAX_VALUE);
        assertEquals(3, bars.size());
        assertEquals(Instant.ofEpochMilli(1670601600000L), bars.get(0).openTime(), "newest-first list reversed");
        Bar last = bars.get(2);
        assertEquals(new BigDecimal("15.74462667"), last.volume(), "inverse: turnover is the coin volume");
        assertEquals(new BigDecimal("268611"), last.quoteVolume(), "inverse: volume is USD");
        assertNull(last.trades());
        assertNull(last.takerBuyVolume());
        assertEquals(BarStatus.FILLED, last.status());
        assertEquals(BarSource.KLINES, last.source());

        var linear = BybitFailures.result(read("bybit/rest/nautilus_http_get_klines_linear.json",
                new TypeReference<BybitResponse<KlineDto>>() { }));
        Bar l = BybitDecoder.klines("bybit", "BTC-USDT", linear, false, 1709891679000L + 60_000).get(0);
        assertEquals(new BigDecimal("123.45"), l.volume());
        assertEquals(new BigDecimal("3390000"), l.quoteVolume());
        assertTrue(BybitDecoder.klines("bybit", "BTC-USDT", linear, false, 1709891679000L + 59_999).isEmpty(),
                "a minute not yet over is dropped");
    }

    @Test
    void everyInstrumentsFixtureBecomesACatalog() throws Exception {
        for (String f : List.of("docs_instruments_info_spot.json", "instruments_info_spot_xchange.json",
                "docs_instruments_info_linear.json", "docs_instruments_info_linear_prelaunch.json",
                "instruments_info_linear_xchange.json", "docs_instruments_info_option.json")) {
            var page = BybitFailures.result(read("bybit/rest/" + f,
                    new TypeReference<BybitResponse<InstrumentDto.Page>>() { }));
            List<Instrument> catalog = BybitDecoder.instruments("bybit", page, Instant.EPOCH);
            assertFalse(catalog.isEmpty(), f);
            catalog.forEach(i -> assertEquals(i.base() + "-" + i.quote(), i.symbol(), f));
        }
        var spot = BybitFailures.result(read("bybit/rest/docs_instruments_info_spot.json",
                new TypeReference<BybitResponse<InstrumentDto.Page>>() { }));
        Instrument btc = BybitDecoder.instruments("bybit", spot, Instant.EPOCH).get(0);
        assertEquals("BTC-USDT", btc.symbol());
        assertTrue(btc.trading());
        assertEquals(new BigDecimal("0.1"), btc.tickSize());
        assertEquals(new BigDecimal("0.000001"), btc.lotSize(), "spot lot = basePrecision");
    }

    @Test
    void retCodeErrorsComeWithHttp200() throws Exception {
        var unsupported = read("bybit/rest/error_10001_not_supported_symbols.json",
                new TypeReference<BybitResponse<Object>>() { });
        ExchangeHttpException e = assertThrows(ExchangeHttpException.class, () -> BybitFailures.result(unsupported));
        assertEquals("10001", e.code());
        assertFalse(e.retryable());
        assertTrue(e.getMessage().contains("Not supported symbols"));
        var demo = read("bybit/rest/error_10032_xchange.json", new TypeReference<BybitResponse<Object>>() { });
        assertEquals("10032", assertThrows(ExchangeHttpException.class, () -> BybitFailures.result(demo)).code());
        var limited = read("bybit/rest/error_10032_xchange.json", new TypeReference<BybitResponse<Object>>() { });
        var tooMany = new BybitResponse<>(10006, "Too many visits!", limited.result(), limited.time());
        assertTrue(assertThrows(ExchangeHttpException.class, () -> BybitFailures.result(tooMany)).rateLimited());
    }

    @Test
    void publicTradeFramesFromTheDocsAndXchange() {
        for (String f : List.of("bybit/ws/docs_ws_publicTrade_0.json", "bybit/ws/publicTrade_BTCUSDT_xchange.json")) {
            List<Trade> t = stream(f);
            assertEquals(1, t.size(), f);
            assertEquals(1672304486865L, t.get(0).time(), "T, the fill time, not ts");
            assertEquals(new BigDecimal("16578.50"), t.get(0).price());
            assertEquals(new BigDecimal("0.001"), t.get(0).qty());
            assertEquals("20f43950-d8dd-5b31-9112-a178eb6023af", t.get(0).id());
            assertFalse(t.get(0).takerSell());
        }
    }

    @Test
    void controlFramesKlinesAndForeignTopicsYieldNoTrade() {
        assertTrue(stream("bybit/ws/nautilus_ws_subscription_ack.json").isEmpty());
        assertTrue(stream("bybit/ws/docs_ws_kline_0.json").isEmpty());
        assertTrue(stream("bybit/ws/nautilus_ws_kline.json").isEmpty());
        // nautilus' test data uses its own topic name, not Bybit's publicTrade.<symbol>
        assertTrue(stream("bybit/ws/nautilus_ws_public_trade.json").isEmpty());
        DecodeException refused = assertThrows(DecodeException.class,
                () -> stream("bybit/ws/nautilus_ws_subscription_failure.json"));
        assertTrue(refused.getMessage().contains("Invalid topic"));
        String noPrice = Fixtures.read("bybit/ws/docs_ws_publicTrade_0.json").replace("\"p\": \"16578.50\",", "");
        assertThrows(DecodeException.class, () -> new BybitStreamDecoder().decode(noPrice, t -> { }));
        assertThrows(DecodeException.class, () -> new BybitStreamDecoder().decode("{\"topic\":", t -> { }));
    }
}
