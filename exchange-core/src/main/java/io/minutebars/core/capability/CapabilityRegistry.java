package io.minutebars.core.capability;

import io.minutebars.core.config.ExchangeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * What the exchange module on the class path can do: the runtime asks here instead of calling methods an exchange
 * would have to refuse. The catalog and the server clock every module has; the rest only where the exchange has it.
 */
@ApplicationScoped
public class CapabilityRegistry {
    @Inject ExchangeConfig config;
    @Inject InstrumentCatalog catalog;
    @Inject ServerClock clock;
    @Inject Instance<TradeHistory> trades;
    @Inject Instance<KlineHistory> klines;
    @Inject Instance<StreamProtocol> stream;
    @Inject Instance<CandlePolling> polling;

    /** The exchange id of bars, instruments and routing keys ({@code minutebars.exchange.id}). */
    public String exchangeId() {
        return config.exchange().id();
    }

    public InstrumentCatalog catalog() {
        return catalog;
    }

    public ServerClock clock() {
        return clock;
    }

    public Optional<TradeHistory> trades() {
        return optional(trades);
    }

    public Optional<KlineHistory> klines() {
        return optional(klines);
    }

    public Optional<StreamProtocol> stream() {
        return optional(stream);
    }

    public Optional<CandlePolling> polling() {
        return optional(polling);
    }

    /** True when trade ids are the history's contiguous sequence: a stored bar's last id resumes it. */
    public boolean contiguousSequences() {
        return trades().filter(t -> t instanceof TradeHistory.BySequence s && s.contiguous()).isPresent();
    }

    private static <T> Optional<T> optional(Instance<T> instance) {
        return instance.isResolvable() ? Optional.of(instance.get()) : Optional.empty();
    }
}
