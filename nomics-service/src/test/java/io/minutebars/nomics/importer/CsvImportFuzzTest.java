package io.minutebars.nomics.importer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minutebars.core.testing.DecoderFuzz;
import io.minutebars.core.importing.BarImport;
import io.minutebars.nomics.capability.NomicsCsvImport;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the CSV import (decoder and import rules together, as {@code POST /api/v1/import} runs them) with
 * mutations of the two export shapes README and API-NOTES document (no Nomics export was ever recorded:
 * fixtures/nomics/README.md); {@code -Dfuzz.seed} and {@code -Dfuzz.frames} rerun them. The contract, per
 * file: bars the aggregator accepts, or the import refused with a plain IllegalArgumentException (a 400 problem
 * naming the line) whose message never quotes the file. Nothing else escapes; each file takes a few ms.
 */
class CsvImportFuzzTest {
    static final long NOW = Instant.parse("2024-03-02T00:00:00Z").toEpochMilli();
    static final String TRADES = "id,timestamp,price,amount,side\n1,2024-03-01T12:00:10Z,100.5,1,buy\n"
            + "2,2024-03-01T12:00:40Z,110,2.25,sell\n3,2024-03-01T12:02:30Z,105,1,buy\n"
            + "4,1709294580000,104.75,0.5,sell\n";
    static final String CANDLES = "timestamp,open,high,low,close,volume\n2024-03-01T12:00:00Z,1,2,0.5,1.5,10\n"
            + "2024-03-01T12:01:00Z,1.5,1.75,1.25,1.5,0\n2024-03-01T12:02:00Z,1.5,3,1.5,2.5,12.125\n";

    @Test
    void everyMutatedExportGivesValidBarsOrOneRefusalNamingItsLine() {
        var report = DecoderFuzz.run("nomics csv import", List.of(TRADES, CANDLES), CsvImportFuzzTest::refusal, csv -> {
            // a day's range: the work of an import is one bar per minute of its range (a 31-day import makes
            // 44,640 bars, some 50 ms, by design); the rules checked are the same for any range
            BarImport imp = new BarImport(CsvImportTest.TARGET, null, null, Duration.ofDays(1), NOW);
            new NomicsCsvImport().read(new StringReader(csv), CsvImportTest.TARGET, imp);
            imp.finish().bars().forEach(DecoderFuzz::valid);
        });
        assertTrue(report.decoded() > 0 && report.refused() > 0, report.toString());
    }

    /** The import's refusal: a plain IllegalArgumentException with a short message (no file content echoed). */
    static boolean refusal(Throwable e) {
        return DecoderFuzz.BOUNDS_REFUSAL.test(e) && e.getMessage() != null && e.getMessage().length() < 400;
    }
}
