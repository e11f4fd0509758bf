package io.minutebars.nomics.importer;

import io.minutebars.core.engine.MinuteBarEngine;
import io.minutebars.core.engine.Trade;
import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.Minutes;
import io.minutebars.nomics.decoder.NomicsCsvDecoder;
import io.minutebars.nomics.decoder.NomicsDecoder;
import io.minutebars.nomics.dto.NomicsCandleDto;
import io.minutebars.nomics.dto.NomicsTradeDto;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One CSV export of one market turned into bars, row by row, validated before anything is published. The
 * bounds are the backfill's: at most {@code maxRange} of minutes, every one of them already closed on the
 * exchange's clock, so an import can neither emit a bar per minute up to a far year nor hide bars that are
 * still to come. Trades must come in time order (as exports write them); candles in any order.
 */
public final class CsvImport implements NomicsCsvDecoder.Rows {
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
     * @param startText   optional inclusive start (whole minute); rows before it are skipped
     * @param endText     optional exclusive end (whole minute); rows from it on are skipped
     * @param closedBefore exchange time up to which minutes are closed (now minus the grace period)
     */
    public CsvImport(String exchange, String symbol, String market, String startText, String endText,
            Duration maxRange, long closedBefore) {
        this.exchange = exchange;
        this.symbol = symbol;
        this.market = market;
        this.maxRangeMs = maxRange.toMillis();
        this.closedBefore = closedBefore;
        this.start = startText == null ? null : minute(startText, "start");
        this.end = endText == null ? null : minute(endText, "end");
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

    private static long minute(String text, String name) {
        long t = NomicsDecoder.time(text);
        if (!Minutes.isAligned(t)) {
            throw new IllegalArgumentException(name + " must be a whole minute (UTC)");
        }
        return t;
    }

    @Override
    public void trade(long line, NomicsTradeDto row) {
        kind = "trades";
        Trade t = NomicsDecoder.trade(market, row);
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
    public void candle(long line, NomicsCandleDto row) {
        kind = "candles";
        long open = NomicsDecoder.time(row.timestamp());
        if (!Minutes.isAligned(open)) {
            throw new IllegalArgumentException("timestamp is not a whole minute: not a 1m candle");
        }
        if (outside(open)) {
            return;
        }
        if (!candleMinutes.add(open)) {
            throw new IllegalArgumentException("a second candle for " + Instant.ofEpochMilli(open));
        }
        bars.add(NomicsDecoder.candle(exchange, symbol, market, open, row, BarSource.IMPORT));
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
