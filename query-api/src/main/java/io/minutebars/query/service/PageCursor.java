package io.minutebars.query.service;

import io.minutebars.model.Exchanges;
import io.minutebars.model.Interval;
import io.minutebars.model.Symbols;
import io.minutebars.query.problem.QueryProblemException;

/**
 * Where the next page starts, with the query it belongs to, so that {@code ?cursor=} alone repeats the
 * query from {@code next} on. Opaque to clients: {@code v2|exchange|symbol|interval|next|end|limit}, signed by
 * {@link CursorCodec}. Its times and limit are validated again like a query's (BarsQueryParser): the limits may have
 * changed since it was issued.
 */
public record PageCursor(String exchange, String symbol, Interval interval, long next, long end, int limit) {
    private static final String VERSION = "v2";

    public String encode(CursorCodec codec) {
        return codec.encode(VERSION, exchange, symbol, interval.code(), Long.toString(next),
                Long.toString(end), Integer.toString(limit));
    }

    public static PageCursor decode(String cursor, CursorCodec codec) {
        String[] f = codec.decode(cursor, VERSION, 7);
        if (!Exchanges.isValid(f[1]) || !Symbols.isCanonical(f[2])) {
            throw bad(cursor, "its market is invalid");
        }
        Interval interval = Interval.fromCode(f[3]).orElseThrow(() -> bad(cursor, "its interval is invalid"));
        try {
            return new PageCursor(f[1], f[2], interval, Long.parseLong(f[4]), Long.parseLong(f[5]),
                    Integer.parseInt(f[6]));
        } catch (NumberFormatException e) {
            throw bad(cursor, "its position is invalid");
        }
    }

    private static QueryProblemException bad(String cursor, String why) {
        return CursorCodec.bad(cursor, why);
    }
}
