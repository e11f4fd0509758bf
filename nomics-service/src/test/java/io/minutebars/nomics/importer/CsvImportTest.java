package io.minutebars.nomics.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minutebars.model.BarStatus;
import io.minutebars.core.capability.BarImportFormat;
import io.minutebars.core.importing.BarImport;
import io.minutebars.core.importing.ImportLimitException;
import io.minutebars.core.importing.ImportSource;
import io.minutebars.nomics.capability.NomicsCsvImport;
import io.minutebars.nomics.decoder.NomicsDecoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvImportTest {
    static final long NOW = Instant.parse("2024-03-02T00:00:00Z").toEpochMilli();
    static final String TRADES = "id,timestamp,price,amount,side\n1,2024-03-01T12:00:10Z,100,1,buy\n"
            + "2,2024-03-01T12:00:40Z,110,2,sell\n3,2024-03-01T12:02:30Z,105,1,buy\n";

    static final BarImportFormat.Target TARGET = new BarImportFormat.Target("nomics", "BTC-USDT", "BTCUSDT");

    static BarImport imports(String start, String end, Duration range) {
        return new BarImport(TARGET, start == null ? null : NomicsDecoder.time(start),
                end == null ? null : NomicsDecoder.time(end), range, NOW);
    }

    static BarImport.Result run(String csv, String start, String end) {
        BarImport imp = imports(start, end, Duration.ofDays(31));
        new NomicsCsvImport().read(new StringReader(csv), TARGET, imp);
        return imp.finish();
    }

    @Test
    void tradesBecomeExactBarsOfEveryMinuteInTheRange() {
        BarImport.Result r = run(TRADES, null, null);
        assertEquals("trades", r.kind());
        assertEquals(3, r.bars().size());
        assertEquals(BarStatus.COMPLETE, r.bars().get(0).status());
        assertEquals(BarStatus.EMPTY, r.bars().get(1).status());
        assertEquals(2L, r.bars().get(0).trades());
        BarImport.Result ranged = run(TRADES, "2024-03-01T12:01:00Z", "2024-03-01T12:05:00Z");
        assertEquals(4, ranged.bars().size());
        assertEquals(2, ranged.skipped(), "rows before start are skipped");
    }

    @Test
    void farRangesAndOpenMinutesAreRefusedBeforeAnyBarIsMade() {
        var far = assertThrows(IllegalArgumentException.class, () -> run(TRADES, "1970-01-01T00:00:00Z",
                "2024-03-01T00:00:00Z"));
        assertTrue(far.getMessage().contains("31 days"), far.getMessage());
        var future = assertThrows(IllegalArgumentException.class,
                () -> run(TRADES + "4,9999-12-31T23:00:00Z,105,1,buy\n", null, null));
        assertTrue(future.getMessage().contains("line 5") && future.getMessage().contains("not closed"),
                future.getMessage());
        assertThrows(IllegalArgumentException.class, () -> run(TRADES, null, "2030-01-01T00:00:00Z"));
        var farYear = assertThrows(IllegalArgumentException.class,
                () -> run("id,timestamp,price,amount\n1,+1000000000-01-01T00:00:00Z,1,1\n", null, null));
        assertTrue(farYear.getMessage().contains("line 2") && farYear.getMessage().contains("timestamp"),
                farYear.getMessage());
        var wide = assertThrows(IllegalArgumentException.class,
                () -> run(TRADES + "4,2024-02-01T12:00:00Z,105,1,buy\n", null, null));
        assertTrue(wide.getMessage().contains("time order") || wide.getMessage().contains("31 days"), wide.getMessage());
        var candle = assertThrows(IllegalArgumentException.class, () -> run(
                "timestamp,open,high,low,close,volume\n2024-03-01T23:59:00Z,1,2,0.5,1.5,10\n"
                        + "2024-03-02T00:00:00Z,1,2,0.5,1.5,10\n", null, null));
        assertTrue(candle.getMessage().contains("line 3") && candle.getMessage().contains("not closed"),
                candle.getMessage());
    }

    @Test
    void candlesAreCheckedOneByOne() {
        String header = "timestamp,open,high,low,close,volume\n";
        assertEquals(BarStatus.FILLED, run(header + "2024-03-01T12:00:00Z,1,2,0.5,1.5,10\n", null, null)
                .bars().get(0).status());
        assertThrows(IllegalArgumentException.class, () -> run(header + "2024-03-01T12:00:00Z,1,0.5,2,1.5,10\n"
                + "", null, null), "high below low");
        assertThrows(IllegalArgumentException.class, () -> run(header + "2024-03-01T12:00:00Z,1,2,0.5,1.5,10\n"
                + "2024-03-01T12:00:00Z,1,2,0.5,1.5,10\n", null, null), "the same minute twice");
        assertThrows(IllegalArgumentException.class, () -> run(header + "2024-03-01T12:00:30Z,1,2,0.5,1.5,10\n",
                null, null), "not a 1m candle");
    }

    @Test
    void pathsStayInsideTheImportDirectoryAndEveryImportIsSizeLimited(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("imports"));
        Files.writeString(dir.resolve("ok.csv"), TRADES);
        Files.writeString(tmp.resolve("secret.txt"), "root:x:0:0");
        Files.createSymbolicLink(dir.resolve("link.csv"), tmp.resolve("secret.txt"));
        ImportSource source = new ImportSource(Optional.of(dir.toString()), 1_000);
        try (InputStream in = source.open("ok.csv", null)) {
            assertEquals(TRADES, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        for (String hostile : new String[] {"../secret.txt", tmp.resolve("secret.txt").toString(), "link.csv", ".",
                "missing.csv", "ok.csv/../../secret.txt"}) {
            var e = assertThrows(IllegalArgumentException.class, () -> source.open(hostile, null), hostile);
            assertFalse(e.getMessage().contains("root:x"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class,
                () -> new ImportSource(Optional.empty(), 1_000).open("ok.csv", null), "no import directory: off");
        ImportSource tiny = new ImportSource(Optional.of(dir.toString()), 50);
        assertThrows(ImportLimitException.class, () -> tiny.open("ok.csv", null), "a file over the limit");
        InputStream upload = tiny.open(null, new ByteArrayInputStream(TRADES.getBytes(StandardCharsets.UTF_8)));
        var over = assertThrows(UncheckedIOException.class, () -> new NomicsCsvImport().read(
                new java.io.InputStreamReader(upload, StandardCharsets.UTF_8), TARGET,
                imports(null, null, Duration.ofDays(31))));
        assertTrue(over.getCause() instanceof ImportLimitException, over.toString());
    }
}
