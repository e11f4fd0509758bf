package io.minutebars.query.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minutebars.model.Interval;
import io.minutebars.query.problem.QueryProblemException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class BarsQueryParserTest {
    private static final long JAN1 = 1704067200000L;
    private static final long DAY = 86_400_000L;
    private static final long NOW = JAN1 + 10 * DAY;

    private final BarsQueryParser parser = new BarsQueryParser(limits(), PageCursorTest.CODEC);

    private static QueryLimits limits() {
        Map<Interval, Duration> spans = new EnumMap<>(Interval.class);
        for (Interval i : Interval.values()) {
            spans.put(i, i == Interval.M1 ? Duration.ofDays(31) : Duration.ofDays(400));
        }
        return new QueryLimits(1000, 10000, Duration.ofDays(1), spans);
    }

    private static BarsParams params(String start, String end, String limit) {
        return raw("binance", "BTC-USDT", null, start, end, limit, null);
    }

    /** The parameters as the resource layer's converters parse them (QueryParamConverters). */
    static BarsParams raw(String exchange, String symbol, String interval, String start, String end, String limit,
            String cursor) {
        return new BarsParams(exchange == null ? null : new ExchangeId(MarketParams.exchange(exchange)),
                symbol == null ? null : new MarketSymbol(MarketParams.symbol(symbol)),
                interval == null ? null : MarketParams.interval(interval),
                start == null ? null : Instant.ofEpochMilli(TimeParser.parse("start", start)),
                end == null ? null : Instant.ofEpochMilli(TimeParser.parse("end", end)),
                limit == null ? null : IntParams.integer("limit", limit, 1, 10000), cursor);
    }

    @Test
    void appliesDefaults() {
        BarsQuery q = parser.parse(params(null, null, null), NOW);
        assertEquals(new BarsQuery("binance", "BTC-USDT", Interval.M1, NOW - DAY, NOW, 1000), q);
        BarsQuery s = parser.parse(params("2024-01-01T00:00:00Z", null, "10"), NOW);
        assertEquals(new BarsQuery("binance", "BTC-USDT", Interval.M1, JAN1, NOW, 10), s);
    }

    @Test
    void normalisesCaseOfExchangeAndSymbol() {
        BarsQuery q = parser.parse(raw("Binance", "btc-usdt", "1h", "2024-01-01", "2024-01-02", null,
                null), NOW);
        assertEquals(new BarsQuery("binance", "BTC-USDT", Interval.H1, JAN1, JAN1 + DAY, 1000), q);
    }

    @Test
    void rejectsBadInputNamingTheParameter() {
        assertParam("start", () -> params("2024-01-02", "2024-01-01", null));
        assertParam("start", () -> params("2024-01-01", "2024-01-01", null));
        assertParam("limit", () -> params(null, null, "0"));
        assertParam("limit", () -> params(null, null, "10001"));
        assertParam("limit", () -> params(null, null, "ten"));
        assertParam("end", () -> params("2024-01-01", "2024-02-02", null));
        assertParam("interval", () -> raw("binance", "BTC-USDT", "2m", null, null, null, null));
        assertParam("interval", () -> raw("binance", "BTC-USDT", "", null, null, null, null));
        assertParam("symbol", () -> raw("binance", "BTCUSDT", null, null, null, null, null));
        assertParam("symbol", () -> raw("binance", null, null, null, null, null, null));
        assertParam("exchange", () -> raw("bin ance", "BTC-USDT", null, null, null, null, null));
        assertParam("exchange", () -> raw(null, "BTC-USDT", null, null, null, null, null));
    }

    @Test
    void spanLimitIsPerIntervalAndSaysTheLimit() {
        QueryProblemException e = assertThrows(QueryProblemException.class,
                () -> parser.parse(params("2024-01-01", "2024-02-02", null), NOW));
        assertTrue(e.getMessage().contains("32 days") && e.getMessage().contains("31 days"), e.getMessage());
        // exactly the maximum is allowed
        parser.parse(params("2024-01-01", "2024-02-01", null), NOW);
        // 1h has its own, larger limit
        parser.parse(raw("binance", "BTC-USDT", "1h", "2024-01-01", "2024-03-01", null, null), NOW);
    }

    @Test
    void cursorStandsForTheRestOfTheQuery() {
        String c = PageCursor.bars("binance", "ETH-USDT", Interval.M5, JAN1 + 5000, JAN1 + DAY, 50).encode(PageCursorTest.CODEC);
        BarsQuery q = parser.parse(raw(null, null, null, null, null, null, c), NOW);
        assertEquals(new BarsQuery("binance", "ETH-USDT", Interval.M5, JAN1 + 5000, JAN1 + DAY, 50), q);
        // same query parameters beside it are fine, start is ignored, limit may change
        BarsQuery same = parser.parse(raw("binance", "ETH-USDT", "5m", "2023-01-01",
                Long.toString(JAN1 + DAY), "7", c), NOW);
        assertEquals(7, same.limit());
        assertEquals(JAN1 + 5000, same.start());
    }

    @Test
    void cursorConflictsAreRejected() {
        String c = PageCursor.bars("binance", "ETH-USDT", Interval.M5, JAN1, JAN1 + DAY, 50).encode(PageCursorTest.CODEC);
        assertParam("cursor", () -> raw("bybit", null, null, null, null, null, c));
        assertParam("cursor", () -> raw(null, "BTC-USDT", null, null, null, null, c));
        assertParam("cursor", () -> raw(null, null, "1m", null, null, null, c));
        assertParam("cursor", () -> raw(null, null, null, null, "2024-01-03", null, c));
        assertParam("cursor", () -> raw(null, null, null, null, null, null, "garbage"));
        String exhausted = PageCursor.bars("binance", "ETH-USDT", Interval.M5, JAN1 + DAY, JAN1 + DAY, 50).encode(PageCursorTest.CODEC);
        assertParam("start", () -> raw(null, null, null, null, null, null, exhausted));
        String widened = PageCursor.bars("binance", "ETH-USDT", Interval.M1, JAN1, JAN1 + 40 * DAY, 50).encode(PageCursorTest.CODEC);
        assertParam("end", () -> raw(null, null, null, null, null, null, widened));
        String badLimit = PageCursor.bars("binance", "ETH-USDT", Interval.M1, JAN1, JAN1 + DAY, 0).encode(PageCursorTest.CODEC);
        assertParam("cursor", () -> raw(null, null, null, null, null, null, badLimit));
    }

    @Test
    void aSignedCursorIsStillCheckedLikeAQuery() {
        long max = Long.MAX_VALUE;
        for (long[] r : new long[][] {{max - 1000, max}, {Long.MIN_VALUE + 1, max - 1}, {-DAY, JAN1}, {JAN1, 253402300800000L}}) {
            for (Interval i : new Interval[] {Interval.M1, Interval.D1}) {
                String c = PageCursor.bars("binance", "ETH-USDT", i, r[0], r[1], 50).encode(PageCursorTest.CODEC);
                QueryProblemException e = assertThrows(QueryProblemException.class,
                        () -> parser.parse(raw(null, null, null, null, null, null, c), NOW));
                assertEquals("cursor", e.parameter(), e.getMessage());
                assertTrue(e.getMessage().contains("outside 1970-01-01T00:00:00Z"), e.getMessage());
            }
        }
        String tooBig = PageCursor.bars("binance", "ETH-USDT", Interval.M1, JAN1, JAN1 + DAY, 10001)
                .encode(PageCursorTest.CODEC);
        assertParam("cursor", () -> raw(null, null, null, null, null, null, tooBig));
    }

    private void assertParam(String parameter, Supplier<BarsParams> p) {
        QueryProblemException e = assertThrows(QueryProblemException.class, () -> parser.parse(p.get(), NOW));
        assertEquals(400, e.status(), e.getMessage());
        assertEquals(parameter, e.parameter(), e.getMessage());
    }
}
