package io.minutebars.nomics.decoder;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.minutebars.nomics.dto.NomicsCandleDto;
import io.minutebars.nomics.dto.NomicsTradeDto;
import io.minutebars.core.importing.ImportLimitException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * Streams the historical CSV exports the original Nomics ETL loaded, one row at a time (nothing is held
 * but the row). Nomics never documented the column order, so a header row is required and decides the
 * kind: candles ({@code timestamp,open,high,low,close,volume}) or trades ({@code id,timestamp,price,amount
 * [,side]}). A bad row fails with its line number and the column at fault, never with the file's content.
 */
public final class NomicsCsvDecoder {
    private static final Set<String> CANDLE = Set.of("timestamp", "open", "high", "low", "close", "volume");
    private static final Set<String> TRADE = Set.of("id", "timestamp", "price", "amount");
    /** Longest cell: far beyond any id, time or decimal; keeps one hostile cell from filling the heap. */
    private static final int MAX_CELL = 4096;
    private static final CsvMapper CSV = new CsvMapper(CsvFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_CELL).build()).build());

    /** What each row becomes; {@code line} counts the header as line 1. */
    public interface Rows {
        void candle(long line, NomicsCandleDto candle);

        void trade(long line, NomicsTradeDto trade);
    }

    private NomicsCsvDecoder() {
    }

    /** Reads every row into {@code rows}; returns the number of rows. */
    public static long read(Reader in, Rows rows) {
        long line = 1; // the header
        try (MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader().withColumnReordering(true)).readValues(in)) {
            Boolean isTrades = null;
            while (it.hasNextValue()) {
                Map<String, String> r = it.nextValue();
                line++;
                if (isTrades == null) {
                    isTrades = kind(r.keySet());
                }
                try {
                    if (isTrades) {
                        rows.trade(line, new NomicsTradeDto(r.get("id"), r.get("timestamp"),
                                NomicsDecoder.decimal(r.get("price"), "price"),
                                NomicsDecoder.decimal(r.get("amount"), "amount"), null, null, r.get("side")));
                    } else {
                        rows.candle(line, new NomicsCandleDto(r.get("timestamp"), dec(r, "open"), dec(r, "high"),
                                dec(r, "low"), dec(r, "close"), dec(r, "volume")));
                    }
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("CSV line " + line + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            if (e.getCause() instanceof IOException || e instanceof ImportLimitException) {
                throw new UncheckedIOException(e);
            }
            // Jackson's message quotes the offending characters: name the line only
            throw new IllegalArgumentException("CSV line " + (line + 1) + " is not well-formed CSV (a cell longer than "
                    + MAX_CELL + " characters, an unclosed quote or a broken encoding)");
        } catch (RuntimeException e) {
            if (e instanceof IllegalArgumentException || e instanceof UncheckedIOException) {
                throw e;
            }
            throw new IllegalArgumentException("CSV line " + (line + 1) + " is not well-formed CSV");
        }
        if (line == 1) {
            throw new IllegalArgumentException("the CSV holds no rows");
        }
        return line - 1;
    }

    private static boolean kind(Set<String> header) {
        if (header.containsAll(TRADE)) {
            return true;
        }
        if (header.containsAll(CANDLE)) {
            return false;
        }
        throw new IllegalArgumentException("the CSV header names neither the candle columns "
                + "timestamp,open,high,low,close,volume nor the trade columns id,timestamp,price,amount[,side]");
    }

    private static BigDecimal dec(Map<String, String> row, String field) {
        return NomicsDecoder.decimal(row.get(field), field);
    }
}
