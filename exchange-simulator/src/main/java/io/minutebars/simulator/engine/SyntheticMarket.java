package io.minutebars.simulator.engine;

import io.minutebars.model.Minutes;
import io.minutebars.simulator.market.AggTrade;
import io.minutebars.simulator.market.Seeds;
import io.minutebars.simulator.market.SymbolSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The seeded trade flow of one symbol, generated minute by minute in time order. Each minute draws from
 * its own RNG seeded by (seed, symbol, minute); price and ids carry over from the previous minute, so the
 * flow depends only on the seed and the origin, never on wall timing. StrictMath keeps it identical on
 * every JVM.
 */
public final class SyntheticMarket {
    private static final double BURST_FACTOR = 4.0;
    /** Per-trade volatility as a fraction of the price, and pull back towards the initial price. */
    private static final double VOLATILITY = 0.00004;
    private static final double REVERSION = 0.0001;

    private final SymbolSpec spec;
    private final SyntheticParams params;
    private final long initialTicks;
    private long ticks;
    private long nextAggId;
    private long nextTradeId;
    private long nextMinute = Long.MIN_VALUE;

    public SyntheticMarket(SymbolSpec spec, SyntheticParams params) {
        this.spec = spec;
        this.params = params;
        this.initialTicks = Math.max(1, spec.initialPriceE8() / spec.tickE8());
        this.ticks = initialTicks;
        long h = mix(params.seed() ^ mix(spec.symbol().hashCode()));
        this.nextAggId = 100_000_000L + Math.floorMod(h, 900_000_000L);
        this.nextTradeId = nextAggId + nextAggId / 5 + Math.floorMod(h >>> 17, 1000L);
    }

    public SymbolSpec spec() {
        return spec;
    }

    /** Trades of the minute opening at {@code minuteStart}; minutes must be asked for in order, each once. */
    public List<AggTrade> nextMinute(long minuteStart) {
        if (!Minutes.isAligned(minuteStart) || (nextMinute != Long.MIN_VALUE && minuteStart != nextMinute)) {
            throw new IllegalStateException("expected minute " + nextMinute + " but got " + minuteStart);
        }
        boolean first = nextMinute == Long.MIN_VALUE;
        nextMinute = minuteStart + Minutes.MINUTE_MS;
        SplittableRandom rng = new SplittableRandom(
                mix(params.seed() * 0x9E3779B97F4A7C15L + mix(spec.symbol().hashCode()) + minuteStart / 60_000L));
        double kind = rng.nextDouble();
        // The very first minute always trades, so every later quiet minute has a previous close.
        if (!first && kind < params.quietMinuteRatio()) {
            return List.of();
        }
        boolean burst = kind >= 1 - params.burstMinuteRatio();
        long[] times = times(rng, minuteStart, burst);
        List<AggTrade> out = new ArrayList<>(times.length);
        for (long t : times) {
            out.add(trade(rng, t));
        }
        return out;
    }

    private long[] times(SplittableRandom rng, long minuteStart, boolean burst) {
        double tpm = params.tradesPerMinute();
        double normalFactor = Math.max(0.1, (1 - BURST_FACTOR * params.burstMinuteRatio())
                / (1 - params.quietMinuteRatio() - params.burstMinuteRatio()));
        int n = burst
                ? (int) Math.max(2, Math.round(tpm * (BURST_FACTOR - 1 + 2 * rng.nextDouble())))
                : (int) Math.max(1, Math.round(tpm * normalFactor * (0.5 + rng.nextDouble())));
        long[] offsets = new long[n];
        int center = rng.nextInt(60_000);
        int width = 1_000 + rng.nextInt(9_000);
        for (int i = 0; i < n; i++) {
            if (burst && rng.nextDouble() < 0.7) {
                offsets[i] = Math.min(59_999, Math.max(0, center - width / 2 + rng.nextInt(width)));
            } else {
                offsets[i] = rng.nextInt(60_000);
            }
        }
        Arrays.sort(offsets);
        double sameMs = burst ? 0.35 : 0.1;
        for (int i = 1; i < n; i++) {
            if (rng.nextDouble() < sameMs) {
                offsets[i] = offsets[i - 1];
            }
        }
        for (int i = 0; i < n; i++) {
            offsets[i] += minuteStart;
        }
        return offsets;
    }

    private AggTrade trade(SplittableRandom rng, long time) {
        long step = 0;
        if (rng.nextDouble() >= 0.4) {
            double sigma = Math.max(1.0, ticks * VOLATILITY);
            step = Math.round(gaussian(rng) * sigma + (initialTicks - ticks) * REVERSION);
        }
        ticks = Math.max(1, ticks + step);
        long typicalLots = Math.max(1, spec.typicalQtyE8() / spec.stepE8());
        long lots = 1 + (long) (-StrictMath.log(1 - rng.nextDouble()) * typicalLots);
        int raw = rng.nextDouble() < 0.75 ? 1 : 2 + rng.nextInt(4);
        double sellShare = step > 0 ? 0.25 : step < 0 ? 0.75 : 0.5;
        boolean buyerMaker = rng.nextDouble() < sellShare;
        AggTrade t = new AggTrade(nextAggId++, ticks * spec.tickE8(), lots * spec.stepE8(), nextTradeId,
                nextTradeId + raw - 1, time, buyerMaker, true);
        nextTradeId += raw;
        return t;
    }

    private static double gaussian(SplittableRandom rng) {
        double u1 = 1 - rng.nextDouble();
        double u2 = rng.nextDouble();
        return StrictMath.sqrt(-2 * StrictMath.log(u1)) * StrictMath.cos(2 * StrictMath.PI * u2);
    }

    static long mix(long x) {
        return Seeds.mix(x);
    }
}
