package io.minutebars.bybit.decoder;

import static io.minutebars.core.testing.DecoderFuzz.REST_REFUSAL;
import static io.minutebars.core.testing.DecoderFuzz.STREAM_REFUSAL;
import static io.minutebars.core.testing.DecoderFuzz.read;
import static io.minutebars.core.testing.DecoderFuzz.stream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import io.minutebars.bybit.capability.BybitStream;
import io.minutebars.bybit.client.BybitFailures;
import io.minutebars.bybit.dto.BybitResponse;
import io.minutebars.bybit.dto.InstrumentDto;
import io.minutebars.bybit.dto.KlineDto;
import io.minutebars.bybit.dto.RecentTradeDto;
import io.minutebars.core.ratelimit.ExchangeHttpException;
import io.minutebars.core.runtime.ListenerHarness;
import io.minutebars.core.testing.DecoderFuzz;
import io.minutebars.core.testing.Fixtures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes every Bybit decoder with frames mutated from the recorded payloads (fixtures/bybit; mutations in
 * {@link io.minutebars.core.testing.FrameMutator}, {@code -Dfuzz.seed} and {@code -Dfuzz.frames} to rerun). The
 * contract, per frame:
 * <ul>
 * <li>WebSocket ({@link BybitStreamDecoder}): every trade emitted is valid ({@code Trade.defect()} is null), or the
 * whole frame is refused with a {@code DecodeException} before anything is emitted; nothing else is thrown.</li>
 * <li>REST: the answer is read into the v5 envelope by the client's mapper, {@link BybitFailures#result} turns a
 * {@code retCode} other than 0 into an {@link ExchangeHttpException}, and {@link BybitDecoder} returns valid
 * trades, instruments and bars (the aggregator's rules) or refuses the answer ({@link DecoderFuzz#REST_REFUSAL}).
 * {@code GuardedCalls} records each failure as one ingest error and retries; nothing else may escape.</li>
 * </ul>
 * Every frame is handled within {@link DecoderFuzz#FRAME_LIMIT_MS} ms. The listener storm sends the mutated
 * WebSocket frames through {@code StreamListener.onText} with the real stream protocol: each refused frame is exactly one
 * DECODE error, and valid frames after the storm still reach the engine.
 */
class BybitDecoderFuzzTest {
    static final List<String> WS = Arrays.stream(new String[] {"docs_ws_publicTrade_0.json",
            "publicTrade_BTCUSDT_xchange.json", "nautilus_ws_public_trade.json", "nautilus_ws_subscription_ack.json",
            "nautilus_ws_subscription_failure.json", "docs_ws_kline_0.json", "nautilus_ws_kline.json"})
            .map(f -> Fixtures.read("bybit/ws/" + f)).toList();
    static final Predicate<Throwable> ENVELOPE_REFUSAL = REST_REFUSAL.or(e -> e instanceof ExchangeHttpException);
    static final long TRADE_TIME = 1672304486865L;

    static List<String> rest(String... names) {
        return Arrays.stream(names).map(n -> Fixtures.read("bybit/rest/" + n)).toList();
    }

    @Test
    void webSocketFrames() {
        BybitStreamDecoder decoder = new BybitStreamDecoder();
        var r = DecoderFuzz.run("bybit ws", WS, STREAM_REFUSAL, stream(decoder::decode));
        assertTrue(r.decoded() > 0 && r.refused() > 0, r.toString());
    }

    @Test
    void recentTrades() {
        DecoderFuzz.run("bybit rest recent-trade", rest("docs_recent_trade_0.json", "nautilus_http_get_trades_recent.json"),
                ENVELOPE_REFUSAL, f -> BybitDecoder.trades(BybitFailures.result(
                        read(f, new TypeReference<BybitResponse<RecentTradeDto.Page>>() { }))).forEach(DecoderFuzz::valid));
    }

    @Test
    void klines() {
        DecoderFuzz.run("bybit rest kline", rest("docs_kline_0.json", "nautilus_http_get_klines_linear.json"),
                ENVELOPE_REFUSAL, f -> {
                    KlineDto k = BybitFailures.result(read(f, new TypeReference<BybitResponse<KlineDto>>() { }));
                    // half the frames as an inverse contract (volume and turnover swapped), half with a minute open
                    boolean inverse = f.length() % 2 == 0;
                    long now = f.length() % 3 == 0 ? 1709891679000L + 60_000 : Long.MAX_VALUE;
                    BybitDecoder.klines("bybit", "BTC-USDT", k, inverse, now).forEach(DecoderFuzz::validKline);
                });
    }

    @Test
    void instruments() {
        DecoderFuzz.run("bybit rest instruments-info", rest("docs_instruments_info_spot.json",
                "instruments_info_spot_xchange.json", "docs_instruments_info_linear.json",
                "docs_instruments_info_linear_prelaunch.json", "instruments_info_linear_xchange.json",
                "docs_instruments_info_option.json"), ENVELOPE_REFUSAL,
                f -> BybitDecoder.instruments("bybit", BybitFailures.result(
                        read(f, new TypeReference<BybitResponse<InstrumentDto.Page>>() { })), Instant.EPOCH)
                        .forEach(DecoderFuzz::valid));
    }

    @Test
    void errorEnvelopes() {
        DecoderFuzz.run("bybit rest errors", rest("error_10001_not_supported_symbols.json", "error_10032_xchange.json"),
                ENVELOPE_REFUSAL, f -> BybitFailures.result(read(f, new TypeReference<BybitResponse<Object>>() { })));
    }

    /** A few of the frames the fuzzer found, kept as plain regressions. */
    @Test
    void framesTheFuzzerFound() {
        BybitStreamDecoder decoder = new BybitStreamDecoder();
        List<io.minutebars.core.engine.Trade> out = new ArrayList<>();
        // JSON null: was a NullPointerException
        org.junit.jupiter.api.Assertions.assertThrows(io.minutebars.core.stream.DecodeException.class,
                () -> decoder.decode("null", out::add));
        // two rows, the second with a negative price: the first had been emitted before the frame was refused
        String one = "{\"T\":1672304486865,\"s\":\"BTCUSDT\",\"S\":\"Buy\",\"v\":\"0.001\",\"p\":\"16578.50\",\"i\":\"a\"}";
        String frame = "{\"topic\":\"publicTrade.BTCUSDT\",\"data\":[" + one + "," + one.replace("16578.50", "-1")
                .replace("\"a\"", "\"b\"") + "]}";
        org.junit.jupiter.api.Assertions.assertThrows(io.minutebars.core.stream.DecodeException.class,
                () -> decoder.decode(frame, out::add));
        assertTrue(out.isEmpty(), "nothing of a refused frame is emitted");
        // a recent-trade time that is not a number: was a NumberFormatException
        var page = read("{\"retCode\":0,\"result\":{\"list\":[{\"execId\":\"1\",\"symbol\":\"BTCUSDT\","
                + "\"price\":\"1\",\"size\":\"1\",\"side\":\"Buy\",\"time\":\"soon\"}]}}",
                new TypeReference<BybitResponse<RecentTradeDto.Page>>() { });
        org.junit.jupiter.api.Assertions.assertThrows(io.minutebars.core.stream.DecodeException.class,
                () -> BybitDecoder.trades(BybitFailures.result(page)));
        // a kline field that is not a decimal: was a NumberFormatException
        var kline = read("{\"retCode\":0,\"result\":{\"symbol\":\"BTCUSDT\",\"list\":[[\"1709891640000\",\"1\","
                + "\"1\",\"1\",\"1\",\"BTCUSDT\",\"1\"]]}}", new TypeReference<BybitResponse<KlineDto>>() { });
        org.junit.jupiter.api.Assertions.assertThrows(io.minutebars.core.stream.DecodeException.class,
                () -> BybitDecoder.klines("bybit", "BTC-USDT", BybitFailures.result(kline), false, Long.MAX_VALUE));
    }

    /** Fresh trades of a market the storm never touches. */
    static List<String> freshFrames() {
        List<String> out = new ArrayList<>();
        for (int k = 1; k <= 20; k++) {
            out.add(WS.get(0).replace("BTCUSDT", "FUZZUSDT").replace("20f43950-d8dd-5b31-9112-a178eb6023af", "fresh-" + k)
                    .replace("\"T\": " + TRADE_TIME, "\"T\": " + (TRADE_TIME + k)));
        }
        return out;
    }

    @Test
    void everyRefusedFrameIsOneIngestErrorAndTheStreamGoesOn() {
        ListenerHarness h = new ListenerHarness("bybit", new BybitStream()::decode,
                Map.of("BTCUSDT", "BTC-USDT", "FUZZUSDT", "FUZZ-USDT"), TRADE_TIME + 60_000);
        ListenerHarness.Storm s = h.storm(WS, freshFrames(), true);
        assertEquals(s.refused(), s.errors());
    }
}
