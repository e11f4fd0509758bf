package io.minutebars.core.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.minutebars.core.engine.Trade;
import io.minutebars.core.stream.DecodeException;
import io.minutebars.core.testing.Fixtures;
import io.minutebars.model.IngestError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * "Each refused frame becomes exactly one ingest error, and the service keeps running": frames mutated from the
 * recorded Binance aggTrade payload go through {@code StreamListener.onText} with an adapter-like decoder in front
 * of a real feed and engine. The decoder here is a naive one on purpose (it throws NullPointerException,
 * NumberFormatException and emits trades with defects on bad input): whatever a decoder does, the listener must
 * turn each refused frame into one DECODE error and keep delivering the frames that follow. The exchange services'
 * fuzz tests run the same storm through their real decoders.
 */
class StreamListenerFuzzTest {
    static final String FIXTURE = "binance/ws/aggTrade_combined_ETHUSDT.json";
    static final long FIXTURE_TIME = 1675759520847L;
    static final ObjectMapper MAPPER = new ObjectMapper();

    /** Reads a combined aggTrade frame without any validation. */
    static void naive(String frame, Consumer<Trade> out) {
        JsonNode n;
        try {
            n = MAPPER.readTree(frame);
        } catch (java.io.IOException e) {
            throw new DecodeException("malformed frame", frame, e);
        }
        JsonNode d = n.has("data") ? n.get("data") : n;
        if (!"aggTrade".equals(d.path("e").asText())) {
            return;
        }
        out.accept(new Trade(d.get("s").asText(), d.get("T").longValue(), d.get("a").longValue(), null,
                new BigDecimal(d.get("p").asText()), new BigDecimal(d.get("q").asText()),
                d.get("l").longValue() - d.get("f").longValue() + 1, d.get("m").asBoolean()));
    }

    /** The naive decoder made to keep the contract: defects and surprises become DecodeExceptions. */
    static void checked(String frame, Consumer<Trade> out) {
        List<Trade> trades = new ArrayList<>(1);
        try {
            naive(frame, trades::add);
        } catch (DecodeException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new DecodeException("unreadable aggTrade: " + e.getClass().getSimpleName(), frame);
        }
        for (Trade t : trades) {
            if (t.defect() != null) {
                throw new DecodeException(t.defect(), frame);
            }
        }
        trades.forEach(out);
    }

    /** Fresh trades of a market the storm never touches, each of which must reach the engine. */
    static List<String> freshFrames() {
        String f = Fixtures.read(FIXTURE);
        List<String> out = new ArrayList<>();
        for (int k = 1; k <= 20; k++) {
            out.add(f.replace("ETHUSDT", "FUZZUSDT").replace("ethusdt", "fuzzusdt")
                    .replace("\"a\":226532", "\"a\":" + (900_000_000L + k))
                    .replace("\"T\":" + FIXTURE_TIME, "\"T\":" + (FIXTURE_TIME + k)));
        }
        return out;
    }

    ListenerHarness harness(java.util.function.BiConsumer<String, Consumer<Trade>> decoder) {
        return new ListenerHarness("binance", decoder, Map.of("ETHUSDT", "ETH-USDT", "FUZZUSDT", "FUZZ-USDT"),
                FIXTURE_TIME + 60_000);
    }

    @Test
    void everyRefusedFrameOfANaiveDecoderIsOneErrorAndLaterFramesStillArrive() {
        ListenerHarness h = harness(StreamListenerFuzzTest::naive);
        ListenerHarness.Storm s = h.storm(List.of(Fixtures.read(FIXTURE)), freshFrames(), false);
        assertTrue(s.refused() > s.frames() / 2, "most mutated frames are refused: " + s);
        assertTrue(s.decoded() > 0, "some mutated frames still decode: " + s);
        assertEquals(s.refused(), s.errors());
        assertTrue(h.errors().stream().allMatch(e -> e.kind() != IngestError.Kind.DECODE
                || (e.detail() == null || e.detail().length() <= IngestError.MAX_DETAIL)), "payload excerpts are bounded");
    }

    @Test
    void aCheckedDecoderNeverHandsTheListenerADefect() {
        ListenerHarness h = harness(StreamListenerFuzzTest::checked);
        ListenerHarness.Storm s = h.storm(List.of(Fixtures.read(FIXTURE)), freshFrames(), true);
        assertEquals(s.refused(), s.errors());
    }
}
