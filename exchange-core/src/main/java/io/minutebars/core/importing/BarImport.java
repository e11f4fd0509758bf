package io.minutebars.core.importing;

import io.minutebars.core.capability.BarImportFormat;
import io.minutebars.core.engine.MinuteBarEngine;
import io.minutebars.core.engine.Trade;
import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.Minutes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One export (trades or candles) of one market turned into bars, row by row, validated before anything is published. The
 * bounds are the backfill's: at most {@code maxRange} of minutes, every one of them already closed on the
 * exchange's clock, so an import can neither emit a bar per minute up to a far year nor hide bars that are
 * still to come. Trades must come in time order (as exports write them); candles in any order.
 */
public final class BarImport implements BarImportFormat.Rows {
    private static final long MINUTE = Minutes.MINUTE_MS;

    private final String exchange;
    private final String symbol;
    private final String market;
    private final Long start;
    private final Long end;
    private final long maxRangeMs;
    private final long closedBefore;
    private final List<Bar> bars = new ArrayList<>();
    private final Set<Long> candleMinutes = new HashSet<>();
    private MinuteBarEngine engine;
    private long first = Long.MAX_VALUE;
    private long last = Long.MIN_VALUE;
    private long skipped;
    private String kind;

    /** The bars, the kind of export and how many rows fell outside [start, end). */
    public record Result(String kind, List<Bar> bars, long skipped) {
    }

    /**
     * @param start       optional inclusive start (whole minute, epoch ms); rows before it are skipped
     * @param end         optional exclusive end (whole minute, epoch ms); rows from it on are skipped
     * @param closedBefore exchange time up to which minutes are closed (now minus the grace period)
     */
    public BarImport(BarImportFormat.Target target, Long start, Long end, Duration maxRange, long closedBefore) {
        this.exchange = target.exchange();
        this.symbol = target.symbol();
        this.market = target.nativeMarket();
        this.maxRangeMs = maxRange.toMillis();
        this.closedBefore = closedBefore;
        this.start = start == null ? null : minute(start, "start");
        this.end = end == null ? null : minute(end, "end");
        if (start != null && end != null) {
            if (start >= end) {
                throw new IllegalArgumentException("start must be before end (the range is [start, end))");
            }
            if (end - start > maxRangeMs) {
                throw new IllegalArgumentException("an import covers at most " + maxRange.toDays() + " days; split it");
            }
        }
        if (end != null && end > closedBefore) {
            throw new IllegalArgumentException("end " + Instant.ofEpochMilli(end) + " is not yet closed for the "
                    + "exchange (latest allowed: " + Instant.ofEpochMilli(Minutes.floor(closedBefore)) + ")");
        }
    }

    private static long minute(long t, String name) {
        if (!Minutes.isAligned(t)) {
            throw new IllegalArgumentException(name + " must be a whole minute (UTC)");
        }
        return t;
    }

    @Override
    public void trade(Trade t) {
        kind = "trades";
        long minute = Minutes.floor(t.time());
        if (outside(minute)) {
            return;
        }
        if (engine == null) {
            engine = new MinuteBarEngine(exchange, 0, 0, BarSource.IMPORT, bars::add);
            engine.watch(market, symbol, start != null ? start : minute);
        } else if (minute < engine.nextToClose(market)) {
            throw new IllegalArgumentException("trades must be in time order: this one belongs to a minute before "
                    + "the previous row's");
        }
        engine.onTrade(t);
    }

    @Override
    public void candle(Bar candle) {
        kind = "candles";
        long open = candle.openTime().toEpochMilli();
        if (!Minutes.isAligned(open)) {
            throw new IllegalArgumentException("timestamp is not a whole minute: not a 1m candle");
        }
        if (outside(open)) {
            return;
        }
        if (!candleMinutes.add(open)) {
            throw new IllegalArgumentException("a second candle for " + Instant.ofEpochMilli(open));
        }
        bars.add(candle);
    }

    /** Skips rows outside [start, end); refuses open minutes and exports wider than the range allows. */
    private boolean outside(long minute) {
        if ((start != null && minute < start) || (end != null && minute >= end)) {
            skipped++;
            return true;
        }
        if (minute + MINUTE > closedBefore) {
            throw new IllegalArgumentException("the row's minute " + Instant.ofEpochMilli(minute)
                    + " is not closed yet: only closed minutes can be imported");
        }
        first = Math.min(first, minute);
        last = Math.max(last, minute);
        if (last - first >= maxRangeMs) {
            throw new IllegalArgumentException("the export spans more than " + maxRangeMs / Minutes.DAY_MS
                    + " days; give start and end, or split it");
        }
        return false;
    }

    /** Closes the last minutes (up to end, or the last row's minute) and hands out the bars. */
    public Result finish() {
        if (engine != null) {
            engine.closeBefore(market, end != null ? end : last + MINUTE);
        }
        if (bars.isEmpty()) {
            throw new IllegalArgumentException("no row of the CSV lies in the range to import");
        }
        return new Result(kind, List.copyOf(bars), skipped);
    }
}
