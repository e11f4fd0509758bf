package io.minutebars.model;

/** Names on the broker that producers and consumers must agree on. */
public final class Messaging {
    /** Topic exchange of closed bars; key {@code <interval>.<exchange>.<BASE>-<QUOTE>}. */
    public static final String BARS_EXCHANGE = "market.bars";
    /** Topic exchange of instrument and ingest-error events; keys {@code instrument.<exchange>}, {@code error.<exchange>}. */
    public static final String EVENTS_EXCHANGE = "market.events";
    /**
     * Topic exchange on which the aggregator announces bars it has stored (same keys as
     * {@link #BARS_EXCHANGE}, body = JSON array of the stored bars): readers invalidate caches and
     * feed live streams from it. Transient: a reader that missed one re-reads from MongoDB.
     */
    public static final String STORED_EXCHANGE = "market.stored";
    /** Message header telling how many bars a message holds. */
    public static final String BAR_COUNT_HEADER = "x-bar-count";
    /** Header on dead-lettered messages saying why they failed. */
    public static final String FAILURE_REASON_HEADER = "x-failure-reason";

    private Messaging() {
    }

    public static String instrumentKey(String exchange) {
        return "instrument." + exchange;
    }

    public static String errorKey(String exchange) {
        return "error." + exchange;
    }
}
