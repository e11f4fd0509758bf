package io.minutebars.simulator.market;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
}
