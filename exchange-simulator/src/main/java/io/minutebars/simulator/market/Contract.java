package io.minutebars.simulator.market;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a trade's size maps to base volume (home notional) and quote volume (foreign notional). The truth
 * uses exactly these values, as the exchange emits them.
 */
public enum Contract {
    /** Size is a base quantity: base = size, quote = price x size. */
    LINEAR {
        @Override
        public BigDecimal home(AggTrade t) {
            return t.qty();
        }

        @Override
        public BigDecimal foreign(AggTrade t) {
            return t.price().multiply(t.qty());
        }
    },
    /** Size is quote contracts (BitMEX XBTUSD, 1 contract = 1 USD): base = size / price to 8 decimals. */
    INVERSE {
        @Override
        public BigDecimal home(AggTrade t) {
            return t.qty().divide(t.price(), Scaled.SCALE, RoundingMode.HALF_UP);
        }

        @Override
        public BigDecimal foreign(AggTrade t) {
            return t.qty();
        }
    };

    public abstract BigDecimal home(AggTrade t);

    public abstract BigDecimal foreign(AggTrade t);
}
