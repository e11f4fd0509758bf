package io.minutebars.core.importing;

import java.io.IOException;

/** An import larger than {@code minutebars.import.max-bytes}: raised while reading, so nothing beyond it is read. */
public class ImportLimitException extends IOException {
    public ImportLimitException(long limit) {
        super("the CSV is larger than minutebars.import.max-bytes (" + limit + " bytes)");
    }
}
