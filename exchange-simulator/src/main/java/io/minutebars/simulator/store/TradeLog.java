package io.minutebars.simulator.store;

import io.minutebars.simulator.market.AggTrade;
import io.minutebars.simulator.market.TickDirection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

/**
 * The trades of one symbol in (T, a) order, stored column-wise (about 50 bytes a trade, no object per
 * trade) so a day of a busy market fits. Ids strictly increase and times never decrease, so both can be
 * binary-searched. Thread-safe: the generator appends while REST and WebSocket threads read.
 */
final class TradeLog {
    private long[] id = new long[1024];
    private long[] price = new long[1024];
    private long[] qty = new long[1024];
    private long[] first = new long[1024];
    private long[] last = new long[1024];
    private long[] time = new long[1024];
    private byte[] flags = new byte[1024];
    /** Index of the oldest retained trade; slots before it were dropped by retention. */
    private int head;
    private int end;
    /** Price of the newest dropped trade: the previous close of the first retained minute. */
    private long droppedClose = -1;
    /** Price and tick direction of the newest trade, so the next one gets its direction at append. */
    private long lastPrice = -1;
    private TickDirection lastTick = TickDirection.ZERO_PLUS;
    private static final TickDirection[] TICKS = TickDirection.values();

    synchronized void append(AggTrade t) {
        if (end > head && (t.id() <= id[end - 1] || t.time() < time[end - 1])) {
            throw new IllegalArgumentException("trade " + t.id() + " at " + t.time() + " is not after trade "
                    + id[end - 1] + " at " + time[end - 1]);
        }
        if (end == id.length) {
            grow();
        }
        id[end] = t.id();
        price[end] = t.priceE8();
        qty[end] = t.qtyE8();
        first[end] = t.firstId();
        last[end] = t.lastId();
        time[end] = t.time();
        TickDirection tick = lastPrice < 0 ? TickDirection.ZERO_PLUS
                : TickDirection.next(lastPrice, lastTick, t.priceE8());
        flags[end] = (byte) ((t.buyerMaker() ? 1 : 0) | (t.bestMatch() ? 2 : 0) | (tick.ordinal() << 2));
        lastPrice = t.priceE8();
        lastTick = tick;
        end++;
    }

    synchronized int size() {
        return end - head;
    }

    /** Trades with a >= fromId and T <= maxTime, oldest first, at most limit. */
    synchronized List<AggTrade> byId(long fromId, long maxTime, int limit) {
        int from = firstAtLeast(id, fromId);
        int to = timeBound(maxTime);
        return slice(from, Math.min(to, from + limit));
    }

    /** Trades with start <= T <= endTime, oldest first, at most limit. */
    synchronized List<AggTrade> byTime(long start, long endTime, int limit) {
        int from = firstAtLeast(time, start);
        int to = timeBound(endTime);
        return slice(from, (int) Math.min(to, (long) from + limit));
    }

    /** The most recent trades with T <= endTime, oldest first, at most limit. */
    synchronized List<AggTrade> latest(long endTime, int limit) {
        int to = timeBound(endTime);
        return slice(Math.max(head, to - limit), to);
    }

    /** Price of the last trade before {@code t}, if any is known (also one dropped by retention). */
    synchronized OptionalLong closeBefore(long t) {
        int i = firstAtLeast(time, t);
        if (i > head) {
            return OptionalLong.of(price[i - 1]);
        }
        return droppedClose >= 0 ? OptionalLong.of(droppedClose) : OptionalLong.empty();
    }

    synchronized OptionalLong firstTime() {
        return end > head ? OptionalLong.of(time[head]) : OptionalLong.empty();
    }

    /** Drops trades with T < cutoff; compacts the arrays once most of them are dead. */
    synchronized void dropBefore(long cutoff) {
        int i = firstAtLeast(time, cutoff);
        if (i > head) {
            droppedClose = price[i - 1];
            head = i;
        }
        if (head > 4096 && head > (end - head)) {
            compact();
        }
    }

    /** Index just past the last trade with T <= maxTime. */
    private int timeBound(long maxTime) {
        return maxTime == Long.MAX_VALUE ? end : firstAtLeast(time, maxTime + 1);
    }

    private int firstAtLeast(long[] column, long key) {
        int lo = head;
        int hi = end;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (column[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private List<AggTrade> slice(int from, int to) {
        List<AggTrade> out = new ArrayList<>(Math.max(0, to - from));
        for (int i = from; i < to; i++) {
            out.add(new AggTrade(id[i], price[i], qty[i], first[i], last[i], time[i], (flags[i] & 1) != 0,
                    (flags[i] & 2) != 0, TICKS[(flags[i] >> 2) & 3]));
        }
        return out;
    }

    private void grow() {
        int n = id.length * 2;
        id = Arrays.copyOf(id, n);
        price = Arrays.copyOf(price, n);
        qty = Arrays.copyOf(qty, n);
        first = Arrays.copyOf(first, n);
        last = Arrays.copyOf(last, n);
        time = Arrays.copyOf(time, n);
        flags = Arrays.copyOf(flags, n);
    }

    private void compact() {
        int n = end - head;
        int cap = Math.max(1024, n * 2);
        id = Arrays.copyOfRange(id, head, head + cap);
        price = Arrays.copyOfRange(price, head, head + cap);
        qty = Arrays.copyOfRange(qty, head, head + cap);
        first = Arrays.copyOfRange(first, head, head + cap);
        last = Arrays.copyOfRange(last, head, head + cap);
        time = Arrays.copyOfRange(time, head, head + cap);
        flags = Arrays.copyOfRange(flags, head, head + cap);
        head = 0;
        end = n;
    }
}
