package io.minutebars.simulator.market;

/** BitMEX/Bybit tick direction of a trade against the previous trade of its market. */
public enum TickDirection {
    PLUS("PlusTick"), ZERO_PLUS("ZeroPlusTick"), MINUS("MinusTick"), ZERO_MINUS("ZeroMinusTick");

    private final String wire;

    TickDirection(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** Direction of a trade at {@code price} after one at {@code previousPrice} that had {@code previous}. */
    public static TickDirection next(long previousPrice, TickDirection previous, long price) {
        if (price > previousPrice) {
            return PLUS;
        }
        if (price < previousPrice) {
            return MINUS;
        }
        return previous == PLUS || previous == ZERO_PLUS ? ZERO_PLUS : ZERO_MINUS;
    }
}
