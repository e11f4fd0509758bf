package io.minutebars.query.stats;

import io.minutebars.model.Bar;
import io.minutebars.model.BarStatus;
import io.minutebars.model.Interval;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The close-price series of one market and interval on a dense grid of open times
 * {@code from, from + step, ... < to}. A COMPLETE or FILLED bar's price is its close; an EMPTY bar
 * (no trade) carries the previous price, found at most {@code maxCarryBars} bars back; a missing, GAP
 * or UNAVAILABLE bar has no price. Slots before {@code historyStart} (the market's first stored bar)
 * are "before history": a value needing them has not met its warm-up.
 */
public final class PriceSeries {
    private final Interval interval;
    private final long from;
    private final long historyStart;
    private final BarStatus[] status;
    private final BigDecimal[] price;
    /** Index of the bar whose close is price[i] (i itself, or the last traded bar before an EMPTY one). */
    private final int[] source;
    private final String[] noPrice;

    private PriceSeries(Interval interval, long from, long historyStart, int size) {
        this.interval = interval;
        this.from = from;
        this.historyStart = historyStart;
        this.status = new BarStatus[size];
        this.price = new BigDecimal[size];
        this.source = new int[size];
        this.noPrice = new String[size];
    }

    /** The series of exactly these bars: from the first to the last, history starting at the first. */
    public static PriceSeries of(List<Bar> bars, Interval interval) {
        if (bars.isEmpty()) {
            return of(bars, interval, 0, 0, 0, Integer.MAX_VALUE);
        }
        long first = bars.stream().mapToLong(b -> b.openTime().toEpochMilli()).min().orElseThrow();
        long last = bars.stream().mapToLong(b -> b.openTime().toEpochMilli()).max().orElseThrow();
        return of(bars, interval, first, last + interval.millis(), first, Integer.MAX_VALUE);
    }

    /**
     * The series on {@code [from, to)} (both aligned to the interval). Bars outside it are ignored; of
     * two bars with the same open time the higher revision counts.
     */
    public static PriceSeries of(List<Bar> bars, Interval interval, long from, long to, long historyStart,
            int maxCarryBars) {
        if (!interval.isAligned(from) || !interval.isAligned(to) || to < from) {
            throw new IllegalArgumentException("range must be aligned to " + interval + ": " + from + ".." + to);
        }
        PriceSeries s = new PriceSeries(interval, from, historyStart, (int) ((to - from) / interval.millis()));
        Bar[] slot = new Bar[s.size()];
        for (Bar b : bars) {
            if (!b.interval().equals(interval.code())) {
                throw new IllegalArgumentException("bar " + b.key() + " is not a " + interval + " bar");
            }
            long t = b.openTime().toEpochMilli();
            if (t >= from && t < to) {
                int i = s.indexOf(t);
                if (slot[i] == null || slot[i].revision() < b.revision()) {
                    slot[i] = b;
                }
            }
        }
        for (int i = 0; i < slot.length; i++) {
            s.fill(i, slot[i], maxCarryBars);
        }
        return s;
    }

    private void fill(int i, Bar bar, int maxCarry) {
        source[i] = i;
        status[i] = bar == null ? null : bar.status();
        if (bar == null) {
            noPrice[i] = openTime(i) < historyStart ? "no price yet: " + at(i) + " is before the market's stored history"
                    : "bar " + at(i) + " is missing";
        } else if (bar.status() == BarStatus.GAP || bar.status() == BarStatus.UNAVAILABLE) {
            noPrice[i] = "bar " + at(i) + " is " + bar.status();
        } else if (bar.status() != BarStatus.EMPTY) {
            if (bar.close() == null || bar.close().signum() <= 0) {
                noPrice[i] = "bar " + at(i) + " is " + bar.status() + " without a positive close";
            } else {
                price[i] = bar.close();
            }
        } else {
            carry(i, maxCarry);
        }
    }

    /** An EMPTY bar: the price (or the blocking bar) of the bar before it, if that lies within maxCarry bars. */
    private void carry(int i, int maxCarry) {
        int ref = i > 0 ? source[i - 1] : -1;
        source[i] = ref;
        if ((long) i - ref > maxCarry) {
            noPrice[i] = "no price: bar " + at(i) + " is EMPTY and no trade in the " + maxCarry + " bars before it";
        } else if (i > 0 && price[i - 1] != null) {
            price[i] = price[i - 1];
        } else if (i == 0 || openTime(ref) < historyStart) {
            noPrice[i] = "no price yet: bar " + at(i) + " is EMPTY and no trade is stored before it";
        } else if (status[i - 1] != BarStatus.EMPTY) {
            noPrice[i] = "no price: bar " + at(i) + " is EMPTY since " + noPrice[i - 1];
        } else {
            noPrice[i] = noPrice[i - 1];
        }
    }

    public Interval interval() {
        return interval;
    }

    public int size() {
        return status.length;
    }

    public long openTime(int i) {
        return from + i * interval.millis();
    }

    public int indexOf(long openTime) {
        return (int) ((openTime - from) / interval.millis());
    }

    /** The bar's status, null when no bar is stored for the slot. */
    public BarStatus status(int i) {
        return status[i];
    }

    /** The price at the slot (a close, or the carried close of an EMPTY bar), null when unknown. */
    public BigDecimal price(int i) {
        return price[i];
    }

    /** The prices as an array (shared, read-only by contract). */
    BigDecimal[] prices() {
        return price;
    }

    /**
     * Checks the {@code bars} prices ending at {@code t} (indices {@code t - bars + 1 .. t}): the first
     * unusable one, in time order, gives the reason.
     */
    public PriceWindow window(int t, int bars) {
        int s = t - bars + 1;
        if (s < 0 || openTime(s) < historyStart) {
            return new PriceWindow(bars, null, "warm-up not met: needs " + bars + " bars from "
                    + Instant.ofEpochMilli(openTime(s)) + ", the market's stored history starts at "
                    + Instant.ofEpochMilli(historyStart));
        }
        boolean filled = false;
        for (int j = s; j <= t; j++) {
            if (price[j] == null) {
                return new PriceWindow(bars, null, noPrice[j]);
            }
            filled |= status[source[j]] == BarStatus.FILLED;
        }
        return new PriceWindow(bars, filled ? StatValue.FILLED : StatValue.EXACT, null);
    }

    private String at(int i) {
        return Instant.ofEpochMilli(openTime(i)).toString();
    }
}
