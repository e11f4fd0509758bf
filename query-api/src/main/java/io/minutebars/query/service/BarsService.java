package io.minutebars.query.service;

import io.minutebars.model.BarBuckets;
import io.minutebars.model.Interval;
import io.minutebars.model.Minutes;
import io.minutebars.query.cache.BucketBars;
import io.minutebars.query.cache.BucketCache;
import io.minutebars.query.cache.BucketKey;
import io.minutebars.query.cache.MarketCatalog;
import io.minutebars.query.config.QueryConfig;
import io.minutebars.query.limits.Deadline;
import io.minutebars.query.limits.TimeBudget;
import io.minutebars.query.problem.QueryProblemException;
import io.minutebars.store.StoredDataException;
import io.minutebars.store.MarketRecord;
import io.minutebars.store.MarketRepository;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;

/** The bars read path: validate, check the market exists, cut the page out of cached buckets. */
@ApplicationScoped
public class BarsService {
    private final BarsQueryParser parser;
    private final MarketCatalog catalog;
    private final MarketRepository markets;
    private final BucketCache cache;
    private final CursorCodec codec;
    private final TimeBudget budget;
    private final Clock clock;
    private final long maxTimeMillis;

    public BarsService(QueryConfig config, CursorCodec codec, MarketCatalog catalog, MarketRepository markets,
            BucketCache cache, TimeBudget budget, Clock clock) {
        this.parser = new BarsQueryParser(QueryLimits.from(config), codec);
        this.codec = codec;
        this.catalog = catalog;
        this.markets = markets;
        this.cache = cache;
        this.budget = budget;
        this.clock = clock;
        this.maxTimeMillis = Math.max(1, config.timeBudget().toMillis());
    }

    public BarsResult bars(BarsParams params) {
        Deadline deadline = budget.start();
        BarsQuery q = parser.parse(params, clock.millis());
        catalog.require(q.exchange(), q.symbol(), q.interval().code());
        BarPager.Page page = BarPager.page(q.interval(), q.start(), q.end(), q.limit(),
                b -> cache.get(new BucketKey(q.exchange(), q.symbol(), q.interval(), b), deadline), deadline);
        String next = page.next() == null ? null : q.cursorAt(page.next()).encode(codec);
        return new BarsResult(BarsPageWriter.write(q, page, next), next);
    }

    /** The newest stored bar as wire JSON, or a 404 problem. */
    public ByteBuf latest(ExchangeId exchangeParam, MarketSymbol symbolParam, Interval intervalParam) {
        String exchange = MarketParams.exchange(MarketParams.text(exchangeParam));
        String symbol = MarketParams.symbol(MarketParams.text(symbolParam));
        Interval interval = intervalParam == null ? Interval.M1 : intervalParam;
        catalog.require(exchange, symbol, interval.code());
        // read the market fresh: the catalog's lastOpenTime may be a refresh interval old
        List<MarketRecord> found = markets.find(exchange, symbol, interval.code(), maxTimeMillis);
        Long last = found.isEmpty() ? null : found.get(0).lastOpenTime();
        if (last != null) {
            if (!Minutes.inRange(last)) {
                throw new StoredDataException("market " + exchange + " " + symbol + " " + interval.code()
                        + " has lastOpenTime " + last + " ms, outside the times bars are stored for");
            }
            BucketBars bars = cache.get(new BucketKey(exchange, symbol, interval,
                    BarBuckets.bucketStart(interval, last)), budget.start());
            if (bars.size() > 0) {
                int n = bars.size();
                return Unpooled.wrappedBuffer(bars.json(), bars.offset(n - 1), bars.length(n - 1, n));
            }
        }
        throw QueryProblemException.notFound("symbol", "no " + interval.code() + " bar is stored yet for "
                + exchange + " " + symbol);
    }
}
