package io.minutebars.core.capability;

/**
 * A source without a trade stream (Nomics-compatible APIs): its live path polls its closed 1m candles (see
 * KlinePoller) instead of streaming trades.
 */
public interface CandlePolling extends KlineHistory {
}
