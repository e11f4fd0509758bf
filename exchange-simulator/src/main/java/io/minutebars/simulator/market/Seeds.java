package io.minutebars.simulator.market;

/** Seed arithmetic shared by the generators and the trade-id formats. */
public final class Seeds {
    private Seeds() {
    }

    /** SplitMix64 finaliser: a bijection that spreads nearby seeds over the whole long range. */
    public static long mix(long x) {
        x = (x ^ (x >>> 30)) * 0xbf58476d1ce4e5b9L;
        x = (x ^ (x >>> 27)) * 0x94d049bb133111ebL;
        return x ^ (x >>> 31);
    }

    /**
     * The seed of one exchange's trade flow: Binance keeps the configured seed (its history predates the
     * other exchanges), the others derive theirs from it and their name, so each flow is independent.
     */
    public static long forExchange(long seed, ExchangeId exchange) {
        return exchange == ExchangeId.BINANCE ? seed : mix(seed ^ mix(exchange.id().hashCode()));
    }
}
