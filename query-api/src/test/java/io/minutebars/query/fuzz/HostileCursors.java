package io.minutebars.query.fuzz;

import io.minutebars.query.service.CursorCodec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * Cursors the API did not issue or should not honour: truncated, forged (the payload changed, the signature kept),
 * foreign (another deployment's secret), unsigned, of another endpoint, and properly signed ones with hostile
 * contents (times near Long.MAX_VALUE, empty or reversed ranges, absurd limits and parameters).
 */
final class HostileCursors {
    static final CursorCodec FOREIGN = new CursorCodec("another-deployment-secret-0123456789abcdef");
    private static final long MAX = Long.MAX_VALUE;
    private static final long JAN1 = 1704067200000L;
    private static final long DAY = 86_400_000L;

    private HostileCursors() {
    }

    /** Hostile cursors for an endpoint, given one it really issued ({@code issued}) and another endpoint's. */
    static List<String> of(String path, String issued, String otherEndpoints, CursorCodec ours, Random random) {
        List<String> out = new ArrayList<>(List.of("", ".", "..", "a.b", "x".repeat(1500), otherEndpoints));
        int dot = issued.indexOf('.');
        String payload = new String(Base64.getUrlDecoder().decode(issued.substring(0, dot)), StandardCharsets.US_ASCII);
        String[] f = payload.split("\\|", -1);
        for (int i = 0; i < 4; i++) {
            out.add(issued.substring(0, 1 + random.nextInt(issued.length() - 1)));
        }
        out.add(issued.substring(0, dot));
        out.add(issued + "A");
        out.add(issued.replace('-', '+').replace('_', '/'));
        out.add(FOREIGN.encode(f));
        long[][] ranges = {{MAX - 1000, MAX}, {MAX - 5 * DAY, MAX - 1}, {Long.MIN_VALUE + 1, MAX - 1}, {-DAY, JAN1},
                {JAN1, JAN1}, {JAN1 + DAY, JAN1}, {0, 253402300799999L}, {JAN1, 253402300800000L}};
        int next = 2; // s2|kind|next|end|limit|params, for every endpoint
        for (long[] r : ranges) {
            String[] g = f.clone();
            g[next] = Long.toString(r[0]);
            g[next + 1] = Long.toString(r[1]);
            out.add(ours.encode(g));
            out.add(b64(String.join("|", g)) + issued.substring(dot));
        }
        for (String limit : List.of("0", "-1", "2147483647", "99999999999", "x")) {
            String[] g = f.clone();
            g[next + 2] = limit;
            out.add(ours.encode(g));
        }
        String[] g = f.clone();
        g[5] = "interval=1d,exchange=../../etc,rsiPeriod=99999999999,n=0,base=" + "B".repeat(60);
        out.add(ours.encode(g));
        g[5] = "interval=1d,symbol=$gt";
        out.add(ours.encode(g));
        g[1] = path.endsWith("/bars") ? "stats" : "bars";
        out.add(ours.encode(g));
        out.add(ours.encode(f[0] + "x"));
        out.add(b64(payload));
        out.add(b64(payload.replace("s2|", "s1|")));
        return out;
    }

    private static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.US_ASCII));
    }
}
