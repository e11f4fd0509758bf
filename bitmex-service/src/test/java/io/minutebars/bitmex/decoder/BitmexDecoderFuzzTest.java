package io.minutebars.bitmex.decoder;

import static io.minutebars.core.testing.DecoderFuzz.REST_REFUSAL;
import static io.minutebars.core.testing.DecoderFuzz.STREAM_REFUSAL;
import static io.minutebars.core.testing.DecoderFuzz.read;
import static io.minutebars.core.testing.DecoderFuzz.stream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import io.minutebars.bitmex.capability.BitmexStream;
import io.minutebars.bitmex.capability.BitmexTrades;
import io.minutebars.bitmex.client.BitmexFailures;
import io.minutebars.bitmex.client.BitmexRestClient;
import io.minutebars.bitmex.dto.BitmexInstrumentDto;
import io.minutebars.bitmex.dto.BitmexTradeDto;
import io.minutebars.core.runtime.ListenerHarness;
import io.minutebars.core.testing.DecoderFuzz;
import io.minutebars.core.testing.Fixtures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes every BitMEX decoder with frames mutated from the recorded payloads (fixtures/bitmex; mutations in
 * {@link io.minutebars.core.testing.FrameMutator}, {@code -Dfuzz.seed} and {@code -Dfuzz.frames} to rerun). The
 * contract, per frame:
 * <ul>
 * <li>WebSocket ({@link BitmexStreamDecoder}, every frame the 2021 recording received and the single-row samples):
 * every trade emitted is valid ({@code Trade.defect()} is null), or the whole frame is refused with a
 * {@code DecodeException} before anything is emitted; nothing else is thrown.</li>
 * <li>REST: the answer is read by the client's mapper and {@link BitmexDecoder} returns valid trades and instruments
 * or refuses it ({@link DecoderFuzz#REST_REFUSAL}); the trade history's paging over the same rows
 * ({@code BitmexTrades.tradesFromTime}, with a stand-in client answering the mutated rows) keeps the same contract.
 * {@code GuardedCalls} records each failure as one ingest error and retries; nothing else may escape. Error bodies
 * ({@link BitmexFailures#errorMessage}) give a short message and never throw.</li>
 * </ul>
 * Every frame is handled within {@link DecoderFuzz#FRAME_LIMIT_MS} ms. The listener storm sends the mutated
 * WebSocket frames through {@code StreamListener.onText} with the real stream protocol: each refused frame is exactly one
 * DECODE error, and valid frames after the storm still reach the engine.
 */
class BitmexDecoderFuzzTest {
    static final Set<String> PERPETUALS = Set.of("FFWCSX");
    static final String CLOCK = "2021-07-22T22:37:00Z";

    /** The frames the 2021 recording received (lines "ts: frame"; sent lines hold " <- "), and the row samples. */
    static List<String> ws() {
        List<String> frames = new ArrayList<>();
        for (String line : Fixtures.read("bitmex/ws/recording_trade_2021-07-22.log").split("\n")) {
            int at = line.indexOf(": ");
            if (at > 0 && !line.contains(" <- ") && !line.contains(" <-> ")) {
                frames.add(line.substring(at + 2));
            }
        }
        frames.add(Fixtures.read("bitmex/ws/nautilus_ws_trade.json"));
        frames.add(Fixtures.read("bitmex/ws/nautilus_ws_trade_bin_1m.json"));
        return frames;
    }

    static List<String> rest(String... names) {
        return Arrays.stream(names).map(n -> Fixtures.read("bitmex/rest/" + n)).toList();
    }

    static final TypeReference<List<BitmexTradeDto>> TRADES = new TypeReference<>() { };

    @Test
    void webSocketFrames() {
        BitmexStreamDecoder decoder = new BitmexStreamDecoder();
        var r = DecoderFuzz.run("bitmex ws", ws(), STREAM_REFUSAL, stream(decoder::decode));
        assertTrue(r.decoded() > 0 && r.refused() > 0, r.toString());
    }

    @Test
    void restTrades() {
        DecoderFuzz.run("bitmex rest trade", rest("nautilus_http_get_trades.json", "trade_indices_2017_xchange.json"),
                REST_REFUSAL, f -> BitmexDecoder.trades(read(f, TRADES)).forEach(DecoderFuzz::valid));
    }

    /**
     * A client answering one page of rows, then nothing (a proxy: a test class implementing the REST client interface
     * would become a second client bean in the service's @QuarkusTest).
     */
    static BitmexRestClient onePage(List<BitmexTradeDto> rows) {
        boolean[] answered = {false};
        return (BitmexRestClient) java.lang.reflect.Proxy.newProxyInstance(BitmexRestClient.class.getClassLoader(),
                new Class<?>[] {BitmexRestClient.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "trades" -> {
                        List<BitmexTradeDto> page = answered[0] ? List.of() : rows;
                        answered[0] = true;
                        yield page;
                    }
                    case "activeInstruments" -> List.of();
                    case "toString" -> "one page";
                    default -> null;
                });
    }

    @Test
    void restTradesPagedByTheAdapter() throws Exception {
        BitmexTrades adapter = new BitmexTrades();
        var client = BitmexTrades.class.getDeclaredField("client");
        client.setAccessible(true);
        DecoderFuzz.run("bitmex rest trade (adapter paging)", rest("nautilus_http_get_trades.json",
                "trade_indices_2017_xchange.json"), REST_REFUSAL, f -> {
                    List<BitmexTradeDto> rows = read(f, TRADES);
                    client.set(adapter, onePage(rows));
                    // a page as long as the rows, so that a page of one millisecond asks for the rest of it
                    adapter.tradesFromTime("XBTUSD", 0, rows == null ? 1 : Math.max(1, rows.size()))
                            .forEach(DecoderFuzz::valid);
                });
    }

    @Test
    void instruments() {
        DecoderFuzz.run("bitmex rest instrument/active", rest("instrument_active_2021-07-22_trimmed.json",
                "instrument_active_xchange.json"), REST_REFUSAL, f -> {
                    List<BitmexInstrumentDto> rows = read(f, new TypeReference<>() { });
                    BitmexDecoder.instruments("bitmex", rows, PERPETUALS, Instant.EPOCH).forEach(DecoderFuzz::valid);
                    BitmexDecoder.instruments("bitmex", rows, Set.of("FFWCSX", "FFCCSX", "IFXXXP"), Instant.EPOCH)
                            .forEach(DecoderFuzz::valid);
                });
    }

    @Test
    void errorBodies() {
        DecoderFuzz.run("bitmex rest errors", rest("nautilus_http_error_response.json"), e -> false, f -> {
            String message = BitmexFailures.errorMessage(f, 400);
            if (message == null || message.length() > DecoderFuzz.MAX_MESSAGE) {
                throw new DecoderFuzz.ContractViolation("error message " + (message == null ? "null"
                        : "of " + message.length() + " characters"));
            }
        });
    }

    /** A few of the frames the fuzzer found, kept as plain regressions. */
    @Test
    void framesTheFuzzerFound() throws Exception {
        BitmexStreamDecoder decoder = new BitmexStreamDecoder();
        String insert = ws().stream().filter(f -> f.contains("\"action\":\"insert\"") && f.contains("},{"))
                .findFirst().orElseThrow();
        List<io.minutebars.core.engine.Trade> out = new ArrayList<>();
        // year 1000000000 parses as an Instant whose epoch milliseconds overflow: was an ArithmeticException
        String farYear = insert.replaceFirst("\"timestamp\":\"[^\"]*\"", "\"timestamp\":\"+1000000000-01-01T00:00:00Z\"");
        org.junit.jupiter.api.Assertions.assertThrows(io.minutebars.core.stream.DecodeException.class,
                () -> decoder.decode(farYear, out::add));
        // the second row is bad: the first must not have been emitted already
        String secondBad = insert.substring(0, insert.lastIndexOf("\"foreignNotional\":")) + "\"foreignNotional\":-1}]}";
        org.junit.jupiter.api.Assertions.assertThrows(io.minutebars.core.stream.DecodeException.class,
                () -> decoder.decode(secondBad, out::add));
        assertTrue(out.isEmpty(), "nothing of a refused frame is emitted");
        // JSON null: was a NullPointerException
        org.junit.jupiter.api.Assertions.assertThrows(io.minutebars.core.stream.DecodeException.class,
                () -> decoder.decode("null", out::add));
        // an instrument without typ: Set.contains(null) threw NullPointerException
        List<BitmexInstrumentDto> rows = read("[{\"symbol\":\"XBTUSD\",\"underlying\":\"XBT\",\"quoteCurrency\":\"USD\"}]",
                new TypeReference<>() { });
        assertTrue(BitmexDecoder.instruments("bitmex", rows, PERPETUALS, Instant.EPOCH).isEmpty());
    }

    /** Fresh trades of a market the storm never touches. */
    static List<String> freshFrames() {
        String insert = ws().stream().filter(f -> f.startsWith("{\"table\":\"trade\",\"action\":\"insert\"")
                && f.contains("XBTUSD")).findFirst().orElseThrow();
        List<String> out = new ArrayList<>();
        for (int k = 10; k < 30; k++) {
            out.add(insert.replace("XBTUSD", "FUZZUSD").replace("6e70bebe", "fresh" + k).replace("132702bb", "again" + k)
                    .replace("2021-07-22T22:36:11.685Z", "2021-07-22T22:36:12.0" + k + "Z"));
        }
        return out;
    }

    @Test
    void everyRefusedFrameIsOneIngestErrorAndTheStreamGoesOn() {
        ListenerHarness h = new ListenerHarness("bitmex", new BitmexStream()::decode,
                Map.of("XBTUSD", "BTC-USD", "UNIUSDT", "UNI-USDT", "FUZZUSD", "FUZZ-USD"),
                Instant.parse(CLOCK).toEpochMilli());
        ListenerHarness.Storm s = h.storm(ws(), freshFrames(), true);
        assertEquals(s.refused(), s.errors());
    }
}
