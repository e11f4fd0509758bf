package io.minutebars.query.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.minutebars.model.Bar;
import io.minutebars.model.Interval;
import io.minutebars.model.Json;
import io.minutebars.query.cache.BucketBars;
import io.minutebars.query.support.TestBars;
import io.netty.buffer.ByteBufUtil;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarsPageWriterTest {
    private static final long DAY = 86_400_000L;
    private static final long JAN1 = 1704067200000L;

    @Test
    void writesTheEnvelopeAroundSlicesFromSeveralBuckets() throws Exception {
        List<Bar> d1 = TestBars.range("binance", "BTC-USDT", Interval.M1, JAN1 + DAY - 120_000, JAN1 + DAY);
        List<Bar> d2 = TestBars.range("binance", "BTC-USDT", Interval.M1, JAN1 + DAY, JAN1 + DAY + 180_000);
        BucketBars b1 = BucketBars.of(d1);
        BucketBars b2 = BucketBars.of(d2);
        BarPager.Page page = new BarPager.Page(List.of(new BarPager.Slice(b1, 0, 2), new BarPager.Slice(b2, 0, 2)), 4,
                JAN1 + DAY + 120_000);
        BarsQuery q = new BarsQuery("binance", "BTC-USDT", Interval.M1, JAN1, JAN1 + 2 * DAY, 4);
        String cursor = q.cursorAt(page.next()).encode(PageCursorTest.CODEC);
        byte[] body = ByteBufUtil.getBytes(BarsPageWriter.write(q, page, cursor));
        JsonNode root = Json.mapper().readTree(body);
        assertEquals("binance", root.get("exchange").asText());
        assertEquals("BTC-USDT", root.get("symbol").asText());
        assertEquals("1m", root.get("interval").asText());
        assertEquals("2024-01-01T00:00:00Z", root.get("start").asText());
        assertEquals("2024-01-03T00:00:00Z", root.get("end").asText());
        assertEquals(cursor, root.get("nextCursor").asText());
        List<Bar> bars = Json.readBars(Json.mapper().writeValueAsBytes(root.get("bars")));
        assertEquals(List.of(d1.get(0), d1.get(1), d2.get(0), d2.get(1)), bars);
        assertTrue(root.get("bars").get(0).get("open").isTextual(), "decimals are strings");
    }

    @Test
    void emptyPageHasEmptyArrayAndNullCursor() throws Exception {
        BarsQuery q = new BarsQuery("binance", "BTC-USDT", Interval.M1, JAN1, JAN1 + DAY, 4);
        byte[] body = ByteBufUtil.getBytes(BarsPageWriter.write(q, new BarPager.Page(List.of(), 0, null), null));
        JsonNode root = Json.mapper().readTree(body);
        assertEquals(0, root.get("bars").size());
        assertTrue(root.get("nextCursor").isNull());
    }
}
