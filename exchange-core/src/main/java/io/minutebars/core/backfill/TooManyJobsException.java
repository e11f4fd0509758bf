package io.minutebars.core.backfill;

/** More backfills queued or running than a service takes at once: the client may retry later (429). */
public class TooManyJobsException extends RuntimeException {
    public TooManyJobsException(int max) {
        super(max + " backfill jobs are queued or running; retry when some have finished");
    }
}
