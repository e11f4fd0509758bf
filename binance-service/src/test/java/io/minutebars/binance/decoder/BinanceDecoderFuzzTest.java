package io.minutebars.binance.decoder;

import static io.minutebars.core.testing.DecoderFuzz.REST_REFUSAL;
import static io.minutebars.core.testing.DecoderFuzz.STREAM_REFUSAL;
import static io.minutebars.core.testing.DecoderFuzz.read;
import static io.minutebars.core.testing.DecoderFuzz.stream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.minutebars.binance.capability.BinanceStream;
import io.minutebars.binance.client.BinanceErrors;
import io.minutebars.binance.dto.AggTradeDto;
import io.minutebars.binance.dto.ExchangeInfoDto;
import io.minutebars.binance.dto.TradeDto;
import io.minutebars.core.ratelimit.ExchangeHttpException;
import io.minutebars.core.runtime.ListenerHarness;
import io.minutebars.core.stream.DecodeException;
import io.minutebars.core.testing.DecoderFuzz;
import io.minutebars.core.testing.Fixtures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes every Binance decoder with frames mutated from the recorded payloads (fixtures/binance; see
 * {@link io.minutebars.core.testing.FrameMutator} for the mutations, {@code -Dfuzz.seed} and {@code -Dfuzz.frames}
 * to rerun). The contract, per frame:
 * <ul>
 * <li>WebSocket ({@link BinanceStreamDecoder}, its scanner fast path and its Jackson fallback alone): every trade
 * emitted has no {@code Trade.defect()}, or the frame is refused with a {@link DecodeException} before anything is
 * emitted; nothing else is thrown.</li>
 * <li>REST ({@link BinanceRestDecoder}): the answer body is read by the REST client's mapper (here
 * {@code Json.mapper()}, with the same bounded decimals) and mapped; the mapping returns valid trades, instruments
 * and bars (the aggregator's rules), or refuses the answer with a {@link DecodeException} (or the
 * client cannot read it at all, or a value lies beyond the model's bounds: {@link DecoderFuzz#REST_REFUSAL}). {@code GuardedCalls} records each such failure as one HTTP ingest error and retries; nothing else may
 * escape (a NullPointerException there would be a bug, not a bad answer).</li>
 * <li>Error bodies ({@link BinanceErrors}): always an ExchangeHttpException with a short message, never a throw.</li>
 * </ul>
 * Every frame is handled within {@link DecoderFuzz#FRAME_LIMIT_MS} ms. The listener storm then sends the mutated
 * WebSocket frames through {@code StreamListener.onText} with the real stream protocol: each refused frame is exactly one
 * DECODE error and valid frames after the storm still reach the engine.
 */
class BinanceDecoderFuzzTest {
    static final List<String> WS = List.of(Fixtures.read("binance/ws/aggTrade_combined_ETHUSDT.json"),
            Fixtures.read("binance/ws/trade_combined_ETHUSDT.json"));
    static final long KLINES_NOW = 1634944350000L;

    static List<String> fixtures(String... names) {
        return java.util.Arrays.stream(names).map(n -> Fixtures.read("binance/rest/" + n)).toList();
    }

    @Test
    void webSocketFrames() {
        BinanceStreamDecoder decoder = new BinanceStreamDecoder();
        var r = DecoderFuzz.run("binance ws", WS, STREAM_REFUSAL, stream(decoder::decode));
        assertTrue(r.decoded() > 0 && r.refused() > 0, r.toString());
    }

    @Test
    void webSocketFramesThroughTheJacksonFallbackAlone() {
        BinanceStreamDecoder decoder = new BinanceStreamDecoder();
        DecoderFuzz.run("binance ws (Jackson fallback)", WS, STREAM_REFUSAL, stream(decoder::decodeFully));
    }

    /**
     * Where the scanner reads a trade and the Jackson decoder reads one too, they are the same trade. (The scanner
     * is laxer about JSON syntax, leading zeros or raw control characters in a string, so it may read a valid
     * trade from a frame Jackson refuses; never a different one.)
     */
    @Test
    void theScannerReadsWhatJacksonReads() {
        BinanceStreamDecoder decoder = new BinanceStreamDecoder();
        BinanceFrameScanner scanner = new BinanceFrameScanner();
        DecoderFuzz.run("binance ws (scanner = Jackson)", WS, STREAM_REFUSAL, f -> {
            io.minutebars.core.engine.Trade fast = scanner.scan(f);
            if (fast == null) {
                return;
            }
            DecoderFuzz.valid(fast);
            List<io.minutebars.core.engine.Trade> full = new ArrayList<>();
            try {
                decoder.decodeFully(f, full::add);
            } catch (DecodeException e) {
                return;
            }
            if (!full.equals(List.of(fast))) {
                throw new DecoderFuzz.ContractViolation("scanner read " + fast + ", Jackson " + full);
            }
        });
    }

    @Test
    void aggTrades() {
        DecoderFuzz.run("binance rest aggTrades", fixtures("aggTrades_BTCUSDT_2021-10-22.json"), REST_REFUSAL,
                f -> BinanceRestDecoder.aggTrades("BTCUSDT", read(f, new TypeReference<List<AggTradeDto>>() { }))
                        .forEach(DecoderFuzz::valid));
    }

    @Test
    void rawTrades() {
        DecoderFuzz.run("binance rest trades", fixtures("trades_BTCUSDT_2021-10-22.json",
                "historicalTrades_BTCUSDT_2021-10-22.json"), REST_REFUSAL,
                f -> BinanceRestDecoder.trades("BTCUSDT", read(f, new TypeReference<List<TradeDto>>() { }))
                        .forEach(DecoderFuzz::valid));
    }

    @Test
    void exchangeInfo() {
        DecoderFuzz.run("binance rest exchangeInfo", fixtures("exchangeInfo_2021-10-11_trimmed.json",
                "exchangeInfo_BTCUSDT_ETHUSDT_2021-10-22.json"), REST_REFUSAL, f -> {
                    ExchangeInfoDto info = read(f, new TypeReference<>() { });
                    BinanceRestDecoder.instruments("binance", info, Instant.EPOCH).forEach(DecoderFuzz::valid);
                    BinanceRestDecoder.weightPerMinute(info);
                });
    }

    @Test
    void klines() {
        DecoderFuzz.run("binance rest klines", fixtures("klines_BTCUSDT_1m_2021-10-22.json", "klines_docs_example.json"),
                REST_REFUSAL, f -> {
                    List<JsonNode> rows = read(f, new TypeReference<>() { });
                    // half the frames with the recording's "now" (its last minute still open), half with all closed
                    long now = f.length() % 2 == 0 ? KLINES_NOW : Long.MAX_VALUE;
                    BinanceRestDecoder.klines("binance", "BTC-USDT", "BTCUSDT", rows, now).forEach(DecoderFuzz::validKline);
                });
    }

    @Test
    void errorBodies() {
        DecoderFuzz.run("binance rest errors", fixtures("error_400_-1121_invalid_symbol.json",
                "error_418_-1003_ip_banned.json", "error_429_-1003_too_much_weight.json"), e -> false, f -> {
                    int status = new int[] {400, 418, 429}[f.length() % 3];
                    ExchangeHttpException e = BinanceErrors.from(status, f, "7");
                    if (e.getMessage().length() > DecoderFuzz.MAX_MESSAGE) {
                        throw new DecoderFuzz.ContractViolation("error message of " + e.getMessage().length()
                                + " characters");
                    }
                });
    }

    /** A few of the frames the fuzzer found, kept as plain regressions. */
    @Test
    void framesTheFuzzerFound() {
        BinanceStreamDecoder decoder = new BinanceStreamDecoder();
        String agg = WS.get(0);
        // the scanner's fallback BigDecimal(String) threw NumberFormatException out of decode()
        org.junit.jupiter.api.Assertions.assertThrows(DecodeException.class,
                () -> decoder.decode(agg.replace("\"1632.46000000\"", "\"1.2.3\""), t -> { }));
        // zero prices and times before 1970 were handed on as trades
        org.junit.jupiter.api.Assertions.assertThrows(DecodeException.class,
                () -> decoder.decode(agg.replace("\"1632.46000000\"", "\"0.0\""), t -> { }));
        org.junit.jupiter.api.Assertions.assertThrows(DecodeException.class,
                () -> decoder.decode(agg.replace("\"T\":1675759520847", "\"T\":-1"), t -> { }));
        // each within the bounds, their product not: the minute's bar could not have been built
        org.junit.jupiter.api.Assertions.assertThrows(DecodeException.class, () -> decoder.decode(
                agg.replace("\"0.34305000\"", "\"99999999999999999999999999999999999999\""), t -> { }));
        // a kline time of 1e999999999 made longValue() build a number with a billion digits: it never returned
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(2), () -> {
            List<JsonNode> rows = read("[[1e999999999,\"1\",\"1\",\"1\",\"1\",\"1\",1634943839999,\"1\",1,\"0\","
                    + "\"0\",\"0\"]]", new TypeReference<>() { });
            org.junit.jupiter.api.Assertions.assertThrows(DecodeException.class,
                    () -> BinanceRestDecoder.klines("binance", "BTC-USDT", "BTCUSDT", rows, Long.MAX_VALUE));
        });
        // taker volume above the volume made a negative sell volume the aggregator refuses
        List<JsonNode> inconsistent = read("[[1634943780000,\"2\",\"3\",\"1\",\"2\",\"1\",1634943839999,\"2\",5,"
                + "\"7\",\"14\",\"0\"]]", new TypeReference<>() { });
        org.junit.jupiter.api.Assertions.assertThrows(DecodeException.class,
                () -> BinanceRestDecoder.klines("binance", "BTC-USDT", "BTCUSDT", inconsistent, Long.MAX_VALUE));
    }

    /** Fresh aggTrades of a market the storm never touches. */
    static List<String> freshFrames() {
        List<String> out = new ArrayList<>();
        for (int k = 1; k <= 20; k++) {
            out.add(WS.get(0).replace("ETHUSDT", "FUZZUSDT").replace("\"a\":226532", "\"a\":" + (900_000_000L + k))
                    .replace("\"T\":1675759520847", "\"T\":" + (1675759520847L + k)));
        }
        return out;
    }

    @Test
    void everyRefusedFrameIsOneIngestErrorAndTheStreamGoesOn() {
        ListenerHarness h = new ListenerHarness("binance", new BinanceStream()::decode,
                Map.of("ETHUSDT", "ETH-USDT", "FUZZUSDT", "FUZZ-USDT"), 1675759520847L + 60_000);
        ListenerHarness.Storm s = h.storm(WS, freshFrames(), true);
        assertEquals(s.refused(), s.errors());
    }
}
