package io.minutebars.core.capability;

import io.minutebars.core.engine.Trade;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A stream protocol whose frames a stand-alone decoder reads: the decoders are tested, fuzzed and benchmarked
 * without the rest of the protocol.
 */
public abstract class DecoderBackedStream implements StreamProtocol {
    private final BiConsumer<String, Consumer<Trade>> decoder;

    protected DecoderBackedStream(BiConsumer<String, Consumer<Trade>> decoder) {
        this.decoder = decoder;
    }

    @Override
    public void decode(String frame, Consumer<Trade> out) {
        decoder.accept(frame, out);
    }
}
