package io.minutebars.simulator.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minutebars.simulator.Fixtures;
import io.minutebars.simulator.market.AggTrade;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class AggTradeCsvReaderTest {

    private static List<AggTrade> read(String csv) throws IOException {
        return AggTradeCsvReader.read(new BufferedReader(new StringReader(csv)), "test.csv");
    }

    @Test
    void readsTheShippedMicrosecondFileWithHeaderAsTheFixtureRows() {
        List<AggTrade> trades = AggTradeCsvReader.read(Path.of("src/test/resources/BTCUSDT-aggTrades-fixture-us.csv"));
        // µs are truncated to ms, so the file equals the REST fixture it was built from.
        assertEquals(Fixtures.aggTrades(), trades);
    }

    @Test
    void readsSpotMillisecondRowsWithoutHeaderAndTheFuturesLayout() throws IOException {
        List<AggTrade> spot = read("1,60759.60000000,0.00841000,11,13,1634944096633,True,True\n"
                + "2,60759.59,0.00037,14,14,1634944096877,False,False\n\n");
        assertEquals(2, spot.size());
        assertEquals(new AggTrade(1, 6_075_960_000_000L, 841_000L, 11, 13, 1634944096633L, true, true), spot.get(0));
        assertFalse(spot.get(1).bestMatch());
        List<AggTrade> futures = read("agg_trade_id,price,quantity,first_trade_id,last_trade_id,transact_time,"
                + "is_buyer_maker\n7,100.5,2,70,71,1634944096633000,true\n");
        assertEquals(List.of(new AggTrade(7, 10_050_000_000L, 200_000_000L, 70, 71, 1634944096633L, true, true)),
                futures);
    }

    @Test
    void malformedLinesFailWithTheirLineNumber() {
        String good = "1,1.0,1.0,1,1,1634944096633,true,true\n";
        assertLine(3, good + "2,1.0,1.0,2,2,1634944096634,true,true\n3,abc,1.0,3,3,1634944096635,true,true\n");
        assertLine(2, good + "2,1.0,1.0,2,2,1634944096634,maybe,true\n");
        assertLine(2, good + "2,1.0,1.0,2,2\n");
        assertLine(2, good + "1,1.0,1.0,2,2,1634944096634,true,true\n"); // id does not increase
        assertLine(2, good + "2,1.0,1.0,2,2,1634944096000,true,true\n"); // time goes back
        assertLine(1, "1,1.000000001,1.0,1,1,1634944096633,true,true\n"); // more than 8 decimals
        assertLine(2, "agg_trade_id,price\nx,1.0,1.0,1,1,1634944096633,true,true\n"); // a second header
    }

    private static void assertLine(int line, String csv) {
        DatasetFormatException e = assertThrows(DatasetFormatException.class, () -> read(csv));
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("line " + line), e.getMessage());
    }

    @Test
    void readsTheCsvInsideAZip() throws IOException {
        Path zip = Files.createDirectories(Path.of("target/test-data")).resolve("BTCUSDT-aggTrades-test.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("BTCUSDT-aggTrades-test.csv"));
            z.write("5,2.5,1,9,9,1634944096633,False,True\n".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        assertEquals(5, AggTradeCsvReader.read(zip).get(0).id());
    }
}
