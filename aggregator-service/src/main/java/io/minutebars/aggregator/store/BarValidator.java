package io.minutebars.aggregator.store;

import io.minutebars.model.Bar;
import io.minutebars.model.BarStatus;
import io.minutebars.model.Exchanges;
import io.minutebars.model.Interval;
import io.minutebars.model.Symbols;

/** Refuses bars that would corrupt storage; the message says what is wrong (it goes to the dead letter). */
public final class BarValidator {
    private BarValidator() {
    }

    public static void validate(Bar b) {
        require(Exchanges.isValid(b.exchange()), "invalid exchange id '" + b.exchange() + "'");
        require(Symbols.isCanonical(b.symbol()), "symbol '" + b.symbol() + "' is not canonical BASE-QUOTE");
        Interval interval = Interval.fromCode(b.interval())
                .orElseThrow(() -> new IllegalArgumentException("unknown interval '" + b.interval() + "'"));
        long open = b.openTime().toEpochMilli();
        require(interval.isAligned(open), "openTime " + b.openTime() + " is not aligned to " + interval);
        require(b.closeTime().toEpochMilli() == open + interval.millis(), "closeTime must be openTime + " + interval);
        require(b.revision() >= 0, "negative revision");
        require(b.nativeSymbol() == null || b.nativeSymbol().length() <= 64, "nativeSymbol longer than 64 characters");
        require(b.trades() == null || b.trades() >= 0, "negative trade count");
        require(idLength(b.firstTradeId()) && idLength(b.lastTradeId()), "trade id longer than 64 characters");
        for (var v : new java.math.BigDecimal[] {b.volume(), b.quoteVolume(), b.takerBuyVolume(),
                b.takerBuyQuoteVolume(), b.takerSellVolume(), b.takerSellQuoteVolume()}) {
            require(v == null || v.signum() >= 0, "negative volume");
        }
        if (b.status() == BarStatus.COMPLETE || b.status() == BarStatus.FILLED) {
            require(b.open() != null && b.high() != null && b.low() != null && b.close() != null,
                    b.status() + " bar without prices");
            require(b.high().compareTo(b.low()) >= 0, "high below low");
            require(b.open().compareTo(b.low()) >= 0 && b.open().compareTo(b.high()) <= 0, "open outside [low, high]");
            require(b.close().compareTo(b.low()) >= 0 && b.close().compareTo(b.high()) <= 0, "close outside [low, high]");
            require(b.low().signum() > 0, "non-positive price");
            require(b.volume() != null && b.volume().signum() >= 0, "negative or missing volume");
        }
        if (b.status() == BarStatus.EMPTY) {
            require(b.open() == null && (b.trades() == null || b.trades() == 0), "EMPTY bar with trades");
        }
    }

    private static boolean idLength(String id) {
        return id == null || id.length() <= 64;
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
