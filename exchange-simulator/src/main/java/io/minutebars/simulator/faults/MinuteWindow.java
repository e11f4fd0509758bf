package io.minutebars.simulator.faults;

/** A usage counter that restarts with every wall-clock minute, as exchanges count request budgets. */
public final class MinuteWindow {
    private long minute;
    private int used;

    public synchronized int add(int amount) {
        roll();
        used += amount;
        return used;
    }

    public synchronized int used() {
        roll();
        return used;
    }

    /** Epoch seconds at which the current window ends. */
    public long resetEpochSeconds() {
        return (System.currentTimeMillis() / 60_000L + 1) * 60L;
    }

    private void roll() {
        long m = System.currentTimeMillis() / 60_000L;
        if (m != minute) {
            minute = m;
            used = 0;
        }
    }
}
