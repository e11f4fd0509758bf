package io.minutebars.store;

/** A stored document that does not follow the bucket layout: a server-side fault, never the client's. */
public class StoredDataException extends RuntimeException {
    public StoredDataException(String message) {
        super(message);
    }

    public StoredDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
