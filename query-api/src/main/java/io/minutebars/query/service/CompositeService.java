package io.minutebars.query.service;

import io.minutebars.model.Interval;
import io.minutebars.model.Symbols;
import io.minutebars.query.cache.MarketCatalog;
import io.minutebars.query.config.CompositeConfig;
import io.minutebars.query.config.QueryConfig;
import io.minutebars.query.limits.Deadline;
import io.minutebars.query.limits.TimeBudget;
import io.minutebars.query.problem.QueryProblemException;
import io.minutebars.store.MarketRecord;
import io.minutebars.query.stats.CompositeBar;
import io.minutebars.query.stats.CompositeCalculator;
import io.minutebars.query.stats.CompositeParams;
import io.minutebars.query.stats.MarketBars;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * GET /api/v1/composite: the volume-weighted price of one base asset across every stored market quoted in a
 * quote family, slot by slot, from the stored bars (1m, or each venue's stored rollup of the interval).
 */
@ApplicationScoped
public class CompositeService {
    static final String KIND = "composite";
    private static final Pattern ASSET = Pattern.compile("[A-Z0-9]{1,20}");
    private static final Pattern FAMILY = Pattern.compile("[a-z0-9-]{1,32}");

    private final CompositeConfig config;
    private final QueryLimits limits;
    private final Map<String, List<String>> families;
    private final CompositeParams params;
    private final PageRequest.Paging paging;
    private final MarketCatalog catalog;
    private final BarReader reader;
    private final TimeBudget budget;
    private final Clock clock;

    public CompositeService(QueryConfig config, CursorCodec codec, MarketCatalog catalog, BarReader reader,
            TimeBudget budget, Clock clock) {
        this.config = config.composite();
        this.limits = QueryLimits.from(config);
        this.paging = new PageRequest.Paging(KIND, codec, this.config.defaultLimit(), this.config.maxLimit(),
                config.defaultSpan());
        this.families = families(this.config.families());
        this.params = new CompositeParams(this.config.madMultiplier(), this.config.minDeviation(),
                this.config.minVenuesForOutliers());
        this.catalog = catalog;
        this.reader = reader;
        this.budget = budget;
        this.clock = clock;
    }

    static Map<String, List<String>> families(Map<String, List<String>> configured) {
        Map<String, List<String>> out = new TreeMap<>();
        configured.forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT),
                v.stream().map(q -> q.trim().toUpperCase(Locale.ROOT)).toList()));
        if (out.isEmpty()) {
            out.put("usd", List.of("USD", "USDT", "USDC"));
        }
        return out;
    }

    public StatsPages.Composite composite(StatsParams.Composite p) {
        Deadline deadline = budget.start();
        Map<String, String> given = new LinkedHashMap<>();
        given.put("base", p.base() == null ? null : base(p.base()));
        given.put("family", p.family() == null ? null : family(p.family()));
        given.put("interval", MarketParams.text(p.interval()));
        PageRequest q = PageRequest.parse(paging, given, p.range(), clock.millis());
        String base = base(q.param("base"));
        String family = family(q.param("family") == null ? config.defaultFamily() : q.param("family"));
        Interval interval = MarketParams.interval(q.param("interval"));
        q.params().putAll(Map.of("family", family, "interval", interval.code()));
        q.checkSpan(interval, limits);
        List<String> quotes = families.get(family);
        List<MarketRecord> constituents = catalog.index().all().stream()
                .filter(m -> m.interval().equals(interval.code()) && Symbols.isCanonical(m.symbol())
                        && Symbols.base(m.symbol()).equals(base) && quotes.contains(Symbols.quote(m.symbol())))
                .toList();
        if (constituents.isEmpty()) {
            throw QueryProblemException.notFound("base", "no stored market with base " + base + " and a quote in "
                    + "family " + family + " (" + String.join(", ", quotes) + ") has " + interval.code()
                    + " bars; see /api/v1/markets");
        }
        long first = q.firstSlot(interval);
        long pageEnd = q.pageEnd(interval);
        List<MarketBars> bars = new ArrayList<>();
        for (MarketRecord m : constituents) {
            bars.add(reader.market(m, interval, first, pageEnd, deadline));
        }
        List<CompositeBar> out = CompositeCalculator.compute(bars, interval, first, pageEnd, params, deadline);
        List<StatsPages.Market> markets = constituents.stream().map(m -> new StatsPages.Market(m.exchange(),
                m.symbol(), m.firstOpenTime() == null ? null : Instant.ofEpochMilli(m.firstOpenTime()))).toList();
        return new StatsPages.Composite(base, family, quotes, interval.code(), Instant.ofEpochMilli(q.start()),
                Instant.ofEpochMilli(q.end()), markets, out, q.nextCursor(paging, interval));
    }

    private static String base(String raw) {
        if (raw == null || raw.isBlank()) {
            throw QueryProblemException.invalid("base", "base is required, e.g. base=BTC");
        }
        String b = raw.trim().toUpperCase(Locale.ROOT);
        if (!ASSET.matcher(b).matches()) {
            throw QueryProblemException.invalid("base", "base " + QueryProblemException.echo(raw)
                    + " is malformed; give an asset like BTC");
        }
        return b;
    }

    private String family(String raw) {
        String f = raw.trim().toLowerCase(Locale.ROOT);
        if (!FAMILY.matcher(f).matches() || !families.containsKey(f)) {
            throw QueryProblemException.invalid("family", "quote family " + QueryProblemException.echo(raw)
                    + " is unknown; configured families: " + String.join(", ", families.keySet()));
        }
        return f;
    }
}
