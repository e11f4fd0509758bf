package io.minutebars.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import io.minutebars.model.Json;
import io.minutebars.simulator.market.AggTrade;
import io.minutebars.simulator.market.Scaled;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The recorded fixtures in the repository's fixtures/ (Maven passes fixtures.dir). */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path path(String relative) {
        String dir = System.getProperty("fixtures.dir", "../fixtures");
        return Path.of(dir).resolve(relative);
    }

    public static String read(String relative) {
        try {
            return Files.readString(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 10 real BTCUSDT aggTrades rows of 2021-10-22, all in the minute opening at 1634944080000. */
    public static List<AggTrade> aggTrades() {
        try {
            JsonNode rows = Json.mapper().readTree(read("binance/rest/aggTrades_BTCUSDT_2021-10-22.json"));
            List<AggTrade> out = new ArrayList<>();
            for (JsonNode r : rows) {
                out.add(new AggTrade(r.get("a").asLong(), Scaled.parse(r.get("p").asText()),
                        Scaled.parse(r.get("q").asText()), r.get("f").asLong(), r.get("l").asLong(),
                        r.get("T").asLong(), r.get("m").asBoolean(), r.get("M").asBoolean()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
