package io.minutebars.nomics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import io.minutebars.core.engine.Trade;
import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.BarStatus;
import io.minutebars.model.Json;
import io.minutebars.nomics.client.NomicsFailures;
import io.minutebars.nomics.decoder.NomicsCsvDecoder;
import io.minutebars.nomics.decoder.NomicsDecoder;
import io.minutebars.nomics.dto.NomicsCandleDto;
import io.minutebars.nomics.dto.NomicsTickerDto;
import io.minutebars.nomics.dto.NomicsTradeDto;
import java.io.StringReader;
import java.util.ArrayList;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No Nomics payload was ever recorded (fixtures/nomics/README.md): these use the shapes
 * fixtures/API-NOTES.md section 4 quotes from the documentation and its wrappers.
 */
class NomicsDecoderTest {
    /** The candle response quoted in API-NOTES section 4 (TaylorFacen/nomics-python). */
    static final String DOCUMENTED_CANDLES = "[{\"timestamp\":\"2018-03-19T10:00:00Z\",\"low\":\"7024.32225\","
            + "\"open\":\"8276.19407\",\"close\":\"8281.17307\",\"high\":\"8566.43000\",\"volume\":\"59624801\"}]";

    @Test
    void candlesAreFilledBarsWithoutInventedFields() throws Exception {
        List<NomicsCandleDto> rows = Json.mapper().readValue(DOCUMENTED_CANDLES, new TypeReference<>() { });
        List<Bar> bars = NomicsDecoder.candles("nomics", "BTC-USD", "BTCUSD", rows, Long.MAX_VALUE, BarSource.KLINES);
        Bar b = bars.get(0);
        assertEquals(Instant.parse("2018-03-19T10:00:00Z"), b.openTime(), "the timestamp opens the candle");
        assertEquals(new BigDecimal("8276.19407"), b.open());
        assertEquals(new BigDecimal("8566.43"), b.high());
        assertEquals(new BigDecimal("59624801"), b.volume());
        assertEquals(BarStatus.FILLED, b.status());
        assertNull(b.trades(), "candles carry no trade count");
        assertNull(b.quoteVolume(), "nor quote volume");
        assertNull(b.takerBuyVolume());
        long openPlusMinute = Instant.parse("2018-03-19T10:01:00Z").toEpochMilli();
        assertTrue(NomicsDecoder.candles("nomics", "BTC-USD", "BTCUSD", rows, openPlusMinute - 1, BarSource.KLINES).isEmpty(),
                "a minute still open is not published");
    }

    @Test
    void tradesOfTheIntegrationSpecShape() {
        Trade t = NomicsDecoder.trade("BTCUSDT", new NomicsTradeDto("1042", "2018-03-19T10:00:00.250Z",
                new BigDecimal("8276.5"), new BigDecimal("0.25"), "77", "market", "sell"));
        assertEquals(1042, t.seq(), "numeric ids are the cursor's sequence");
        assertEquals("1042", t.idText());
        assertTrue(t.takerSell());
        assertEquals(-1, NomicsDecoder.trade("X", new NomicsTradeDto("a-b", "2018-03-19T10:00:00Z", BigDecimal.ONE,
                BigDecimal.ONE, null, null, "buy")).seq());
        assertThrows(IllegalArgumentException.class, () -> NomicsDecoder.trade("X",
                new NomicsTradeDto("1", "yesterday", BigDecimal.ONE, BigDecimal.ONE, null, null, "buy")));
    }

    @Test
    void catalogPairsTickerCurrenciesWithQuotes() {
        var cat = NomicsDecoder.instruments("nomics", List.of(new NomicsTickerDto("BTC", "BTC", "BTC", "Bitcoin", "active", "1",
                null), new NomicsTickerDto("LUNA", "LUNA", "LUNA", "Terra", "dead", "0", null)), List.of("USDT", "USD"),
                "{base}-{quote}", Instant.EPOCH);
        assertEquals(List.of("BTC-USDT", "BTC-USD", "LUNA-USDT", "LUNA-USD"),
                cat.stream().map(i -> i.symbol()).toList());
        assertEquals("BTC-USDT", cat.get(0).nativeSymbol(), "spelled by nomics.market-format");
        assertFalse(cat.get(2).trading(), "status dead");
    }

    @Test
    void csvExportsOfCandlesAndTrades() {
        List<NomicsCandleDto> candles = new ArrayList<>();
        List<NomicsTradeDto> trades = new ArrayList<>();
        NomicsCsvDecoder.Rows rows = new NomicsCsvDecoder.Rows() {
            public void candle(long line, NomicsCandleDto c) { candles.add(c); }
            public void trade(long line, NomicsTradeDto t) { trades.add(t); }
        };
        assertEquals(1, NomicsCsvDecoder.read(new StringReader(
                "timestamp,open,high,low,close,volume\n2024-03-01T12:00:00Z,1,2,0.5,1.5,10\n"), rows));
        assertEquals(new BigDecimal("1.5"), candles.get(0).close());
        NomicsCsvDecoder.read(new StringReader("side,amount,price,timestamp,id\nbuy,1,100,2024-03-01T12:00:01Z,7\n"), rows);
        assertEquals("7", trades.get(0).id(), "columns in any order, decided by the header");
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> NomicsCsvDecoder.read(
                new StringReader("id,timestamp,price,amount\n1,2024-03-01T12:00:00Z,abc-secret,1\n"), rows));
        assertTrue(bad.getMessage().contains("line 2") && bad.getMessage().contains("price"), bad.getMessage());
        assertFalse(bad.getMessage().contains("abc-secret"), "no file content in the message: " + bad.getMessage());
        IllegalArgumentException header = assertThrows(IllegalArgumentException.class,
                () -> NomicsCsvDecoder.read(new StringReader("root:x:0:0,b\n1,2\n"), rows));
        assertFalse(header.getMessage().contains("root"), header.getMessage());
        IllegalArgumentException huge = assertThrows(IllegalArgumentException.class, () -> NomicsCsvDecoder.read(
                new StringReader("id,timestamp,price,amount\n1,2024-03-01T12:00:00Z,1e999999999,1\n"), rows));
        assertTrue(huge.getMessage().contains("exponent"), huge.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NomicsCsvDecoder.read(
                new StringReader("id,timestamp,price,amount\n1,2024-03-01T12:00:00Z," + "9".repeat(10_000) + ",1\n"), rows));
    }

    @Test
    void theApiKeyNeverSurvivesAnErrorMessage() {
        String scrubbed = NomicsFailures.scrub("GET http://h/v1/trades?key=s3cr3t&market=BTCUSDT failed");
        assertFalse(scrubbed.contains("s3cr3t"), scrubbed);
        assertTrue(scrubbed.contains("key=***&market=BTCUSDT"), scrubbed);
    }
}
