package io.minutebars.core.capability;

/** The exchange's server time: minutes close on the exchange's clock, not on the local one. */
public interface ServerClock {

    /** The exchange's server time in epoch ms. */
    long serverTime();
}
