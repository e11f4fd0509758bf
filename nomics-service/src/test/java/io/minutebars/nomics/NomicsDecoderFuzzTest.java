package io.minutebars.nomics;

import static io.minutebars.core.testing.DecoderFuzz.REST_REFUSAL;
import static io.minutebars.core.testing.DecoderFuzz.read;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import io.minutebars.core.testing.DecoderFuzz;
import io.minutebars.nomics.capability.NomicsCandles;
import io.minutebars.nomics.capability.NomicsTrades;
import io.minutebars.nomics.decoder.NomicsDecoder;
import io.minutebars.nomics.dto.NomicsCandleDto;
import io.minutebars.nomics.dto.NomicsTickerDto;
import io.minutebars.nomics.dto.NomicsTradeDto;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the Nomics REST decoders (a Nomics source has no stream, and the CSV import is tested elsewhere). No Nomics
 * payload was ever recorded (fixtures/nomics/README.md), so the frames are mutated from the documented shapes
 * {@link NomicsDecoderTest} uses (fixtures/API-NOTES.md section 4); {@code -Dfuzz.seed} and {@code -Dfuzz.frames}
 * rerun them. The answers go through the mappings the capabilities apply to them ({@link NomicsCandles#candles},
 * {@link NomicsTrades#trades}) and the catalog mapping.
 * The contract, per frame: valid bars (the aggregator's rules), trades ({@code Trade.defect()} null) and instruments,
 * or the answer refused ({@link DecoderFuzz#REST_REFUSAL}: unreadable, a {@code DecodeException}, or
 * NomicsDecoder's plain IllegalArgumentException for a value it cannot read); {@code GuardedCalls} records each
 * failure as one ingest error and retries. Nothing else escapes, and every frame is handled within
 * {@link DecoderFuzz#FRAME_LIMIT_MS} ms.
 */
class NomicsDecoderFuzzTest {
    /** The integration specification's trade shape (strings), as NomicsDecoderTest builds it. */
    static final String DOCUMENTED_TRADES = "[{\"id\":\"1042\",\"timestamp\":\"2018-03-19T10:00:00.250Z\",\"price\":\"8276.5\","
            + "\"amount\":\"0.25\",\"order\":\"77\",\"type\":\"market\",\"side\":\"sell\"},{\"id\":\"a-b\","
            + "\"timestamp\":\"2018-03-19T10:00:00Z\",\"price\":\"1\",\"amount\":\"1\",\"side\":\"buy\"}]";
    /** The ticker shape NomicsDecoderTest builds (numbers as strings). */
    static final String DOCUMENTED_TICKER = "[{\"id\":\"BTC\",\"currency\":\"BTC\",\"symbol\":\"BTC\",\"name\":\"Bitcoin\","
            + "\"status\":\"active\",\"price\":\"1\"},{\"id\":\"LUNA\",\"currency\":\"LUNA\",\"symbol\":\"LUNA\","
            + "\"name\":\"Terra\",\"status\":\"dead\",\"price\":\"0\"}]";
    static final long CANDLE = Instant.parse("2018-03-19T10:00:00Z").toEpochMilli();

    @Test
    void candles() {
        var r = DecoderFuzz.run("nomics rest exchange-candles", List.of(NomicsDecoderTest.DOCUMENTED_CANDLES), REST_REFUSAL,
                f -> NomicsCandles.candles("nomics", "BTC-USD", "BTCUSD", read(f, new TypeReference<List<NomicsCandleDto>>() { }),
                        CANDLE + 1440 * 60_000L).forEach(DecoderFuzz::valid));
        assertTrue(r.decoded() > 0 && r.refused() > 0, r.toString());
    }

    @Test
    void trades() {
        DecoderFuzz.run("nomics rest trades", List.of(DOCUMENTED_TRADES), REST_REFUSAL,
                f -> NomicsTrades.trades("BTCUSDT", read(f, new TypeReference<List<NomicsTradeDto>>() { }))
                        .forEach(DecoderFuzz::valid));
    }

    /** A few of the answers the fuzzer found, kept as plain regressions. */
    @Test
    void answersTheFuzzerFound() {
        // year +1000000000 parses as an Instant whose epoch milliseconds overflow: was an ArithmeticException
        assertThrows(IllegalArgumentException.class, () -> NomicsDecoder.time("+1000000000-01-01T00:00:00Z"));
        // an empty id is all digits: Long.parseLong("") threw NumberFormatException
        assertThrows(IllegalArgumentException.class, () -> NomicsDecoder.trade("X", new NomicsTradeDto("",
                "2018-03-19T10:00:00Z", java.math.BigDecimal.ONE, java.math.BigDecimal.ONE, null, null, "buy")));
        // a currency without id or code: was a NullPointerException; a code no canonical symbol can carry is left out
        assertTrue(NomicsDecoder.instruments("nomics", java.util.Arrays.asList(null,
                new NomicsTickerDto(null, null, "X", "x", "active", "1", null),
                new NomicsTickerDto("BTC/X", null, "X", "x", "active", "1", null)), List.of("USDT"), "{base}{quote}",
                Instant.EPOCH).isEmpty());
        String message = assertThrows(IllegalArgumentException.class, () -> NomicsDecoder.time("9".repeat(100_000)))
                .getMessage();
        assertTrue(message.length() < 300, "the time is quoted, not echoed");
    }

    @Test
    void ticker() {
        DecoderFuzz.run("nomics rest currencies/ticker", List.of(DOCUMENTED_TICKER), REST_REFUSAL, f -> {
            List<NomicsTickerDto> rows = read(f, new TypeReference<>() { });
            NomicsDecoder.instruments("nomics", rows, List.of("USDT", "USD"), "{base}{quote}", Instant.EPOCH)
                    .forEach(DecoderFuzz::valid);
        });
    }
}
