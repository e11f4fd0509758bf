package io.minutebars.bitmex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import io.minutebars.bitmex.client.BitmexFailures;
import io.minutebars.bitmex.decoder.BitmexDecoder;
import io.minutebars.bitmex.decoder.BitmexStreamDecoder;
import io.minutebars.bitmex.dto.BitmexInstrumentDto;
import io.minutebars.bitmex.dto.BitmexTradeDto;
import io.minutebars.core.engine.Trade;
import io.minutebars.core.stream.DecodeException;
import io.minutebars.core.testing.Fixtures;
import io.minutebars.model.Instrument;
import io.minutebars.model.Json;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every BitMEX fixture through the decoders (fixtures/bitmex). The trade-bin fixtures
 * ({@code nautilus_*trade_bin*}) are not decoded on purpose: bins are labelled by their end and their
 * open is the previous bin's close, so they cannot stand for a minute's trades.
 */
class BitmexDecoderTest {
    private static final Set<String> PERPETUALS = Set.of("FFWCSX");

    static <T> T read(String fixture, TypeReference<T> type) throws Exception {
        return Json.mapper().readValue(Fixtures.read(fixture), type);
    }

    /** The frames the 2021 recording received (lines "ts: frame"; sent lines hold " <- "). */
    static List<String> recordedFrames() {
        List<String> frames = new ArrayList<>();
        for (String line : Fixtures.read("bitmex/ws/recording_trade_2021-07-22.log").split("\n")) {
            int at = line.indexOf(": ");
            if (at > 0 && !line.contains(" <- ") && !line.contains(" <-> ")) {
                frames.add(line.substring(at + 2));
            }
        }
        return frames;
    }

    @Test
    void restTradesUseNotionalsNotContracts() throws Exception {
        List<Trade> trades = BitmexDecoder.trades(read("bitmex/rest/nautilus_http_get_trades.json",
                new TypeReference<List<BitmexTradeDto>>() { }));
        assertEquals(3, trades.size());
        Trade t = trades.get(0);
        assertEquals("XBTUSD", t.market());
        assertEquals(Instant.parse("2024-11-25T10:35:00.789Z").toEpochMilli(), t.time());
        assertEquals(new BigDecimal("0.00101065"), t.qty(), "base volume = homeNotional (BTC)");
        assertEquals(new BigDecimal("100.0"), t.quote(), "quote volume = foreignNotional (USD)");
        assertEquals("00000000-006d-1000-0000-000e8737d540", t.id());
        assertEquals(-1, t.seq(), "GUIDs carry no order");
        assertFalse(t.takerSell());
    }

    @Test
    void indexRowsAreNotTrades() throws Exception {
        List<Trade> trades = BitmexDecoder.trades(read("bitmex/rest/trade_indices_2017_xchange.json",
                new TypeReference<List<BitmexTradeDto>>() { }));
        assertEquals(7, trades.size(), "the 16 index rows (size 0, no notionals) are skipped");
        assertTrue(trades.stream().allMatch(t -> t.market().equals("XBTUSD")));
        assertEquals(new BigDecimal("1.34504781"), trades.get(3).qty());
        assertEquals(new BigDecimal("1303"), trades.get(3).quote());
    }

    @Test
    void catalogMapsXbtToBtcAndKeepsPerpetuals() throws Exception {
        List<Instrument> cat = BitmexDecoder.instruments("bitmex", read("bitmex/rest/instrument_active_2021-07-22_trimmed.json",
                new TypeReference<List<BitmexInstrumentDto>>() { }), PERPETUALS, Instant.EPOCH);
        assertEquals(List.of("XBTUSD", "ETHUSD"), cat.stream().map(Instrument::nativeSymbol).toList(),
                "the dated future XBTU21 would share BTC-USD with the perpetual");
        assertEquals("BTC-USD", cat.get(0).symbol());
        assertEquals("ETH-USD", cat.get(1).symbol());
        assertTrue(cat.get(0).trading());
        List<Instrument> spot = BitmexDecoder.instruments("bitmex", read("bitmex/rest/instrument_active_xchange.json",
                new TypeReference<List<BitmexInstrumentDto>>() { }), Set.of("IFXXXP"), Instant.EPOCH);
        assertEquals("BTC-USDT", spot.get(0).symbol());
        assertTrue(spot.stream().anyMatch(i -> i.symbol().equals("ETH-BTC")), "XBT as quote is BTC too");
    }

    @Test
    void recordedSessionYieldsEveryTradeOfPartialsAndInserts() {
        BitmexStreamDecoder decoder = new BitmexStreamDecoder();
        List<Trade> trades = new ArrayList<>();
        recordedFrames().forEach(f -> decoder.decode(f, trades::add));
        assertEquals(27, trades.size(), "welcome and acks yield nothing; all 27 partial and insert rows are trades");
        Trade xbt = trades.stream().filter(t -> t.id().equals("a36d1fb8-ff0c-d428-cde7-d166a181c1d2")).findFirst()
                .orElseThrow();
        assertEquals(new BigDecimal("0.03108"), xbt.qty(), "1000 USD contracts at 32175 = 0.03108 BTC");
        assertEquals(new BigDecimal("1000"), xbt.quote());
        decoder.decode("pong", t -> { throw new AssertionError("pong is no trade"); });
    }

    @Test
    void singleStreamRowAndRefusals() throws Exception {
        List<Trade> one = new ArrayList<>();
        BitmexDecoder.trade(read("bitmex/ws/nautilus_ws_trade.json", new TypeReference<BitmexTradeDto>() { }), one::add);
        assertTrue(one.get(0).takerSell());
        assertEquals(new BigDecimal("0.0010145"), one.get(0).qty());
        BitmexStreamDecoder decoder = new BitmexStreamDecoder();
        assertThrows(DecodeException.class, () -> decoder.decode("{\"success\":false,\"error\":\"Unknown table\"}",
                t -> { }));
        assertThrows(DecodeException.class, () -> decoder.decode("{not json", t -> { }));
    }

    @Test
    void tradeBinsAreNeverTakenForTrades() {
        // the recorded bin rows, pushed as the realtime tradeBin1m table would carry them
        BitmexStreamDecoder decoder = new BitmexStreamDecoder();
        for (String rows : List.of(Fixtures.read("bitmex/rest/nautilus_http_get_trade_bins.json"),
                "[" + Fixtures.read("bitmex/ws/nautilus_ws_trade_bin_1m.json") + "]")) {
            decoder.decode("{\"table\":\"tradeBin1m\",\"action\":\"insert\",\"data\":" + rows + "}",
                    t -> { throw new AssertionError("a bin is not a trade: " + t); });
        }
    }

    @Test
    void errorBody() {
        String body = Fixtures.read("bitmex/rest/nautilus_http_error_response.json");
        assertEquals("Invalid API Key.", BitmexFailures.errorMessage(body, 401));
        assertEquals("HTTP 502", BitmexFailures.errorMessage("<html>bad gateway</html>", 502));
    }
}
