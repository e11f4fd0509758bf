package io.minutebars.simulator.bitmex;

import io.minutebars.model.Json;
import io.minutebars.simulator.api.IsoTimes;
import io.minutebars.simulator.clock.Simulation;
import io.minutebars.simulator.clock.Venue;
import io.minutebars.simulator.market.AggTrade;
import io.minutebars.simulator.market.ExchangeId;
import io.minutebars.simulator.market.ExchangeMarket;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/** BitMEX {@code /instrument/active} and {@code /trade} over the BitMEX trade flow. */
@ApplicationScoped
public class BitmexMarketService {
    static final int DEFAULT_COUNT = 100;
    static final int MAX_COUNT = 1000;
    private final Simulation simulation;

    public BitmexMarketService(Simulation simulation) {
        this.simulation = simulation;
    }

    public String activeInstruments() {
        long now = simulation.advance();
        Venue venue = venue();
        return Json.write(venue.markets().stream()
                .map(m -> BitmexInstruments.row(m, venue.store().latest(m.symbol(), now, 1), now)).toList());
    }

    /**
     * Trades with startTime <= timestamp <= endTime (both inclusive) up to simNow, oldest first (reverse:
     * newest first), skipping {@code start} rows, at most {@code count}.
     */
    public String trades(String symbol, String startTime, String endTime, String start, String count,
            String reverse) {
        long now = simulation.advance();
        if (symbol == null || symbol.isBlank()) {
            throw BitmexApiException.badRequest("symbol is required by this simulator, e.g. symbol="
                    + venue().symbols().get(0));
        }
        ExchangeMarket market = venue().market(symbol.trim().toUpperCase(Locale.ROOT)).orElseThrow(
                () -> BitmexApiException.badRequest("Unknown or expired symbol '" + symbol + "'; simulated: "
                        + venue().symbols()));
        long lo = time("startTime", startTime, 0);
        long hi = Math.min(now, time("endTime", endTime, now));
        int offset = integer("start", start, 0, Integer.MAX_VALUE, 0);
        int n = integer("count", count, 1, MAX_COUNT, DEFAULT_COUNT);
        int wanted = (int) Math.min(Integer.MAX_VALUE, (long) offset + n);
        List<AggTrade> page;
        if ("true".equalsIgnoreCase(reverse)) {
            List<AggTrade> latest = venue().store().latest(market.symbol(), hi, wanted);
            page = new ArrayList<>(n);
            for (int i = latest.size() - 1 - offset; i >= 0 && page.size() < n && latest.get(i).time() >= lo; i--) {
                page.add(latest.get(i));
            }
        } else {
            List<AggTrade> range = lo > hi ? List.of() : venue().store().range(market.symbol(), lo, hi, wanted);
            page = range.subList(Math.min(offset, range.size()), range.size());
        }
        return BitmexJson.trades(market, page);
    }

    private static long time(String name, String value, long fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        OptionalLong t = IsoTimes.parse(value);
        if (t.isEmpty()) {
            throw BitmexApiException.badRequest("Invalid " + name + ": '" + value
                    + "'; expected an ISO-8601 timestamp such as 2021-07-22T22:35:59.790Z");
        }
        return t.getAsLong();
    }

    private static int integer(String name, String value, int min, int max, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        long v;
        try {
            v = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw BitmexApiException.badRequest("Invalid " + name + ": '" + value + "' is not an integer");
        }
        if (v < min || v > max) {
            throw BitmexApiException.badRequest("Invalid " + name + ": must be from " + min + " to " + max);
        }
        return (int) v;
    }

    private Venue venue() {
        return simulation.venue(ExchangeId.BITMEX);
    }
}
