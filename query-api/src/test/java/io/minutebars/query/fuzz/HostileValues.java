package io.minutebars.query.fuzz;

import java.util.ArrayList;
import java.util.List;

/** Values a client should never send, for any parameter: each must give a 200 or a 4xx problem, quickly. */
final class HostileValues {
    private HostileValues() {
    }

    static final List<String> GENERAL = List.of(
            // empty, blank and numbers of every odd shape
            "", " ", "-1", "0", "1", "-0", "+5", " 5 ", "1.5", "1e3", "1e999999999", "-1e999999999", "0x10", "NaN",
            "Infinity", "-Infinity", "2147483647", "2147483648", "-2147483649", "9223372036854775807",
            "9223372036854775808", "-9223372036854775808", "99999999999999999999999999999", "１２", "٣",
            // times far away, at the edges and invalid
            "+1000000000-01-01T00:00:00Z", "-1000000000-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z",
            "-999999999-01-01T00:00:00Z", "0000-01-01", "1969-12-31T23:59:59.999Z", "1970-01-01T00:00:00Z",
            "9999-12-31T23:59:59.999Z", "10000-01-01T00:00:00Z", "2024-02-30", "2024-01-01T00:00:00+25:00",
            "2024-01-01T00:00:00.123456789-18:00", "2024-01-01T00:00:00", "253402300799999", "253402300800000",
            "-253402300800000", "P1D", "now",
            // unicode, control characters and injections
            "ü", "日本語", "😀", "\u202e", "\u0000", "\t\r\n", "\u00a0", "\ufeff", "İ", "ß", "' OR 1=1--",
            "\" OR \"\"=\"", "{\"$gt\":\"\"}", "{\"$where\":\"sleep(5000)\"}", "$gt", "$where", "../../etc/passwd",
            "..\\..\\windows\\win.ini", "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/a}", "%s%s%n", "%00",
            "null", "true", "[]", "{}", "a,b", "binance,bybit", "*", ".*", "\\", "|", "=",
            // very long, the last beyond the longest URI answered (a 414 problem)
            "A".repeat(2000), "9".repeat(1000), "ü".repeat(300), "-".repeat(500), "1m".repeat(600), "Z".repeat(9000));

    /** Values a parameter's kind makes plausible: near-misses of the valid ones. */
    static List<String> specific(ApiOperation.Param p) {
        List<String> out = new ArrayList<>();
        if (p.range() != null) {
            long min = p.range()[0];
            long max = p.range()[1];
            for (long v : new long[] {min - 1, min, max, max + 1, max * 1000}) {
                out.add(Long.toString(v));
            }
        }
        switch (p.name()) {
            case "interval" -> out.addAll(List.of("1m", "5m", "15m", "1h", "4h", "1d", "1M", "1w", "60s", "1H", "2m"));
            case "exchange" -> out.addAll(List.of("BINANCE", " binance ", "bybit", "kraken", "bin ance", "bin-ance"));
            case "symbol" -> out.addAll(List.of("btc-usdt", "BTC-USDT-X", "BTC--USDT", "-USDT", "BTCUSDT", "ETH-USDT"));
            case "base" -> out.addAll(List.of("btc", "ETH", "B-T-C", "BTC-USDT"));
            case "family" -> out.addAll(List.of("USD", "usdt", "eur"));
            case "start", "end" -> out.addAll(List.of("2024-01-01", "2024-01-01T12:00:00+02:00", "1704067200000",
                    "2023-12-01T00:00:00Z", "2024-03-01T00:00:00Z"));
            default -> {
            }
        }
        return out;
    }
}
