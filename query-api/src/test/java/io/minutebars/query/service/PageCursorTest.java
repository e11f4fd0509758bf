package io.minutebars.query.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minutebars.model.Interval;
import io.minutebars.query.problem.QueryProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PageCursorTest {
    static final CursorCodec CODEC = new CursorCodec("unit-test-cursor-secret-0123456789abcdef");
    static final CursorCodec FOREIGN = new CursorCodec("another-instance-secret-0123456789abcdef");

    @Test
    void roundTrips() {
        PageCursor c = PageCursor.bars("binance", "BTC-USDT", Interval.M15, 1704127200000L, 1704153600000L, 250);
        String encoded = c.encode(CODEC);
        assertTrue(encoded.matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{43}"), "url-safe, signed: " + encoded);
        assertEquals(c, PageCursor.decode(encoded, "bars", CODEC));
    }

    @Test
    void rejectsWhatItDidNotIssue() {
        String good = PageCursor.bars("binance", "BTC-USDT", Interval.M1, 1, 2, 3).encode(CODEC);
        String payload = good.substring(0, good.indexOf('.'));
        String forged = enc("s2|bars|1|9223372036854775807|3|exchange=binance") + good.substring(good.indexOf('.'));
        for (String bad : new String[] {"", "not base64!", payload, enc("s2|bars|1|2|3|exchange=binance"), forged,
                good.substring(0, good.length() - 1), good.substring(0, good.length() - 2), good + "A", "." + good,
                PageCursor.bars("binance", "BTC-USDT", Interval.M1, 1, 2, 3).encode(FOREIGN),
                FOREIGN.encode("s2", "stats", "1", "2", "3", ""), "a".repeat(2000) + "." + "b".repeat(43),
                CODEC.encode("v2", "binance", "BTC-USDT", "1m", "1", "2", "3"),
                CODEC.encode("s2", "stats", "1", "2", "3", "exchange=binance"),
                CODEC.encode("s2", "bars", "1", "2", "3"),
                CODEC.encode("s2", "bars", "1", "2", "3", "exchange=$gt"),
                CODEC.encode("s2", "bars", "1", "2", "3", "exchange"),
                CODEC.encode("s2", "bars", "x", "2", "3", ""),
                CODEC.encode("s2", "bars", "1", "2", "99999999999", "")}) {
            QueryProblemException e = assertThrows(QueryProblemException.class, () -> PageCursor.decode(bad, "bars", CODEC),
                    bad);
            assertEquals(400, e.status());
            assertEquals("cursor", e.parameter());
            assertTrue(e.getMessage().length() < 400, e.getMessage());
        }
    }

    @Test
    void aSecretTooShortToResistGuessingIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CursorCodec("short"));
        assertThrows(IllegalArgumentException.class, () -> new CursorCodec(null));
    }

    private static String enc(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.US_ASCII));
    }
}
