package io.minutebars.cli;

/** A failure that ends the command with one of the documented exit codes and a one-line message on stderr. */
public final class CliFailure extends RuntimeException {
    public static final int PROBLEM = 1;
    public static final int USAGE = 2;
    public static final int UNREACHABLE = 3;
    public static final int AUTH = 4;

    private final int exitCode;

    public CliFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
