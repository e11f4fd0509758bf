package io.minutebars.model;

/** Where a bar's trades came from. */
public enum BarSource {
    /** The live WebSocket stream, with REST resume after reconnects. */
    LIVE,
    /** A REST trade backfill of a past range. */
    BACKFILL,
    /** Repaired from the exchange's own klines/candles (fields klines lack stay null). */
    KLINES,
    /** Imported from a file (public-data CSV, export). */
    IMPORT,
    /** Derived from stored bars (rollups, composites). */
    DERIVED
}
