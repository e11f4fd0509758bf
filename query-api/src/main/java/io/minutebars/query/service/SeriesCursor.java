package io.minutebars.query.service;

import io.minutebars.query.problem.QueryProblemException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The cursor of the statistics endpoints: the endpoint ({@code kind}), its validated parameters, where the
 * next page starts, the end and the page size. Opaque to clients: {@code s2|kind|next|end|limit|key=value,...},
 * signed by {@link CursorCodec}; its contents are validated again like a query's (SeriesRequest).
 */
public record SeriesCursor(String kind, Map<String, String> params, long next, long end, int limit) {
    private static final String VERSION = "s2";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9.-]{1,64}");

    public String encode(CursorCodec codec) {
        String ps = params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
        return codec.encode(VERSION, kind, Long.toString(next), Long.toString(end), Integer.toString(limit), ps);
    }

    /** The cursor, which must have been issued by the endpoint {@code kind}. */
    public static SeriesCursor decode(String cursor, String kind, CursorCodec codec) {
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
            return new SeriesCursor(kind, params, Long.parseLong(f[2]), Long.parseLong(f[3]), Integer.parseInt(f[4]));
        } catch (NumberFormatException e) {
            throw bad(cursor, "its position is invalid");
        }
    }

    private static QueryProblemException bad(String cursor, String why) {
        return CursorCodec.bad(cursor, why);
    }
}
