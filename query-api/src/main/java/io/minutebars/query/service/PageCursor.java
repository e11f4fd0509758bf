package io.minutebars.query.service;

import io.minutebars.model.Interval;
import io.minutebars.query.problem.QueryProblemException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The cursor of every paged endpoint: the endpoint ({@code kind}), its validated parameters, where the next page
 * starts, the end and the page size, so that {@code ?cursor=} alone repeats the query from {@code next} on. Opaque
 * to clients: {@code s2|kind|next|end|limit|key=value,...}, signed by {@link CursorCodec}. Its contents are checked
 * again like a query's, and against the parameters given beside it, in one place: {@link PageRequest}.
 */
public record PageCursor(String kind, Map<String, String> params, long next, long end, int limit) {
    private static final String VERSION = "s2";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9.-]{1,64}");

    /** The cursor of a bars page. */
    public static PageCursor bars(String exchange, String symbol, Interval interval, long next, long end, int limit) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("exchange", exchange);
        params.put("symbol", symbol);
        params.put("interval", interval.code());
        return new PageCursor(BarsQueryParser.KIND, params, next, end, limit);
    }

    public String encode(CursorCodec codec) {
        String ps = params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
        return codec.encode(VERSION, kind, Long.toString(next), Long.toString(end), Integer.toString(limit), ps);
    }

    /** The cursor, which must have been issued by the endpoint {@code kind}. */
    public static PageCursor decode(String cursor, String kind, CursorCodec codec) {
        String[] f = codec.decode(cursor, VERSION, 6);
        if (!kind.equals(f[1])) {
            throw bad(cursor, "it belongs to /api/v1/" + (TOKEN.matcher(f[1]).matches() ? f[1] : "another endpoint"));
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (String kv : f[5].isEmpty() ? new String[0] : f[5].split(",", -1)) {
            String[] p = kv.split("=", -1);
            if (p.length != 2 || !TOKEN.matcher(p[0]).matches() || !TOKEN.matcher(p[1]).matches()) {
                throw bad(cursor, "its parameters are invalid");
            }
            params.put(p[0], p[1]);
        }
        try {
            return new PageCursor(kind, params, Long.parseLong(f[2]), Long.parseLong(f[3]), Integer.parseInt(f[4]));
        } catch (NumberFormatException e) {
            throw bad(cursor, "its position is invalid");
        }
    }

    private static QueryProblemException bad(String cursor, String why) {
        return CursorCodec.bad(cursor, why);
    }
}
