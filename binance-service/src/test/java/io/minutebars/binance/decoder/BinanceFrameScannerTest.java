package io.minutebars.binance.decoder;

import io.minutebars.core.testing.Fixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.minutebars.core.engine.Trade;
import io.minutebars.core.stream.DecodeException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The byte scanner must read exactly what the full Jackson decoder reads, or step aside. */
class BinanceFrameScannerTest {
    final BinanceStreamDecoder decoder = new BinanceStreamDecoder();

    List<Trade> full(String frame) {
        List<Trade> out = new ArrayList<>();
        decoder.decodeFully(frame, out::add);
        return out;
    }

    @Test
    void readsTheFixtureFramesExactlyAsJacksonDoes() {
        for (String f : List.of("binance/ws/aggTrade_combined_ETHUSDT.json", "binance/ws/trade_combined_ETHUSDT.json")) {
            String frame = Fixtures.read(f);
            Trade scanned = new BinanceFrameScanner().scan(frame);
            assertNotNull(scanned, f);
            assertEquals(full(frame), List.of(scanned), f);
        }
    }

    @Test
    void compactRawFramesAndOddDecimalsAgree() {
        String compact = Fixtures.read("binance/ws/aggTrade_combined_ETHUSDT.json").replaceAll("\\s+", "");
        String raw = compact.substring(compact.indexOf("\"data\":") + 7, compact.length() - 1);
        String longQty = compact.replace("\"0.34305000\"", "\"12345678901234567890.123456789\"");
        for (String frame : List.of(compact, raw, longQty)) {
            Trade scanned = new BinanceFrameScanner().scan(frame);
            assertNotNull(scanned, frame);
            assertEquals(full(frame), List.of(scanned), frame);
        }
        assertEquals(new BigDecimal("12345678901234567890.123456789"), new BinanceFrameScanner().scan(longQty).qty());
        // a negative price is no trade: both refuse it (the stream listener refused it before; now the decoder does)
        String negative = compact.replace("\"1632.46000000\"", "\"-1632.46\"");
        assertNull(new BinanceFrameScanner().scan(negative));
        assertThrows(DecodeException.class, () -> full(negative));
    }

    @Test
    void stepsAsideForWhatItDoesNotRead() {
        BinanceFrameScanner scanner = new BinanceFrameScanner();
        String frame = Fixtures.read("binance/ws/aggTrade_combined_ETHUSDT.json");
        assertNull(scanner.scan("{\"result\":null,\"id\":1}"));
        assertNull(scanner.scan("{\"code\":2,\"msg\":\"Invalid request\"}"));
        assertNull(scanner.scan("{\"stream\":\"!serverShutdown\",\"data\":{\"e\":\"serverShutdown\",\"E\":1}}"));
        assertNull(scanner.scan(frame.replace("\"p\":\"1632.46000000\",", "")), "missing price");
        assertNull(scanner.scan(frame.replace("\"ETHUSDT\"", "\"ETH\\u0055SDT\"")), "escapes go to Jackson");
        assertNull(scanner.scan(frame.replace("\"st\":1", "\"st\":{\"x\":1}")), "nested values go to Jackson");
        assertNull(scanner.scan(frame.replace("\"T\":1675759520847", "\"T\":1.6e12")), "non-integer numbers");
        assertNull(scanner.scan(frame.replace("\"m\":false", "\"m\":fals")), "broken literals");
        assertNull(scanner.scan("[1,2]"));
    }
}
