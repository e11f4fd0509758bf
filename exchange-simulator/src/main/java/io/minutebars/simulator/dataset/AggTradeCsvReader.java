package io.minutebars.simulator.dataset;

import io.minutebars.model.Minutes;
import io.minutebars.simulator.market.AggTrade;
import io.minutebars.simulator.market.Scaled;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a Binance public-data aggTrades file: {@code agg_trade_id,price,quantity,first_trade_id,
 * last_trade_id,transact_time,is_buyer_maker[,is_best_match]}. Header row optional, booleans in either
 * case, times in ms or µs (>= 1e15), the 7-column futures layout accepted, a .zip read through. Any other
 * line fails the whole load with its line number: a silently skipped trade would corrupt the truth.
 */
public final class AggTradeCsvReader {

    private AggTradeCsvReader() {
    }

    public static List<AggTrade> read(Path file) {
        try (InputStream in = open(file)) {
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dataset " + file + ": " + e.getMessage(), e);
        }
    }

    public static List<AggTrade> read(BufferedReader reader, String name) throws IOException {
        List<AggTrade> out = new ArrayList<>();
        String line;
        int lineNo = 0;
        AggTrade prev = null;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            String text = lineNo == 1 ? stripBom(line).trim() : line.trim();
            if (text.isEmpty() || (lineNo == 1 && isHeader(text))) {
                continue;
            }
            AggTrade t;
            try {
                t = parse(text);
            } catch (IllegalArgumentException e) {
                throw new DatasetFormatException(name, lineNo, e.getMessage());
            }
            if (prev != null && (t.id() <= prev.id() || t.time() < prev.time())) {
                throw new DatasetFormatException(name, lineNo, "trade " + t.id() + " at " + t.time()
                        + " does not follow trade " + prev.id() + " at " + prev.time()
                        + " (ids must increase and times must not decrease)");
            }
            out.add(t);
            prev = t;
        }
        return out;
    }

    static AggTrade parse(String text) {
        String[] c = text.split(",", -1);
        if (c.length != 7 && c.length != 8) {
            throw new IllegalArgumentException("expected 7 or 8 columns but found " + c.length);
        }
        long id = parseLong(c[0], "agg_trade_id");
        long price = Scaled.parse(c[1]);
        long qty = Scaled.parse(c[2]);
        long first = parseLong(c[3], "first_trade_id");
        long last = parseLong(c[4], "last_trade_id");
        long time = Minutes.toMillis(parseLong(c[5], "transact_time"));
        boolean buyerMaker = parseBoolean(c[6], "is_buyer_maker");
        boolean bestMatch = c.length == 8 ? parseBoolean(c[7], "is_best_match") : true;
        if (price < 0 || qty < 0 || last < first) {
            throw new IllegalArgumentException("negative price or quantity, or last_trade_id < first_trade_id");
        }
        return new AggTrade(id, price, qty, first, last, time, buyerMaker, bestMatch);
    }

    private static boolean isHeader(String line) {
        // Column names start with a letter (or a quote); a data row always starts with a digit.
        char c = line.charAt(0);
        return Character.isLetter(c) || c == '"' || c == '_';
    }

    private static long parseLong(String s, String column) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " is not an integer: '" + s + "'");
        }
    }

    private static boolean parseBoolean(String s, String column) {
        String v = s.trim();
        if (v.equalsIgnoreCase("true")) {
            return true;
        }
        if (v.equalsIgnoreCase("false")) {
            return false;
        }
        throw new IllegalArgumentException(column + " is not True/False: '" + s + "'");
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return in;
        }
        ZipInputStream zip = new ZipInputStream(in);
        ZipEntry entry;
        while ((entry = zip.getNextEntry()) != null) {
            if (!entry.isDirectory()) {
                return zip;
            }
        }
        zip.close();
        throw new IOException("the zip archive holds no file");
    }
}
