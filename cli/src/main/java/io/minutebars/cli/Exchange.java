package io.minutebars.cli;

/** The exchange services the CLI knows a default address for. */
public enum Exchange {
    binance, bybit, bitmex, nomics
}
