package io.minutebars.aggregator.rollup;

import io.minutebars.aggregator.repository.BarRepository;
import io.minutebars.model.Bar;
import io.minutebars.model.BarBuckets;
import io.minutebars.model.Interval;
import io.minutebars.model.Minutes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Keeps the 5m, 15m, 1h, 4h and 1d rollups current: every 1m bar that arrives (new or revised)
 * recomputes the windows containing it from the stored 1m bars of its UTC day (every window of these
 * intervals lies inside one day). A window is rolled up once its last minute is stored; a recomputed
 * rollup that differs from the stored one is stored with {@code revision + 1}, so readers keep the newest.
 * Recomputing is idempotent, so a redelivered message repairs a rollup an interrupted delivery left behind.
 */
@ApplicationScoped
public class RollupService {
    static final List<Interval> ROLLUPS = List.of(Interval.M5, Interval.M15, Interval.H1, Interval.H4, Interval.D1);

    @Inject BarRepository repository;

    /**
     * Returns the rollups of every closed window the minutes touch, as stored (changed or not): a redelivered
     * message announces them again, which is harmless.
     */
    public List<Bar> update(List<Bar> minutes) {
        Map<String, TreeSet<Long>> daysByMarket = new LinkedHashMap<>();
        Map<String, Bar> sample = new LinkedHashMap<>();
        for (Bar b : minutes) {
            if (!Interval.M1.code().equals(b.interval())) {
                continue;
            }
            String market = b.exchange() + "|" + b.symbol();
            daysByMarket.computeIfAbsent(market, k -> new TreeSet<>()).add(Minutes.dayStart(b.openTime().toEpochMilli()));
            sample.putIfAbsent(market, b);
        }
        List<Bar> rollups = new ArrayList<>();
        daysByMarket.forEach((market, days) -> {
            Bar s = sample.get(market);
            for (long day : days) {
                List<Long> touched = minutes.stream().filter(b -> b.exchange().equals(s.exchange())
                        && b.symbol().equals(s.symbol()) && Minutes.dayStart(b.openTime().toEpochMilli()) == day)
                        .map(b -> b.openTime().toEpochMilli()).toList();
                rollups.addAll(updateDay(s, day, touched));
            }
        });
        return rollups;
    }

    private List<Bar> updateDay(Bar market, long day, List<Long> touched) {
        List<Bar> dayBars = repository.bucket(market.exchange(), market.symbol(), Interval.M1, day);
        List<Bar> fresh = new ArrayList<>();
        List<Bar> same = new ArrayList<>();
        for (Interval interval : ROLLUPS) {
            TreeSet<Long> windows = new TreeSet<>();
            touched.forEach(t -> windows.add(interval.floor(t)));
            for (long w : windows) {
                long end = w + interval.millis();
                List<Bar> inputs = dayBars.stream().filter(b -> b.openTime().toEpochMilli() >= w
                        && b.openTime().toEpochMilli() < end).toList();
                boolean closed = inputs.stream().anyMatch(b -> b.openTime().toEpochMilli() == end - Minutes.MINUTE_MS);
                if (!closed) {
                    continue;
                }
                Optional<Bar> stored = repository.bucket(market.exchange(), market.symbol(), interval,
                        BarBuckets.bucketStart(interval, w)).stream()
                        .filter(b -> b.openTime().toEpochMilli() == w).findFirst();
                Bar rollup = Rollup.of(interval, w, inputs, stored.map(b -> b.revision() + 1).orElse(0));
                if (stored.isEmpty() || !stored.get().sameData(rollup)) {
                    fresh.add(rollup);
                } else {
                    same.add(stored.get());
                }
            }
        }
        if (!fresh.isEmpty()) {
            same.addAll(repository.store(fresh));
        }
        return same;
    }
}
