package io.minutebars.simulator.truth;

import io.minutebars.model.Bar;
import io.minutebars.model.Minutes;
import io.minutebars.simulator.api.ExchangeParam;
import io.minutebars.simulator.clock.Simulation;
import io.minutebars.simulator.clock.Venue;
import io.minutebars.simulator.market.AggTrade;
import io.minutebars.simulator.market.ExchangeMarket;
import io.minutebars.simulator.store.TradeStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.BadRequestException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The ground-truth bars of closed minutes, for tests and benchmarks to compare consumers against. */
@ApplicationScoped
public class TruthService {
    private final Simulation simulation;

    public TruthService(Simulation simulation) {
        this.simulation = simulation;
    }

    /** Bars with start <= openTime < end and closeTime <= simNow, from the data start on. */
    public List<Bar> truth(String exchange, String symbol, String startParam, String endParam) {
        Venue venue = simulation.venue(ExchangeParam.of(exchange));
        TradeStore store = venue.store();
        if (symbol == null || symbol.isBlank()) {
            throw new BadRequestException("query parameter 'symbol' is required, e.g. " + venue.symbols().get(0));
        }
        ExchangeMarket market = venue.market(symbol).orElseThrow(() -> new BadRequestException(
                "unknown symbol '" + symbol + "' on " + venue.exchange().id() + "; simulated: " + venue.symbols()));
        long start = time("start", startParam);
        long end = time("end", endParam);
        if (start > end) {
            throw new BadRequestException("start must not be after end");
        }
        long now = simulation.advance();
        long first = Math.max(store.dataStart(market.symbol()), Minutes.floor(start + Minutes.MINUTE_MS - 1));
        // Last minute: opens before end and has closed by simNow.
        long stop = Math.min(Minutes.floor(end + Minutes.MINUTE_MS - 1), Minutes.floor(now));
        if (first >= stop) {
            return List.of();
        }
        List<AggTrade> trades = store.range(market.symbol(), first, stop - 1, Integer.MAX_VALUE);
        return TruthCalculator.bars(market, trades, first, stop);
    }

    /** Epoch milliseconds or an ISO-8601 instant. */
    static long time(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new BadRequestException("query parameter '" + name + "' is required (epoch ms or ISO-8601 instant)");
        }
        String v = value.trim();
        try {
            return v.chars().allMatch(Character::isDigit) ? Long.parseLong(v) : Instant.parse(v).toEpochMilli();
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new BadRequestException("query parameter '" + name + "' is neither epoch milliseconds nor an "
                    + "ISO-8601 instant: '" + value + "'");
        }
    }
}
