package io.minutebars.cli;

import java.io.PrintWriter;

/** A one-line text progress bar redrawn in place with a carriage return (stderr, so stdout stays clean). */
final class ProgressBar {
    private final PrintWriter err;
    private final int width;

    ProgressBar(PrintWriter err, int width) {
        this.err = err;
        this.width = width;
    }

    void show(double share, String label) {
        double clamped = Math.max(0, Math.min(1, share));
        int filled = (int) Math.round(clamped * width);
        err.printf("\r[%s%s] %5.1f%% %s", "#".repeat(filled), " ".repeat(width - filled), clamped * 100, label);
        err.flush();
    }

    void finish() {
        err.println();
        err.flush();
    }
}
