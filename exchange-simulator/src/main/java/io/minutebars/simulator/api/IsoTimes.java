package io.minutebars.simulator.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.OptionalLong;

/** ISO-8601 / RFC 3339 times as BitMEX and Nomics write and accept them. */
public final class IsoTimes {
    /** Always three fraction digits ({@link Instant#toString} drops them on a whole second). */
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private IsoTimes() {
    }

    /** {@code 2021-07-22T22:35:59.790Z}. */
    public static String millis(long epochMillis) {
        return MILLIS.format(Instant.ofEpochMilli(epochMillis));
    }

    /** {@code 2024-03-01T12:00:00Z}. */
    public static String seconds(long epochMillis) {
        return SECONDS.format(Instant.ofEpochMilli(epochMillis));
    }

    /** An instant with a zone or offset, or a bare date (midnight UTC); empty when it is neither. */
    public static OptionalLong parse(String value) {
        String v = value.trim();
        try {
            return OptionalLong.of(OffsetDateTime.parse(v).toInstant().toEpochMilli());
        } catch (DateTimeParseException e) {
            // try a date next
        }
        try {
            return OptionalLong.of(LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
        } catch (DateTimeParseException e) {
            return OptionalLong.empty();
        }
    }
}
