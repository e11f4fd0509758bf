package io.minutebars.query.service;

import io.minutebars.model.Interval;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns the bars parameters into a {@link BarsQuery}, or a 400 problem saying exactly what is wrong. Range, page
 * size and cursor are {@link PageRequest}'s, as for every paged endpoint; here only the market.
 */
public final class BarsQueryParser {
    static final String KIND = "bars";

    private final QueryLimits limits;
    private final PageRequest.Paging paging;

    public BarsQueryParser(QueryLimits limits, CursorCodec codec) {
        this.limits = limits;
        this.paging = new PageRequest.Paging(KIND, codec, limits.defaultLimit(), limits.maxLimit(),
                limits.defaultSpan());
    }

    public BarsQuery parse(BarsParams p, long now) {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("exchange", MarketParams.text(p.exchange()));
        given.put("symbol", MarketParams.text(p.symbol()));
        given.put("interval", MarketParams.text(p.interval()));
        PageRequest q = PageRequest.parse(paging, given, p.range(), now);
        String exchange = MarketParams.exchange(q.param("exchange"));
        String symbol = MarketParams.symbol(q.param("symbol"));
        Interval interval = MarketParams.interval(q.param("interval"));
        q.checkSpan(interval, limits);
        return new BarsQuery(exchange, symbol, interval, q.start(), q.end(), q.limit());
    }

    static String describe(Duration d) {
        long days = d.toDays();
        return d.equals(Duration.ofDays(days)) ? days + (days == 1 ? " day" : " days") : d.toString();
    }
}
