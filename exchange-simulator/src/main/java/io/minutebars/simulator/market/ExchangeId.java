package io.minutebars.simulator.market;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The exchanges the simulator speaks; {@link #id()} is the canonical exchange id of their bars. */
public enum ExchangeId {
    BINANCE, BYBIT, BITMEX, NOMICS;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ExchangeId> of(String id) {
        return Arrays.stream(values()).filter(e -> e.id().equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(ExchangeId::id).toList();
    }

    /**
     * The one bean of each exchange (a venue's catalog, its rate limit), by exchange; fails at startup when
     * a venue's package lacks one, rather than on its first request.
     */
    public static <T> Map<ExchangeId, T> each(Collection<T> beans, Function<T, ExchangeId> exchangeOf, String what) {
        Map<ExchangeId, T> map = new EnumMap<>(ExchangeId.class);
        beans.forEach(b -> map.put(exchangeOf.apply(b), b));
        for (ExchangeId exchange : values()) {
            if (!map.containsKey(exchange)) {
                throw new IllegalStateException("no " + what + " for " + exchange.id());
            }
        }
        return map;
    }
}
