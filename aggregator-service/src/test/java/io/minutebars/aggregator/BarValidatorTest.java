package io.minutebars.aggregator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.minutebars.aggregator.store.BarValidator;
import io.minutebars.model.Bar;
import io.minutebars.model.BarSource;
import io.minutebars.model.BarStatus;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BarValidatorTest {
    static final long T = 1_709_251_200_000L; // 2024-03-01T00:00:00Z

    static Bar bar(long t, String close, int revision) {
        return Broker.bar("binance", "BTC-USDT", t, close, revision, BarSource.LIVE);
    }

    @Test
    void validationSaysWhatIsWrong() {
        BarValidator.validate(bar(T, "10", 0));
        BarValidator.validate(Bar.empty("binance", "BTC-USDT", "BTCUSDT", T, BarSource.LIVE));
        assertThrows(IllegalArgumentException.class, () -> BarValidator.validate(bar(T + 1, "10", 0)),
                "not aligned");
        Bar lowAboveHigh = new Bar("binance", "BTC-USDT", "BTCUSDT", "1m", Instant.ofEpochMilli(T), null,
                BigDecimal.TEN, BigDecimal.ONE, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ONE, 1L,
                null, null, null, null, null, null, null, BarStatus.COMPLETE, 0, BarSource.LIVE);
        var e = assertThrows(IllegalArgumentException.class, () -> BarValidator.validate(lowAboveHigh));
        assertEquals("high below low", e.getMessage());
        Bar badSymbol = new Bar("binance", "BTCUSDT", "BTCUSDT", "1m", Instant.ofEpochMilli(T), null, null, null,
                null, null, BigDecimal.ZERO, BigDecimal.ZERO, 0L, null, null, null, null, null, null, null,
                BarStatus.EMPTY, 0, BarSource.LIVE);
        assertThrows(IllegalArgumentException.class, () -> BarValidator.validate(badSymbol));
    }
}
