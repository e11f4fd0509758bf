package io.minutebars.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DecimalsTest {
    @Test
    void realPricesAndVolumesPass() {
        assertEquals(new BigDecimal("60759.6"), Decimals.parse("60759.60000000"));
        assertEquals(new BigDecimal("0.00000123"), Decimals.parse("0.00000123"));
        assertEquals(new BigDecimal("1234567890123"), Decimals.parse("1234567890123.000"));
        assertEquals(BigDecimal.ZERO, Decimals.parse("0e999999999"));
    }

    @Test
    void hugeExponentsAreRefusedWithoutComputing() {
        // each of these used to hang setScale or exhaust the heap
        for (String hostile : new String[] {"1e999999999", "1E+2147483647", "1e-999999999", "-9.9e2000000"}) {
            var e = assertThrows(IllegalArgumentException.class, () -> Decimals.parse(hostile));
            assertFalse(e.getMessage().contains(hostile), "the value is not echoed");
        }
        assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> assertThrows(IllegalArgumentException.class, () -> Decimals.normalize(new BigDecimal("1e999999999"))));
    }

    @Test
    void tooManyDigitsOrTooLongTextIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Decimals.parse("1".repeat(Decimals.DEFAULT_MAX_DIGITS + 1)));
        assertThrows(IllegalArgumentException.class, () -> Decimals.parse("1" + "0".repeat(5000)));
        assertEquals(new BigDecimal("1"), Decimals.parse("1." + "0".repeat(100)));
        assertThrows(IllegalArgumentException.class, () -> Decimals.parse("12a"));
        assertThrows(IllegalArgumentException.class, () -> Decimals.parse(null));
    }

    @Test
    void jsonDecimalsAreBoundedAtTheMapper() {
        String bar = "{\"exchange\":\"binance\",\"symbol\":\"BTC-USDT\",\"interval\":\"1m\","
                + "\"openTime\":\"2024-01-01T00:00:00Z\",\"status\":\"COMPLETE\",\"source\":\"LIVE\",\"open\":%s}";
        assertEquals(new BigDecimal("42000.5"), Json.readBars(String.format(bar, "\"42000.50\"").getBytes()).get(0).open());
        assertThrows(IllegalArgumentException.class, () -> Json.readBars(String.format(bar, "1e999999999").getBytes()));
        assertThrows(IllegalArgumentException.class, () -> Json.readBars(String.format(bar, "\"1e999999999\"").getBytes()));
    }

    @Test
    void barTimesOutsideTheSupportedRangeAreRefused() {
        String bar = "{\"exchange\":\"binance\",\"symbol\":\"BTC-USDT\",\"interval\":\"1m\","
                + "\"openTime\":\"%s\",\"status\":\"GAP\",\"source\":\"LIVE\"}";
        assertThrows(IllegalArgumentException.class,
                () -> Json.readBars(String.format(bar, "+1000000000-01-01T00:00:00Z").getBytes()));
        assertThrows(IllegalArgumentException.class,
                () -> Json.readBars(String.format(bar, "1969-12-31T23:59:00Z").getBytes()));
        assertThrows(IllegalArgumentException.class, () -> BarBuckets.bucketStart(Interval.M1, Long.MAX_VALUE - 10));
    }
}
