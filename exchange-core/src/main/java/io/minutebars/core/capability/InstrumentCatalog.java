package io.minutebars.core.capability;

import io.minutebars.model.Instrument;
import java.util.List;

/** Every exchange module lists its markets: the catalog, mapped to canonical symbols. */
public interface InstrumentCatalog {

    List<Instrument> instruments();
}
