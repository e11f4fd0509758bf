package io.minutebars.core.stream;

import io.minutebars.core.engine.Checkpoint;
import io.minutebars.core.engine.MinuteBarEngine;
import io.minutebars.core.engine.Trade;
import io.minutebars.model.Bar;
import io.minutebars.model.BarStatus;
import io.minutebars.model.Minutes;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToLongFunction;
import org.jboss.logging.Logger;

/**
 * Joins the live stream and REST history so that no trade between a disconnect and a reconnect is
 * lost: while a market resumes, its live trades are buffered; REST pages from the last sequence seen
 * are fed to the engine; then the buffer is drained (the overlap is dropped by sequence) and the
 * market is in sync again. Thread-safe: frames arrive on an event loop, resumes run on workers.
 */
public final class LiveFeed {
    private static final Logger LOG = Logger.getLogger(LiveFeed.class);

    private final MinuteBarEngine engine;
    private final int bufferLimit;
    private final ClockGuard clock;
    private final Map<String, ArrayDeque<Trade>> buffers = new HashMap<>();
    /** Markets whose live trades are not taken (the publish buffer is full): REST brings them back later. */
    private final Set<String> suspended = new TreeSet<>();

    public LiveFeed(MinuteBarEngine engine, int bufferLimit, ClockGuard clock) {
        this.engine = engine;
        this.bufferLimit = bufferLimit;
        this.clock = clock;
    }

    public synchronized void onLiveTrade(Trade t) {
        if (!clock.accepts(t) || suspended.contains(t.market())) {
            return;
        }
        ArrayDeque<Trade> buf = buffers.get(t.market());
        if (buf == null) {
            engine.onTrade(t);
        } else if (buf.size() < bufferLimit) {
            buf.add(t);
        } else {
            // REST will bring these trades too: keep memory bounded and let the resume page further
            LOG.warnf("live buffer of %s overflowed during resume; continuing from REST", t.market());
            buf.clear();
        }
    }

    /** The stream of these markets (re)connected or is about to: buffer their live trades from now on. */
    public synchronized void beginResume(Collection<String> markets) {
        for (String m : markets) {
            buffers.putIfAbsent(m, new ArrayDeque<>());
            engine.setSynced(m, false);
        }
    }

    /** The stream dropped: the clock must not close these markets' minutes until they are resumed. */
    public synchronized void lost(Collection<String> markets) {
        for (String m : markets) {
            engine.setSynced(m, false);
        }
    }

    /**
     * Stops taking these markets' live trades (and ends a resume in progress): no minute of theirs closes, so
     * no bar is made, until {@link #resumeSuspended()}; REST history then brings back what was not taken.
     * Returns true when a market was not suspended yet.
     */
    public synchronized boolean suspend(Collection<String> markets) {
        boolean changed = false;
        for (String m : markets) {
            if (suspended.add(m)) {
                changed = true;
                buffers.remove(m);
                engine.setSynced(m, false);
            }
        }
        return changed;
    }

    /** The suspended markets, now buffering their live trades again: the caller resumes each by REST. */
    public synchronized List<String> resumeSuspended() {
        List<String> back = List.copyOf(suspended);
        suspended.clear();
        back.forEach(m -> buffers.putIfAbsent(m, new ArrayDeque<>()));
        return back;
    }

    public synchronized int suspendedCount() {
        return suspended.size();
    }

    public synchronized boolean isResuming(String market) {
        return buffers.containsKey(market);
    }

    /** Where REST history must continue from: the last sequence, or the first unclosed minute. */
    public synchronized ResumePoint resumePoint(String market) {
        return new ResumePoint(engine.lastSeq(market), engine.nextToClose(market));
    }

    public synchronized void feedHistory(List<Trade> trades) {
        for (Trade t : trades) {
            if (clock.accepts(t)) {
                engine.onTrade(t);
            }
        }
    }

    /**
     * Tries to finish a resume once REST has no more rows. With contiguous sequences, a hole between
     * the last historical trade and the first buffered one means REST is behind: returns false.
     */
    public synchronized boolean tryFinish(String market, boolean contiguous) {
        ArrayDeque<Trade> buf = buffers.get(market);
        if (buf == null) {
            return true;
        }
        Trade first = buf.peekFirst();
        long last = engine.lastSeq(market);
        if (contiguous && first != null && last >= 0 && first.seq() > last + 1) {
            return false;
        }
        drain(market, buf);
        return true;
    }

    /**
     * Where a resume that REST could not complete ends: the first minute of the buffered live trades (it is
     * partial) plus one, or -1 when nothing is buffered.
     */
    public synchronized long holeEnd(String market) {
        ArrayDeque<Trade> buf = buffers.get(market);
        Trade first = buf == null ? null : buf.peekFirst();
        return first == null ? -1 : Minutes.floor(first.time()) + Minutes.MINUTE_MS;
    }

    /**
     * Ends a resume REST could not complete: the minutes up to {@link #holeEnd} become the exchange's kline
     * bars (FILLED) where it has them and GAP where not, then the buffered live trades are fed.
     */
    public synchronized void finishWithRepair(String market, List<Bar> klines) {
        ArrayDeque<Trade> buf = buffers.get(market);
        if (buf == null) {
            return;
        }
        long end = holeEnd(market);
        if (end > 0) {
            engine.repair(market, end, klines, BarStatus.GAP);
        }
        drain(market, buf);
    }

    private void drain(String market, ArrayDeque<Trade> buf) {
        for (Trade t : buf) {
            engine.onTrade(t);
        }
        buffers.remove(market);
        engine.setSynced(market, true);
    }

    /**
     * The restart point of each market with no bar awaiting the broker's confirm ({@code unconfirmed} is read under
     * the lock that guards bar emission, so none is in flight); the others are left out and keep their earlier point.
     */
    public synchronized Map<String, Checkpoint> checkpoints(ToLongFunction<String> unconfirmed) {
        Map<String, Checkpoint> out = new TreeMap<>();
        engine.markets().stream().filter(m -> unconfirmed.applyAsLong(m) == 0)
                .forEach(m -> out.put(m, engine.checkpoint(m)));
        return out;
    }

    /**
     * Repairs the minutes up to {@code end} (whose partial trades are dropped) from klines where given, else as
     * {@code missing}: GAP where REST history does not reach back to where the market stands, UNAVAILABLE where the
     * exchange keeps only recent trades (see {@link MinuteBarEngine#repair}).
     */
    public synchronized void repair(String market, long end, List<Bar> klines, BarStatus missing) {
        engine.repair(market, end, klines, missing);
    }

    public synchronized String symbol(String market) {
        return engine.symbol(market);
    }

    public synchronized void tick(long now) {
        engine.onClock(now);
    }
}
