package io.minutebars.binance;

import io.minutebars.core.testing.Fixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minutebars.binance.decoder.BinanceStreamDecoder;
import io.minutebars.core.engine.Trade;
import io.minutebars.core.stream.DecodeException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BinanceStreamDecoderTest {
    final BinanceStreamDecoder decoder = new BinanceStreamDecoder();

    List<Trade> decode(String frame) {
        List<Trade> out = new ArrayList<>();
        decoder.decode(frame, out::add);
        return out;
    }

    @Test
    void combinedAggTradeFrame() {
        List<Trade> t = decode(Fixtures.read("binance/ws/aggTrade_combined_ETHUSDT.json"));
        assertEquals(1, t.size());
        Trade trade = t.get(0);
        assertEquals("ETHUSDT", trade.market());
        assertEquals(226532L, trade.seq());
        assertEquals("226532", trade.idText());
        assertEquals(new BigDecimal("1632.46000000"), trade.price());
        assertEquals(new BigDecimal("0.34305000"), trade.qty());
        assertEquals(1675759520847L, trade.time(), "trade time T, not event time E");
        assertEquals(1L, trade.count(), "l - f + 1");
        assertFalse(trade.takerSell(), "m = false: the taker bought");
    }

    @Test
    void combinedRawTradeFrameWithItsRemovedOrderIds() {
        List<Trade> t = decode(Fixtures.read("binance/ws/trade_combined_ETHUSDT.json"));
        assertEquals(1, t.size());
        assertEquals(705291099L, t.get(0).seq());
        assertEquals(1639351062243L, t.get(0).time());
        assertTrue(t.get(0).takerSell(), "m = true: the buyer was the maker, the taker sold");
        assertEquals(new BigDecimal("4149.74000000"), t.get(0).price());
    }

    @Test
    void rawEventWithoutEnvelopeAndMultiTradeAggregate() {
        // the data object of the fixture, unwrapped (the /ws/<stream> form), with f..l spanning 3 trades
        String data = Fixtures.read("binance/ws/aggTrade_combined_ETHUSDT.json");
        String raw = data.substring(data.indexOf("\"data\":") + 7, data.lastIndexOf('}')).trim()
                .replace("\"l\":228423", "\"l\":228425");
        List<Trade> t = decode(raw);
        assertEquals(3L, t.get(0).count());
    }

    @Test
    void controlRepliesAndShutdownNoticesYieldNothing() {
        assertTrue(decode("{\"result\":null,\"id\":1}").isEmpty());
        assertTrue(decode("{\"stream\":\"!serverShutdown\",\"data\":{\"e\":\"serverShutdown\",\"E\":1}}").isEmpty());
    }

    @Test
    void errorsAndMalformedFramesAreRefusedWithTheirPayload() {
        DecodeException err = assertThrows(DecodeException.class,
                () -> decode("{\"code\":2,\"msg\":\"Invalid request: unknown stream\"}"));
        assertTrue(err.getMessage().contains("Invalid request"));
        assertThrows(DecodeException.class, () -> decode("{\"stream\":\"x\",\"data\":{\"e\":\"aggTrade\""));
        assertThrows(DecodeException.class, () -> decode("[1,2]"));
        String noPrice = Fixtures.read("binance/ws/aggTrade_combined_ETHUSDT.json").replace("\"p\":\"1632.46000000\",", "");
        DecodeException missing = assertThrows(DecodeException.class, () -> decode(noPrice));
        assertEquals(noPrice, missing.payload());
    }
}
