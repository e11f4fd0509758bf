package io.minutebars.aggregator.store;

/** A bucket kept changing under its writer: another writer is busy with it; retrying later succeeds. */
public class BucketContentionException extends RuntimeException {
    public BucketContentionException(String message) {
        super(message);
    }
}
