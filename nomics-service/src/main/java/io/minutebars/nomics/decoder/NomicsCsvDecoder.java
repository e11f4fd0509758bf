package io.minutebars.nomics.decoder;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.minutebars.nomics.dto.NomicsCandleDto;
import io.minutebars.nomics.dto.NomicsTradeDto;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the historical CSV exports the original Nomics ETL loaded. Nomics never documented the column
 * order, so a header row is required and decides the kind: candles ({@code timestamp,open,high,low,
 * close,volume}) or trades ({@code id,timestamp,price,amount[,side]}). Bad rows fail with their line.
 */
public final class NomicsCsvDecoder {
    private static final Set<String> CANDLE = Set.of("timestamp", "open", "high", "low", "close", "volume");
    private static final Set<String> TRADE = Set.of("id", "timestamp", "price", "amount");
    private static final CsvMapper CSV = new CsvMapper();

    /** What a file held: exactly one of the two lists is non-empty. */
    public record Export(List<NomicsCandleDto> candles, List<NomicsTradeDto> trades) {
        public boolean isTrades() {
            return !trades.isEmpty();
        }
    }

    private NomicsCsvDecoder() {
    }

    public static Export read(Reader in) {
        List<NomicsCandleDto> candles = new ArrayList<>();
        List<NomicsTradeDto> trades = new ArrayList<>();
        try (MappingIterator<Map<String, String>> rows = CSV.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader().withColumnReordering(true)).readValues(in)) {
            Boolean isTrades = null;
            long line = 1; // the header
            while (rows.hasNextValue()) {
                Map<String, String> r = rows.nextValue();
                line++;
                if (isTrades == null) {
                    isTrades = kind(r.keySet());
                }
                try {
                    if (isTrades) {
                        trades.add(new NomicsTradeDto(r.get("id"), r.get("timestamp"),
                                NomicsDecoder.decimal(r.get("price"), "price"),
                                NomicsDecoder.decimal(r.get("amount"), "amount"), null, null, r.get("side")));
                    } else {
                        candles.add(new NomicsCandleDto(r.get("timestamp"), dec(r, "open"), dec(r, "high"),
                                dec(r, "low"), dec(r, "close"), dec(r, "volume")));
                    }
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("CSV line " + line + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            if (e instanceof IllegalArgumentException) {
                throw e;
            }
            throw new IllegalArgumentException("unreadable CSV: " + e.getMessage(), e);
        }
        if (candles.isEmpty() && trades.isEmpty()) {
            throw new IllegalArgumentException("the CSV holds no rows");
        }
        return new Export(candles, trades);
    }

    private static boolean kind(Set<String> header) {
        if (header.containsAll(TRADE)) {
            return true;
        }
        if (header.containsAll(CANDLE)) {
            return false;
        }
        throw new IllegalArgumentException("CSV header " + header + " is neither candles " + CANDLE
                + " nor trades " + TRADE);
    }

    private static java.math.BigDecimal dec(Map<String, String> row, String field) {
        return NomicsDecoder.decimal(row.get(field), field);
    }
}
