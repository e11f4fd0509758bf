package io.minutebars.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.BarStatus;
import io.minutebars.model.Decimals;
import io.minutebars.model.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Bars built in the tests from trades as an exchange's REST or WebSocket served them, independently of the truth. */
public final class RestBars {
    public record Row(long time, String id, BigDecimal price, BigDecimal base, BigDecimal quote, boolean takerBuy) {
    }

    private RestBars() {
    }

    public static JsonNode json(String body) {
        try {
            return Json.mapper().readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> fields(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** One bar per minute in [from, to) from rows in exchange order; minutes without a row are EMPTY. */
    public static List<Bar> bars(String exchange, String canonical, String nativeSymbol, List<Row> rows, long from,
            long to) {
        List<Bar> out = new ArrayList<>();
        for (long m = from; m < to; m += 60_000) {
            long minute = m;
            List<Row> in = rows.stream().filter(r -> r.time() >= minute && r.time() < minute + 60_000).toList();
            out.add(in.isEmpty() ? Bar.empty(exchange, canonical, nativeSymbol, minute, BarSource.LIVE)
                    : bar(exchange, canonical, nativeSymbol, minute, in));
        }
        return out;
    }

    private static Bar bar(String exchange, String canonical, String nativeSymbol, long minute, List<Row> in) {
        BigDecimal high = in.get(0).price();
        BigDecimal low = high;
        BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO};
        for (Row r : in) {
            high = high.max(r.price());
            low = low.min(r.price());
            sums[0] = sums[0].add(r.base());
            sums[1] = sums[1].add(r.quote());
            int side = r.takerBuy() ? 2 : 4;
            sums[side] = sums[side].add(r.base());
            sums[side + 1] = sums[side + 1].add(r.quote());
        }
        Row first = in.get(0);
        Row last = in.get(in.size() - 1);
        return new Bar(exchange, canonical, nativeSymbol, "1m", Instant.ofEpochMilli(minute), null, first.price(), high,
                low, last.price(), sums[0], sums[1], (long) in.size(), Decimals.vwap(sums[1], sums[0]), sums[2], sums[3],
                sums[4], sums[5], first.id(), last.id(), BarStatus.COMPLETE, 0, BarSource.LIVE);
    }
}
