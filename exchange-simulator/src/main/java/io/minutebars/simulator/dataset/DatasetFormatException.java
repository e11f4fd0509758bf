package io.minutebars.simulator.dataset;

/** A dataset line that cannot be a Binance aggregate trade; names the file and the 1-based line. */
public final class DatasetFormatException extends IllegalArgumentException {
    private final int line;

    public DatasetFormatException(String file, int line, String reason) {
        super("dataset " + file + " line " + line + ": " + reason);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
