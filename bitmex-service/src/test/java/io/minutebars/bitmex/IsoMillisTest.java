package io.minutebars.bitmex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.minutebars.bitmex.decoder.BitmexDecoder;
import io.minutebars.bitmex.dto.BitmexTradeDto;
import io.minutebars.core.stream.DecodeException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fast timestamp path agrees with Instant.parse everywhere, and refuses what Instant.parse refuses. */
class IsoMillisTest {
    static long time(String iso) {
        List<io.minutebars.core.engine.Trade> out = new ArrayList<>();
        BitmexDecoder.trade(new BitmexTradeDto(iso, "XBTUSD", "Buy", 100L, BigDecimal.TEN, null, "id",
                BigDecimal.ONE, BigDecimal.TEN, null), out::add);
        return out.get(0).time();
    }

    @Test
    void agreesWithTheJdk() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            Instant t = Instant.ofEpochMilli(rnd.nextLong(0, 4_102_444_800_000L)); // 1970 .. 2100
            String iso = t.toString();
            if (iso.length() != 24) {
                iso = iso.substring(0, iso.length() - 1) + (iso.length() == 20 ? ".000Z" : "Z");
            }
            assertEquals(t.toEpochMilli(), time(iso), iso);
        }
        assertEquals(Instant.parse("2021-07-22T22:35:59.790Z").toEpochMilli(), time("2021-07-22T22:35:59.790Z"));
        assertEquals(Instant.parse("2024-02-29T23:59:59.999Z").toEpochMilli(), time("2024-02-29T23:59:59.999Z"));
        assertEquals(Instant.parse("2021-07-22T22:35:59Z").toEpochMilli(), time("2021-07-22T22:35:59Z"), "other shapes");
    }

    @Test
    void refusesWhatIsNoTime() {
        for (String bad : List.of("2021-13-22T22:35:59.790Z", "2021-07-22T2x:35:59.790Z", "yesterday",
                "2021-02-30T00:00:00.000Z")) {
            assertThrows(DecodeException.class, () -> time(bad), bad);
        }
    }
}
