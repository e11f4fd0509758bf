package io.minutebars.query.service;

import io.minutebars.model.Interval;
import io.minutebars.query.cache.MarketCatalog;
import io.minutebars.query.cache.MarketIndex;
import io.minutebars.query.config.QueryConfig;
import io.minutebars.query.config.RankingsConfig;
import io.minutebars.query.config.StatsConfig;
import io.minutebars.query.limits.Deadline;
import io.minutebars.query.limits.TimeBudget;
import io.minutebars.query.problem.QueryProblemException;
import io.minutebars.store.MarketRecord;
import io.minutebars.query.stats.MarketBars;
import io.minutebars.query.stats.Rankings;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** GET /api/v1/rankings: top and bottom markets by n-period return at each interval close of a page. */
@ApplicationScoped
public class RankingsService {
    static final String KIND = "rankings";

    private final RankingsConfig config;
    private final StatsConfig stats;
    private final QueryLimits limits;
    private final PageRequest.Paging paging;
    private final MarketCatalog catalog;
    private final BarReader reader;
    private final TimeBudget budget;
    private final Clock clock;

    public RankingsService(QueryConfig config, CursorCodec codec, MarketCatalog catalog, BarReader reader,
            TimeBudget budget, Clock clock) {
        this.config = config.rankings();
        this.stats = config.stats();
        this.limits = QueryLimits.from(config);
        this.paging = new PageRequest.Paging(KIND, codec, this.config.defaultLimit(), this.config.maxLimit(),
                config.defaultSpan());
        this.catalog = catalog;
        this.reader = reader;
        this.budget = budget;
        this.clock = clock;
    }

    public StatsPages.Ranking rankings(StatsParams.Rankings p) {
        Deadline deadline = budget.start();
        Map<String, String> given = new LinkedHashMap<>();
        given.put("interval", MarketParams.text(p.interval()));
        given.put("exchange", MarketParams.text(p.exchange()));
        given.put("n", MarketParams.text(IntParams.check("n", p.n(), 1, config.maxN())));
        given.put("returnPeriods", MarketParams.text(IntParams.check("returnPeriods", p.returnPeriods(), 1,
                stats.maxReturnPeriods())));
        PageRequest q = PageRequest.parse(paging, given, p.range(), clock.millis());
        Interval interval = MarketParams.interval(q.param("interval"));
        String exchange = q.param("exchange") == null ? null : MarketParams.exchange(q.param("exchange"));
        int n = IntParams.orDefault("n", q.param("n"), config.defaultN(), 1, config.maxN());
        int periods = IntParams.orDefault("returnPeriods", q.param("returnPeriods"), config.returnPeriods(), 1,
                stats.maxReturnPeriods());
        q.params().putAll(Map.of("interval", interval.code(), "n", "" + n, "returnPeriods", "" + periods));
        q.checkSpan(interval, limits);
        MarketIndex index = catalog.index();
        if (exchange != null && !index.hasExchange(exchange)) {
            throw index.unknownExchange(exchange);
        }
        List<MarketRecord> markets = index.all().stream().filter(m -> m.interval().equals(interval.code())
                && (exchange == null || exchange.equals(m.exchange()))).toList();
        if (markets.isEmpty()) {
            throw QueryProblemException.notFound("interval", "no market" + (exchange == null ? "" : " of " + exchange)
                    + " has " + interval.code() + " bars stored; see /api/v1/markets");
        }
        long first = q.firstSlot(interval);
        long pageEnd = q.pageEnd(interval);
        long from = Math.subtractExact(first, Math.multiplyExact((long) periods + stats.maxCarryBars() + 1,
                interval.millis()));
        List<MarketBars> bars = new ArrayList<>(markets.size());
        for (MarketRecord m : markets) {
            bars.add(reader.market(m, interval, from, pageEnd, deadline));
        }
        List<Rankings.Snapshot> out = Rankings.compute(bars, interval, first, pageEnd, n, periods,
                stats.maxCarryBars(), deadline);
        return new StatsPages.Ranking(interval.code(), exchange, n, periods, Instant.ofEpochMilli(q.start()),
                Instant.ofEpochMilli(q.end()), markets.size(), out, q.nextCursor(paging, interval));
    }
}
