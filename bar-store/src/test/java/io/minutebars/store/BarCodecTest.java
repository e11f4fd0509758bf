package io.minutebars.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.BarStatus;
import io.minutebars.model.Interval;
import io.minutebars.store.testing.StoredBuckets;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;

class BarCodecTest {
    static final long JAN1 = 1704067200000L;

    /** A bar whose prices derive from its open time, so every bar differs. */
    static Bar bar(String symbol, Interval interval, long openTime, int revision) {
        BigDecimal base = BigDecimal.valueOf(40000 + (openTime / interval.millis()) % 1000, 2);
        return new Bar("binance", symbol, symbol.replace("-", ""), interval.code(), Instant.ofEpochMilli(openTime), null,
                base, base.add(new BigDecimal("1.5")), base.subtract(new BigDecimal("0.25")),
                base.add(BigDecimal.valueOf(revision)), new BigDecimal("1.00000"), base, 7L + revision, base,
                new BigDecimal("0.4"), new BigDecimal("16000.1"), new BigDecimal("0.6"), new BigDecimal("24000.2"),
                Long.toString(openTime), Long.toString(openTime + 6), BarStatus.COMPLETE, revision, BarSource.LIVE);
    }

    static List<Bar> range(Interval interval, long start, long end) {
        List<Bar> out = new ArrayList<>();
        for (long t = start; t < end; t += interval.millis()) {
            out.add(bar("BTC-USDT", interval, t, 0));
        }
        return out;
    }

    static Document bucket(Interval interval, List<Bar> bars) {
        return StoredBuckets.bucket("binance", "BTC-USDT", interval, JAN1, bars);
    }

    @Test
    void readsTheBucketLayoutBackIntoCanonicalBars() {
        List<Bar> bars = range(Interval.M5, JAN1, JAN1 + 3 * 300_000);
        assertEquals(bars, BarCodec.bars(bucket(Interval.M5, bars)));
    }

    @Test
    void readsEmptyAndGapBarsWithNulls() {
        Bar empty = Bar.empty("binance", "BTC-USDT", "BTCUSDT", JAN1, BarSource.LIVE);
        Bar gap = Bar.gap("binance", "BTC-USDT", "BTCUSDT", JAN1 + 60_000, BarStatus.GAP, BarSource.LIVE);
        assertEquals(List.of(empty, gap), BarCodec.bars(bucket(Interval.M1, List.of(empty, gap))));
    }

    @Test
    void acceptsDecimal128IntegersDatesAndAMissingRevision() {
        Bar b = bar("BTC-USDT", Interval.M1, JAN1, 0);
        Document bd = BarCodec.encode(b).append("open", new Decimal128(b.open())).append("volume", 1)
                .append("revision", 3L).append("openTime", new Date(JAN1));
        Bar read = BarCodec.bar("binance", "BTC-USDT", "BTCUSDT", "1m", bd);
        assertEquals(b.open(), read.open());
        assertEquals(BigDecimal.ONE, read.volume());
        assertEquals(3, read.revision());
        assertEquals(b.openTime(), read.openTime());
        bd.remove("revision");
        assertEquals(0, BarCodec.bar("binance", "BTC-USDT", "BTCUSDT", "1m", bd).revision());
    }

    @Test
    void refusesBinaryFloatsAndBrokenDocuments() {
        Bar b = bar("BTC-USDT", Interval.M1, JAN1, 0);
        Document withDouble = bucket(Interval.M1, List.of(b));
        withDouble.getList("bars", Document.class).get(0).append("close", 42000.1d);
        StoredDataException e = assertThrows(StoredDataException.class, () -> BarCodec.bars(withDouble));
        assertTrue(e.getMessage().contains("close"), e.getMessage());
        Document badStatus = bucket(Interval.M1, List.of(b));
        badStatus.getList("bars", Document.class).get(0).append("status", "WEIRD");
        assertThrows(StoredDataException.class, () -> BarCodec.bars(badStatus));
        assertThrows(StoredDataException.class, () -> BarCodec.bars(new Document("bars", "x")));
        assertEquals(List.of(), BarCodec.bars(new Document("exchange", "binance")));
    }

    @Test
    void aMinuteStoredTwiceIsReadOnceAtItsHighestRevision() {
        Bar first = bar("BTC-USDT", Interval.M1, JAN1, 0);
        Bar later = bar("BTC-USDT", Interval.M1, JAN1 + 60_000, 0);
        Bar revised = bar("BTC-USDT", Interval.M1, JAN1, 2);
        assertEquals(List.of(revised, later), BucketRepository.ordered(List.of(later, first, revised)));
    }

    @Test
    void marketsAreReadWithNumbersOrDatesAndSkippedWithoutTheirKey() {
        MarketRecord m = new MarketRecord("binance", "BTC-USDT", "BTCUSDT", "1m", JAN1, JAN1 + 60_000);
        assertEquals(m, MarketCodec.record(MarketCodec.document(m)));
        assertEquals(m, MarketCodec.record(MarketCodec.document(m).append("firstOpenTime", new Date(JAN1))));
        assertEquals(null, MarketCodec.record(new Document("exchange", "binance")));
    }
}
