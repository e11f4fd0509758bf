package io.minutebars.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.BarStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarMergeTest {
    static final long T = 1_709_251_200_000L; // 2024-03-01T00:00:00Z

    static Bar bar(long t, String close, int revision) {
        BigDecimal c = new BigDecimal(close);
        return new Bar("binance", "BTC-USDT", "BTCUSDT", "1m", Instant.ofEpochMilli(t), null, c, c, c, c,
                BigDecimal.ONE, c, 1L, c, BigDecimal.ONE, c, BigDecimal.ZERO, BigDecimal.ZERO, "1", "1",
                BarStatus.COMPLETE, revision, BarSource.LIVE);
    }

    @Test
    void higherRevisionsReplaceLowerAndEqualOnesAreIgnored() {
        List<Bar> stored = List.of(bar(T, "10", 1), bar(T + 60_000, "11", 0));
        BarMerge.Result r = BarMerge.merge(stored, List.of(bar(T, "12", 2), bar(T + 60_000, "99", 0),
                bar(T, "13", 0), bar(T + 120_000, "14", 0)));
        assertEquals(List.of(bar(T, "12", 2), bar(T + 60_000, "11", 0), bar(T + 120_000, "14", 0)), r.bars());
        assertEquals(List.of(bar(T, "12", 2), bar(T + 120_000, "14", 0)), r.changed());
        assertEquals(1, r.duplicates());
        assertEquals(1, r.stale());
        assertEquals(List.of(bar(T, "12", 2), bar(T + 120_000, "14", 0)), r.held(), "only what the store holds");
    }

    @Test
    void aRepairReplacesAGapAtTheSameRevisionButNotTheOtherWayRound() {
        Bar gap = Bar.gap("binance", "BTC-USDT", "BTCUSDT", T, BarStatus.GAP, BarSource.LIVE);
        Bar filled = bar(T, "10", 0).withSource(BarSource.BACKFILL);
        assertEquals(List.of(filled), BarMerge.merge(List.of(gap), List.of(filled)).bars());
        assertTrue(BarMerge.merge(List.of(filled), List.of(gap)).changed().isEmpty());
    }

    @Test
    void replayingTheSameBatchChangesNothing() {
        List<Bar> batch = List.of(bar(T, "10", 0), bar(T + 60_000, "11", 0));
        BarMerge.Result first = BarMerge.merge(List.of(), batch);
        BarMerge.Result again = BarMerge.merge(first.bars(), batch);
        assertTrue(again.changed().isEmpty());
        assertEquals(2, again.duplicates());
        assertEquals(batch, again.held(), "a redelivered batch still knows what it carries");
    }

    @Test
    void aBackfillWhoseContentDiffersWinsAtTheSameRevisionAsTheNextRevision() {
        Bar live = bar(T, "10", 0);
        Bar backfill = bar(T, "11", 0).withSource(BarSource.BACKFILL);
        BarMerge.Result r = BarMerge.merge(List.of(live), List.of(backfill));
        Bar expected = backfill.withRevision(1);
        assertEquals(List.of(expected), r.bars());
        assertEquals(List.of(expected), r.changed());
        assertEquals(List.of(expected), r.held(), "announced as stored");
        // redelivered: lower than what is stored now, so nothing changes, but it is still what is stored
        BarMerge.Result again = BarMerge.merge(r.bars(), List.of(backfill));
        assertTrue(again.changed().isEmpty());
        assertEquals(1, again.stale());
        assertEquals(List.of(expected), again.held());
        // a later backfill that reads yet another history wins again
        Bar corrected = bar(T, "12", 1).withSource(BarSource.BACKFILL);
        assertEquals(List.of(corrected.withRevision(2)), BarMerge.merge(r.bars(), List.of(corrected)).changed());
    }

    @Test
    void aBackfillOfTheSameContentIsADuplicateAndKeepsTheStoredBar() {
        Bar live = bar(T, "10", 0);
        BarMerge.Result r = BarMerge.merge(List.of(live), List.of(bar(T, "10", 0).withSource(BarSource.BACKFILL)));
        assertTrue(r.changed().isEmpty());
        assertEquals(1, r.duplicates());
        assertEquals(List.of(live), r.held(), "the stored bar is announced again, not the incoming one");
    }

    @Test
    void aLowerRevisionNeverWinsEvenFromABackfill() {
        Bar stored = bar(T, "10", 2);
        BarMerge.Result r = BarMerge.merge(List.of(stored), List.of(bar(T, "11", 1).withSource(BarSource.BACKFILL)));
        assertTrue(r.changed().isEmpty());
        assertEquals(1, r.stale());
        assertTrue(r.held().isEmpty(), "not what is stored: nothing to announce");
    }

    @Test
    void liveBarsAndBackfillRepairsWithoutTradesDoNotReplaceADifferingBarOfTheSameRevision() {
        Bar stored = bar(T, "10", 0);
        Bar live = bar(T, "11", 0);
        Bar klines = new Bar("binance", "BTC-USDT", "BTCUSDT", "1m", Instant.ofEpochMilli(T), null,
                BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, null, null, null,
                null, null, null, null, null, null, BarStatus.FILLED, 0, BarSource.KLINES);
        Bar unavailable = Bar.gap("binance", "BTC-USDT", "BTCUSDT", T, BarStatus.UNAVAILABLE, BarSource.BACKFILL);
        BarMerge.Result r = BarMerge.merge(List.of(stored), List.of(live, klines, unavailable));
        assertEquals(List.of(stored), r.bars());
        assertTrue(r.changed().isEmpty());
        assertEquals(3, r.duplicates());
        assertTrue(r.held().isEmpty());
        // an EMPTY minute read from the full history is a backfill's finding too
        Bar empty = Bar.empty("binance", "BTC-USDT", "BTCUSDT", T, BarSource.BACKFILL);
        assertEquals(List.of(empty.withRevision(1)), BarMerge.merge(List.of(stored), List.of(empty)).changed());
    }
}
