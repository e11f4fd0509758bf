package io.minutebars.query.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.minutebars.model.Interval;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/**
 * Volatility against John C. Hull, "Options, Futures, and Other Derivatives", the example of estimating
 * volatility from historical data (table "Computation of volatility": 21 consecutive daily closing prices):
 * the standard deviation of the 20 daily log returns is 0.01216 and, with 252 trading days a year, the
 * annualised volatility is 0.01216 * sqrt(252) = 0.193 (19.3%).
 */
class VolatilityTest {
    static final BigDecimal[] HULL = SeriesBars.decimals("20.00", "20.10", "19.90", "20.00", "20.50", "20.25",
            "20.90", "20.90", "20.90", "20.75", "20.75", "21.00", "21.10", "20.90", "20.90", "21.25", "21.40",
            "21.40", "21.25", "21.75", "22.00").toArray(new BigDecimal[0]);

    @Test
    void reproducesHullsVolatilityExample() {
        double stdev = Volatility.stdevOfLogReturns(HULL, 20, 20);
        assertEquals(new BigDecimal("0.01216"), Volatility.decimal(stdev).setScale(5, RoundingMode.HALF_UP));
        assertEquals(new BigDecimal("0.193"),
                Volatility.decimal(Volatility.annualise(stdev, 252)).setScale(3, RoundingMode.HALF_UP));
        assertEquals(12, Volatility.decimal(stdev).scale());
    }

    @Test
    void aWindowUsesOnlyItsOwnReturns() {
        // the last 10 returns alone, evaluated inside the longer series, equal the same returns on their own
        BigDecimal[] tail = java.util.Arrays.copyOfRange(HULL, 10, 21);
        assertEquals(Volatility.stdevOfLogReturns(tail, 10, 10), Volatility.stdevOfLogReturns(HULL, 20, 10));
    }

    @Test
    void periodsPerYearOfRoundTheClockTrading() {
        assertEquals(525_600.0, Volatility.periodsPerYear(Interval.M1, 365));
        assertEquals(8_760.0, Volatility.periodsPerYear(Interval.H1, 365));
        assertEquals(365.0, Volatility.periodsPerYear(Interval.D1, 365));
        assertEquals(252.0, Volatility.periodsPerYear(Interval.D1, 252));
    }

    @Test
    void simpleReturnIsExactAndRoundedOnce() {
        assertEquals(new BigDecimal("0.100000000000"), SimpleReturn.of(new BigDecimal("22.00"), new BigDecimal("20.00")));
        assertEquals(new BigDecimal("-0.333333333333"), SimpleReturn.of(BigDecimal.valueOf(2), BigDecimal.valueOf(3)));
    }
}
