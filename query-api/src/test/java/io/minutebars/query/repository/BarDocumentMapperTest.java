package io.minutebars.query.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.BarStatus;
import io.minutebars.model.Interval;
import io.minutebars.query.problem.StoredDataException;
import io.minutebars.query.support.TestBars;
import java.math.BigDecimal;
import java.util.List;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;

class BarDocumentMapperTest {
    private static final long JAN1 = 1704067200000L;

    @Test
    void readsTheBucketLayoutBackIntoCanonicalBars() {
        List<Bar> bars = TestBars.range("binance", "BTC-USDT", Interval.M5, JAN1, JAN1 + 3 * 300_000);
        Document doc = TestBars.bucketDocument("binance", "BTC-USDT", Interval.M5, JAN1, bars);
        assertEquals(bars, BarDocumentMapper.bars(doc));
    }

    @Test
    void readsEmptyAndGapBarsWithNulls() {
        Bar empty = Bar.empty("binance", "BTC-USDT", "BTCUSDT", JAN1, BarSource.LIVE);
        Bar gap = Bar.gap("binance", "BTC-USDT", "BTCUSDT", JAN1 + 60_000, BarStatus.GAP, BarSource.LIVE);
        Document doc = TestBars.bucketDocument("binance", "BTC-USDT", Interval.M1, JAN1, List.of(empty, gap));
        assertEquals(List.of(empty, gap), BarDocumentMapper.bars(doc));
    }

    @Test
    void acceptsDecimal128AndIntegers() {
        Bar b = TestBars.bar("binance", "BTC-USDT", Interval.M1, JAN1, 0);
        Document bd = TestBars.barDocument(b).append("open", new Decimal128(b.open())).append("volume", 1)
                .append("revision", 3L);
        Bar read = BarDocumentMapper.bar("binance", "BTC-USDT", "BTCUSDT", "1m", bd);
        assertEquals(b.open(), read.open());
        assertEquals(BigDecimal.ONE, read.volume());
        assertEquals(3, read.revision());
    }

    @Test
    void refusesBinaryFloatsAndBrokenDocuments() {
        Bar b = TestBars.bar("binance", "BTC-USDT", Interval.M1, JAN1, 0);
        Document withDouble = TestBars.bucketDocument("binance", "BTC-USDT", Interval.M1, JAN1, List.of(b));
        withDouble.getList("bars", Document.class).get(0).append("close", 42000.1d);
        StoredDataException e = assertThrows(StoredDataException.class, () -> BarDocumentMapper.bars(withDouble));
        assertTrue(e.getMessage().contains("close"), e.getMessage());
        Document badStatus = TestBars.bucketDocument("binance", "BTC-USDT", Interval.M1, JAN1, List.of(b));
        badStatus.getList("bars", Document.class).get(0).append("status", "WEIRD");
        assertThrows(StoredDataException.class, () -> BarDocumentMapper.bars(badStatus));
        assertThrows(StoredDataException.class, () -> BarDocumentMapper.bars(new Document("bars", "x")));
        assertEquals(List.of(), BarDocumentMapper.bars(new Document("exchange", "binance")));
    }
}
