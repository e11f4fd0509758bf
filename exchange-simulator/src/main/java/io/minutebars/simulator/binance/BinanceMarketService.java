package io.minutebars.simulator.binance;

import io.minutebars.model.Bar;
import io.minutebars.model.Minutes;
import io.minutebars.simulator.clock.Simulation;
import io.minutebars.simulator.market.AggTrade;
import io.minutebars.simulator.market.Scaled;
import io.minutebars.simulator.market.SymbolSpec;
import io.minutebars.simulator.store.TradeStore;
import io.minutebars.simulator.truth.TruthCalculator;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalLong;

/** {@code /api/v3/aggTrades} and {@code /api/v3/klines} with Binance's selection rules over the store. */
@ApplicationScoped
public class BinanceMarketService {
    private final Simulation simulation;

    public BinanceMarketService(Simulation simulation) {
        this.simulation = simulation;
    }

    /**
     * fromId inclusive; startTime/endTime inclusive; startTime only: oldest from it; endTime only: most
     * recent up to it; none: most recent. Always chronological, and never a trade after simNow.
     */
    public String aggTrades(String symbolParam, String fromIdParam, String startParam, String endParam,
            String limitParam) {
        TradeStore store = simulation.store();
        SymbolSpec market = BinanceParams.symbol(store, symbolParam);
        Long fromId = BinanceParams.optionalLong("fromId", fromIdParam);
        Long startTime = BinanceParams.optionalLong("startTime", startParam);
        Long endTime = BinanceParams.optionalLong("endTime", endParam);
        int limit = BinanceParams.limit(limitParam);
        BinanceParams.checkWindow(startTime, endTime);
        if (fromId != null && (startTime != null || endTime != null)) {
            throw BinanceApiException.badRequest(-1128, "Combination of optional parameters invalid.");
        }
        long now = simulation.advance();
        String s = market.symbol();
        List<AggTrade> trades;
        if (fromId != null) {
            trades = store.fromId(s, fromId, now, limit);
        } else if (startTime != null) {
            trades = store.range(s, startTime, endTime == null ? now : Math.min(endTime, now), limit);
        } else {
            trades = store.latest(s, endTime == null ? now : Math.min(endTime, now), limit);
        }
        return BinanceJson.aggTrades(trades);
    }

    /**
     * 1m klines whose open time lies in [startTime, endTime], at most limit, the still-open minute
     * included; minutes before the data start do not exist (like a market before its listing).
     */
    public String klines(String symbolParam, String interval, String startParam, String endParam,
            String limitParam) {
        TradeStore store = simulation.store();
        SymbolSpec market = BinanceParams.symbol(store, symbolParam);
        if (interval == null || interval.isEmpty()) {
            throw BinanceApiException.mandatory("interval");
        }
        if (!"1m".equals(interval)) {
            throw BinanceApiException.badRequest(-1120, "Invalid interval.");
        }
        Long startTime = BinanceParams.optionalLong("startTime", startParam);
        Long endTime = BinanceParams.optionalLong("endTime", endParam);
        int limit = BinanceParams.limit(limitParam);
        BinanceParams.checkWindow(startTime, endTime);
        long now = simulation.advance();
        String s = market.symbol();
        long lo = store.dataStart(s);
        if (startTime != null) {
            lo = Math.max(lo, Minutes.floor(startTime + Minutes.MINUTE_MS - 1));
        }
        long hi = Minutes.floor(now);
        if (endTime != null) {
            hi = Math.min(hi, Minutes.floor(endTime));
        }
        if (lo > hi) {
            return "[]";
        }
        long span = (limit - 1L) * Minutes.MINUTE_MS;
        long first = startTime != null ? lo : Math.max(lo, hi - span);
        long last = startTime != null ? Math.min(hi, lo + span) : hi;
        List<AggTrade> trades = store.range(s, first, Math.min(last + Minutes.MINUTE_MS - 1, now), Integer.MAX_VALUE);
        List<Bar> bars = TruthCalculator.bars(market, trades, first, last + Minutes.MINUTE_MS);
        OptionalLong before = store.closeBefore(s, first);
        BigDecimal previousClose = before.isPresent() ? Scaled.toDecimal(before.getAsLong()) : null;
        StringBuilder sb = new StringBuilder(bars.size() * 200).append('[');
        boolean any = false;
        for (Bar bar : bars) {
            if (bar.trades() > 0) {
                previousClose = bar.close();
            } else if (previousClose == null) {
                continue; // nothing has ever traded: no kline, as before a listing
            }
            if (any) {
                sb.append(',');
            }
            BinanceJson.kline(sb, bar, previousClose);
            any = true;
        }
        return sb.append(']').toString();
    }
}
