package io.minutebars.query.service;

import io.minutebars.model.Interval;
import io.minutebars.query.cache.MarketCatalog;
import io.minutebars.query.config.QueryConfig;
import io.minutebars.query.config.StatsConfig;
import io.minutebars.query.limits.Deadline;
import io.minutebars.query.limits.TimeBudget;
import io.minutebars.query.problem.QueryProblemException;
import io.minutebars.store.MarketRecord;
import io.minutebars.query.stats.IndicatorParams;
import io.minutebars.query.stats.IndicatorPoint;
import io.minutebars.query.stats.Indicators;
import io.minutebars.query.stats.PriceSeries;
import io.minutebars.query.stats.Volatility;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GET /api/v1/stats: the indicators of one market at each slot of a page, computed from the stored bars
 * (through the bucket cache) over each value's own fixed window, so a value never depends on the range asked for.
 */
@ApplicationScoped
public class StatsService {
    static final String KIND = "stats";

    private final StatsConfig config;
    private final QueryLimits limits;
    private final PageRequest.Paging paging;
    private final MarketCatalog catalog;
    private final BarReader reader;
    private final TimeBudget budget;
    private final Clock clock;

    public StatsService(QueryConfig config, CursorCodec codec, MarketCatalog catalog, BarReader reader,
            TimeBudget budget, Clock clock) {
        this.config = config.stats();
        this.limits = QueryLimits.from(config);
        this.paging = new PageRequest.Paging(KIND, codec, this.config.defaultLimit(), this.config.maxLimit(),
                config.defaultSpan());
        this.catalog = catalog;
        this.reader = reader;
        this.budget = budget;
        this.clock = clock;
    }

    public StatsPages.Stats indicators(StatsParams.Indicators p) {
        Deadline deadline = budget.start();
        Map<String, String> given = new LinkedHashMap<>();
        given.put("exchange", MarketParams.text(p.exchange()));
        given.put("symbol", MarketParams.text(p.symbol()));
        given.put("interval", MarketParams.text(p.interval()));
        given.put("rsiPeriod", MarketParams.text(IntParams.check("rsiPeriod", p.rsiPeriod(), 1,
                config.maxRsiPeriod())));
        given.put("rsiWarmup", MarketParams.text(IntParams.check("rsiWarmup", p.rsiWarmup(), 0,
                config.maxRsiWarmup())));
        given.put("volWindow", MarketParams.text(IntParams.check("volWindow", p.volWindow(), 2,
                config.maxVolWindow())));
        given.put("returnPeriods", MarketParams.text(IntParams.check("returnPeriods", p.returnPeriods(), 1,
                config.maxReturnPeriods())));
        PageRequest q = PageRequest.parse(paging, given, p.range(), clock.millis());
        String exchange = MarketParams.exchange(q.param("exchange"));
        String symbol = MarketParams.symbol(q.param("symbol"));
        Interval interval = MarketParams.interval(q.param("interval"));
        q.params().put("interval", interval.code());
        IndicatorParams ip = params(q, interval);
        q.params().putAll(Map.of("rsiPeriod", "" + ip.rsiPeriod(), "rsiWarmup", "" + ip.rsiWarmup(),
                "volWindow", "" + ip.volWindow(), "returnPeriods", "" + ip.returnPeriods()));
        q.checkSpan(interval, limits);
        checkWork(q.limit(), ip);
        MarketRecord market = catalog.require(exchange, symbol, interval.code());
        long first = q.firstSlot(interval);
        long pageEnd = q.pageEnd(interval);
        long from = Math.subtractExact(first, Math.multiplyExact((long) ip.lookbackBars() + ip.maxCarryBars() + 1,
                interval.millis()));
        PriceSeries series = PriceSeries.of(reader.read(exchange, symbol, interval, from, pageEnd, deadline),
                interval, from, pageEnd, BarReader.historyStart(market), ip.maxCarryBars());
        List<IndicatorPoint> points = Indicators.compute(series, series.indexOf(first), series.size(), ip,
                deadline);
        return new StatsPages.Stats(exchange, symbol, interval.code(), Instant.ofEpochMilli(q.start()),
                Instant.ofEpochMilli(q.end()), new StatsPages.IndicatorParameters(ip.rsiPeriod(), ip.rsiWarmup(),
                        ip.volWindow(), ip.returnPeriods(), ip.periodsPerYear(), ip.maxCarryBars()),
                points, q.nextCursor(paging, interval));
    }

    /** 400 when the page would cost more RSI steps than one request may (validation before computation). */
    private void checkWork(int limit, IndicatorParams ip) {
        long perPoint = (long) ip.rsiPeriod() + ip.rsiWarmup();
        if (limit * perPoint > config.maxRsiSteps()) {
            throw QueryProblemException.invalid("limit", "limit " + limit + " with rsiPeriod " + ip.rsiPeriod()
                    + " and rsiWarmup " + ip.rsiWarmup() + " costs " + limit * perPoint + " RSI steps, more than the "
                    + config.maxRsiSteps() + " one page may; give limit=" + Math.max(1, config.maxRsiSteps() / perPoint)
                    + " or less and follow nextCursor");
        }
    }

    private IndicatorParams params(PageRequest q, Interval interval) {
        return new IndicatorParams(
                IntParams.orDefault("rsiPeriod", q.param("rsiPeriod"), config.rsiPeriod(), 1, config.maxRsiPeriod()),
                IntParams.orDefault("rsiWarmup", q.param("rsiWarmup"), config.rsiWarmup(), 0, config.maxRsiWarmup()),
                IntParams.orDefault("volWindow", q.param("volWindow"), config.volWindow(), 2, config.maxVolWindow()),
                IntParams.orDefault("returnPeriods", q.param("returnPeriods"), config.returnPeriods(), 1,
                        config.maxReturnPeriods()),
                Volatility.periodsPerYear(interval, config.daysPerYear()), config.maxCarryBars());
    }
}
