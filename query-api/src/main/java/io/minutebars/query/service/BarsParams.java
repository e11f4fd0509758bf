package io.minutebars.query.service;

/** The raw query parameters of {@code GET /api/v1/bars}, as the client sent them (null when absent). */
public record BarsParams(String exchange, String symbol, String interval, String start, String end, String limit,
        String cursor) {
}
