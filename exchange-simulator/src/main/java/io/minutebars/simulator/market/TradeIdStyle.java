package io.minutebars.simulator.market;

/**
 * How an exchange names a trade. Every style keeps the string order equal to the id order, so a consumer
 * ordering a minute's trades by (time, trade id) finds the same open and close as the truth.
 */
public enum TradeIdStyle {
    /** Binance and Nomics: the number itself. */
    NUMERIC {
        @Override
        public String format(long id, long salt) {
            return Long.toString(id);
        }
    },
    /** Bybit spot: a 19-digit number like {@code 2100000000007764263}. */
    BYBIT_SPOT {
        @Override
        public String format(long id, long salt) {
            return Long.toString(2_100_000_000_000_000_000L + id);
        }
    },
    /** BitMEX trdMatchID and Bybit derivatives: a GUID whose first half is the id in fixed-width hex. */
    GUID {
        @Override
        public String format(long id, long salt) {
            String head = String.format("%016x", id);
            String tail = String.format("%016x", Seeds.mix(salt ^ id));
            return head.substring(0, 8) + '-' + head.substring(8, 12) + '-' + head.substring(12) + '-'
                    + tail.substring(0, 4) + '-' + tail.substring(4);
        }
    };

    public abstract String format(long id, long salt);
}
