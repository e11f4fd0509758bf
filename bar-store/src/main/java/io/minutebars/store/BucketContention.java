package io.minutebars.store;

/**
 * Other writers kept changing a bucket through every optimistic attempt. Nothing is wrong with the message:
 * it is retried later like a store outage, never dead-lettered.
 */
public class BucketContention extends RuntimeException {
    public BucketContention(String message) {
        super(message);
    }
}
