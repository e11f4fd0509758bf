package io.minutebars.query.service;

import io.minutebars.model.Interval;
import io.minutebars.query.problem.QueryProblemException;
import java.time.Duration;
import java.time.Instant;

/**
 * Turns raw parameters into a {@link BarsQuery}, or a 400 problem saying exactly what is wrong.
 * {@code end} defaults to now, {@code start} to {@code end} minus the default span (one day). A
 * cursor stands for the rest of the query it came from; parameters given beside it must agree with it.
 */
public final class BarsQueryParser {
    private final QueryLimits limits;
    private final CursorCodec codec;

    public BarsQueryParser(QueryLimits limits, CursorCodec codec) {
        this.limits = limits;
        this.codec = codec;
    }

    public BarsQuery parse(BarsParams p, long now) {
        Integer limit = p.limit() == null ? null : parseLimit(p.limit());
        if (p.cursor() != null) {
            return fromCursor(p, limit);
        }
        String exchange = MarketParams.exchange(p.exchange());
        String symbol = MarketParams.symbol(p.symbol());
        Interval interval = MarketParams.interval(p.interval());
        long end = p.end() == null ? now : TimeParser.parse("end", p.end());
        long start = p.start() == null ? Math.max(0, end - limits.defaultSpan().toMillis())
                : TimeParser.parse("start", p.start());
        BarsQuery q = new BarsQuery(exchange, symbol, interval, start, end,
                limit == null ? limits.defaultLimit() : limit);
        return checkRange(q, p.end() == null ? " (end defaults to now)" : "");
    }

    /** The signature proves the cursor is ours; its contents are still checked like a query's (limits change). */
    private BarsQuery fromCursor(BarsParams p, Integer limit) {
        PageCursor c = PageCursor.decode(p.cursor(), codec);
        TimeParser.requireCursorTime(c.next());
        TimeParser.requireCursorTime(c.end());
        if (p.exchange() != null) {
            agree("exchange", c.exchange(), MarketParams.exchange(p.exchange()));
        }
        if (p.symbol() != null) {
            agree("symbol", c.symbol(), MarketParams.symbol(p.symbol()));
        }
        if (p.interval() != null) {
            agree("interval", c.interval().code(), MarketParams.interval(p.interval()).code());
        }
        if (p.end() != null) {
            agree("end", Instant.ofEpochMilli(c.end()).toString(),
                    Instant.ofEpochMilli(TimeParser.parse("end", p.end())).toString());
        }
        if (limit == null && (c.limit() < 1 || c.limit() > limits.maxLimit())) {
            throw QueryProblemException.invalid("cursor", "cursor carries a limit outside 1.." + limits.maxLimit());
        }
        BarsQuery q = new BarsQuery(c.exchange(), c.symbol(), c.interval(), c.next(), c.end(),
                limit == null ? c.limit() : limit);
        return checkRange(q, "");
    }

    private static void agree(String parameter, String inCursor, String given) {
        if (!inCursor.equals(given)) {
            throw QueryProblemException.invalid("cursor", "cursor belongs to " + parameter + "=" + inCursor
                    + " but the request says " + parameter + "=" + given + "; drop " + parameter
                    + " or start a new query without cursor");
        }
    }

    private int parseLimit(String raw) {
        int limit;
        try {
            limit = Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw QueryProblemException.invalid("limit", "limit " + QueryProblemException.echo(raw)
                    + " is not an integer; give 1.." + limits.maxLimit());
        }
        if (limit < 1 || limit > limits.maxLimit()) {
            throw QueryProblemException.invalid("limit", "limit " + limit + " is out of range; give 1.."
                    + limits.maxLimit());
        }
        return limit;
    }

    private BarsQuery checkRange(BarsQuery q, String endNote) {
        if (q.start() >= q.end()) {
            throw QueryProblemException.invalid("start", "start must be before end (start="
                    + Instant.ofEpochMilli(q.start()) + ", end=" + Instant.ofEpochMilli(q.end()) + endNote
                    + "); the range is half-open: start <= openTime < end");
        }
        Duration max = limits.maxSpan(q.interval());
        if (q.end() - q.start() > max.toMillis()) {
            throw QueryProblemException.invalid("end", "the range " + Instant.ofEpochMilli(q.start()) + " .. "
                    + Instant.ofEpochMilli(q.end()) + endNote + " spans " + describe(Duration.ofMillis(q.end() - q.start()))
                    + ", more than the " + describe(max) + " one request may cover for " + q.interval().code()
                    + " bars; split it into several requests");
        }
        return q;
    }

    static String describe(Duration d) {
        long days = d.toDays();
        return d.equals(Duration.ofDays(days)) ? days + (days == 1 ? " day" : " days") : d.toString();
    }
}
