package io.minutebars.nomics.capability;

import io.minutebars.core.capability.BarImportFormat;
import io.minutebars.model.BarSource;
import io.minutebars.model.Symbols;
import io.minutebars.nomics.config.NomicsConfig;
import io.minutebars.nomics.decoder.NomicsCsvDecoder;
import io.minutebars.nomics.decoder.NomicsDecoder;
import io.minutebars.nomics.dto.NomicsCandleDto;
import io.minutebars.nomics.dto.NomicsTradeDto;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Reader;

/**
 * The CSV exports the original Nomics ETL loaded (candles or trades, header row required), for exchange-core's
 * import endpoint: each row becomes a canonical trade or an IMPORT candle bar.
 */
@ApplicationScoped
public class NomicsCsvImport implements BarImportFormat {
    @Inject NomicsConfig nomics;

    @Override
    public String nativeMarket(String symbol) {
        return NomicsDecoder.market(nomics.marketFormat(), Symbols.base(symbol), Symbols.quote(symbol));
    }

    @Override
    public long time(String text) {
        return NomicsDecoder.time(text);
    }

    @Override
    public long read(Reader in, Target target, Rows rows) {
        return NomicsCsvDecoder.read(in, new NomicsCsvDecoder.Rows() {
            @Override
            public void candle(long line, NomicsCandleDto c) {
                long open = NomicsDecoder.time(c.timestamp());
                rows.candle(NomicsDecoder.candle(target.exchange(), target.symbol(), target.nativeMarket(), open, c,
                        BarSource.IMPORT));
            }

            @Override
            public void trade(long line, NomicsTradeDto t) {
                rows.trade(NomicsDecoder.trade(target.nativeMarket(), t));
            }
        });
    }
}
