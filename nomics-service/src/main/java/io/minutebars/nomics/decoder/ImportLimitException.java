package io.minutebars.nomics.decoder;

import java.io.IOException;

/** An import larger than {@code nomics.import-max-bytes}: raised while reading, so nothing beyond it is read. */
public class ImportLimitException extends IOException {
    public ImportLimitException(long limit) {
        super("the CSV is larger than nomics.import-max-bytes (" + limit + " bytes)");
    }
}
