package org.labourtracker.evidence;

/** The stream moved on since the caller last saw it; nothing was recorded. */
public class StaleVersion extends RuntimeException {

    private final long expected;
    private final long current;

    public StaleVersion(long expected, long current) {
        super("expected version " + expected + " but the stream is at version " + current);
        this.expected = expected;
        this.current = current;
    }

    public long expected() {
        return expected;
    }

    public long current() {
        return current;
    }
}
