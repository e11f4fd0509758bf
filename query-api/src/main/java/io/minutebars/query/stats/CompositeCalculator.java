package io.minutebars.query.stats;

import io.minutebars.model.Bar;
import io.minutebars.model.BarStatus;
import io.minutebars.model.Decimals;
import io.minutebars.model.Interval;
import io.minutebars.query.limits.Deadline;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Base-volume-weighted composite across venues, slot by slot. Per slot a venue is excluded for no data
 * (no bar, GAP, UNAVAILABLE), no trades (EMPTY), not listed yet (before its first stored bar, which does
 * not make the slot partial) or as a MAD outlier on its price (vwap, else close). The rest are weighted
 * by base volume: {@code x = sum(volume_i * x_i) / sum(volume)} for open, high, low, close;
 * {@code vwap = sum(quoteVolume) / sum(volume)} (the weighted vwap-or-close when a venue lacks quoteVolume).
 * Decimals are rounded half-even to {@link #SCALE} places.
 */
public final class CompositeCalculator {
    public static final int SCALE = 12;
    static final String NO_DATA = "no data";
    static final String NO_TRADES = "no trades";

    private CompositeCalculator() {
    }

    /** The composite at every slot of {@code [start, end)} (aligned to the interval) over these markets. */
    public static List<CompositeBar> compute(List<MarketBars> markets, Interval interval, long start, long end,
            CompositeParams params, Deadline deadline) {
        List<MarketBars> sorted = markets.stream().sorted(Comparator.comparing(MarketBars::market)).toList();
        List<Map<Long, Bar>> byTime = new ArrayList<>();
        for (MarketBars m : sorted) {
            Map<Long, Bar> map = new HashMap<>();
            for (Bar b : m.bars()) {
                map.merge(b.openTime().toEpochMilli(), b, (x, y) -> x.revision() >= y.revision() ? x : y);
            }
            byTime.add(map);
        }
        List<CompositeBar> out = new ArrayList<>();
        for (long t = interval.floor(start + interval.millis() - 1); t < end; t += interval.millis()) {
            deadline.check(); // a slot weighs and screens every venue
            long tt = t;
            out.add(at(t, interval, sorted, i -> byTime.get(i).get(tt), params));
        }
        return out;
    }

    /** The composite at one slot; {@code barOf} gives market i's bar at the slot (null when none is stored). */
    public static CompositeBar at(long openTime, Interval interval, List<MarketBars> markets,
            Function<Integer, Bar> barOf, CompositeParams params) {
        List<CompositeBar.Exclusion> excluded = new ArrayList<>();
        List<Bar> kept = new ArrayList<>();
        List<MarketId> keptIds = new ArrayList<>();
        boolean missingData = false;
        for (int i = 0; i < markets.size(); i++) {
            MarketId id = markets.get(i).market();
            Bar b = barOf.apply(i);
            String why = null;
            if (b == null && openTime < markets.get(i).historyStart()) {
                why = "not listed yet: the market's stored history starts at "
                        + Instant.ofEpochMilli(markets.get(i).historyStart());
            } else if (b == null || b.status() == BarStatus.GAP || b.status() == BarStatus.UNAVAILABLE
                    || (b.status() != BarStatus.EMPTY && (b.close() == null || b.volume() == null))) {
                why = NO_DATA + (b == null ? ": no bar stored" : ": bar is " + b.status());
                missingData = true;
            } else if (b.status() == BarStatus.EMPTY) {
                why = NO_TRADES;
            }
            if (why == null) {
                kept.add(b);
                keptIds.add(id);
            } else {
                excluded.add(new CompositeBar.Exclusion(id.exchange(), id.symbol(), why));
            }
        }
        List<String> outliers = Outliers.flag(kept.stream().map(CompositeCalculator::screenPrice).toList(), params);
        List<Bar> used = new ArrayList<>();
        List<MarketId> usedIds = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            if (outliers.get(i) == null) {
                used.add(kept.get(i));
                usedIds.add(keptIds.get(i));
            } else {
                excluded.add(new CompositeBar.Exclusion(keptIds.get(i).exchange(), keptIds.get(i).symbol(),
                        outliers.get(i)));
            }
        }
        excluded.sort(Comparator.comparing(x -> new MarketId(x.exchange(), x.symbol())));
        return weigh(openTime, interval, used, usedIds, excluded, missingData);
    }

    private static CompositeBar weigh(long openTime, Interval interval, List<Bar> used, List<MarketId> ids,
            List<CompositeBar.Exclusion> excluded, boolean missingData) {
        Instant open = Instant.ofEpochMilli(openTime);
        Instant close = Instant.ofEpochMilli(openTime + interval.millis());
        BigDecimal volume = used.stream().map(Bar::volume).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (volume.signum() <= 0) {
            String reason = used.isEmpty() ? "no venue has a usable bar" : "the venues used traded zero volume";
            return new CompositeBar(open, close, null, null, null, null, Decimals.normalize(volume), null, null,
                    null, reason, List.of(), excluded);
        }
        boolean exact = !missingData && used.stream().allMatch(b -> b.status().isExact());
        boolean allQuote = used.stream().allMatch(b -> b.quoteVolume() != null);
        BigDecimal quote = allQuote ? used.stream().map(Bar::quoteVolume).reduce(BigDecimal.ZERO, BigDecimal::add)
                : null;
        BigDecimal vwap = allQuote ? ratio(quote, volume)
                : weighted(used, CompositeCalculator::screenPrice, volume);
        List<CompositeBar.Constituent> constituents = new ArrayList<>();
        for (int i = 0; i < used.size(); i++) {
            Bar b = used.get(i);
            constituents.add(new CompositeBar.Constituent(ids.get(i).exchange(), ids.get(i).symbol(),
                    b.status().name(), screenPrice(b), b.volume(),
                    ratio(b.volume(), volume)));
        }
        return new CompositeBar(open, close, weighted(used, Bar::open, volume), weighted(used, Bar::high, volume),
                weighted(used, Bar::low, volume), weighted(used, Bar::close, volume), Decimals.normalize(volume),
                Decimals.normalize(quote), vwap, exact ? CompositeBar.EXACT : CompositeBar.PARTIAL, null,
                constituents, excluded);
    }

    /** sum(volume_i * x_i) / sum(volume), x falling back to the close when the bar lacks it. */
    private static BigDecimal weighted(List<Bar> used, Function<Bar, BigDecimal> field, BigDecimal volume) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Bar b : used) {
            BigDecimal x = field.apply(b) == null ? b.close() : field.apply(b);
            sum = sum.add(b.volume().multiply(x));
        }
        return Decimals.normalize(sum.divide(volume, SCALE, RoundingMode.HALF_EVEN));
    }

    private static BigDecimal ratio(BigDecimal x, BigDecimal y) {
        return Decimals.normalize(x.divide(y, SCALE, RoundingMode.HALF_EVEN));
    }

    /** The price a venue is screened on: its vwap, else its close. */
    static BigDecimal screenPrice(Bar b) {
        return b.vwap() != null ? b.vwap() : b.close();
    }
}
