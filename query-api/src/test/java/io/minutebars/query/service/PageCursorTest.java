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

    @Test
    void roundTrips() {
        PageCursor c = new PageCursor("binance", "BTC-USDT", Interval.M15, 1704127200000L, 1704153600000L, 250);
        String encoded = c.encode();
        assertTrue(encoded.matches("[A-Za-z0-9_-]+"), "url-safe without padding: " + encoded);
        assertEquals(c, PageCursor.decode(encoded));
    }

    @Test
    void rejectsWhatItDidNotIssue() {
        for (String bad : new String[] {"", "not base64!", enc("v2|binance|BTC-USDT|1m|1|2|3"),
                enc("v1|binance|BTC-USDT|1m|1|2"), enc("v1|Binance|BTC-USDT|1m|1|2|3"),
                enc("v1|binance|BTCUSDT|1m|1|2|3"), enc("v1|binance|BTC-USDT|2m|1|2|3"),
                enc("v1|binance|BTC-USDT|1m|x|2|3"), enc("v1|binance|BTC-USDT|1m|1|2|99999999999")}) {
            QueryProblemException e = assertThrows(QueryProblemException.class, () -> PageCursor.decode(bad), bad);
            assertEquals(400, e.status());
            assertEquals("cursor", e.parameter());
        }
    }

    private static String enc(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.US_ASCII));
    }
}
