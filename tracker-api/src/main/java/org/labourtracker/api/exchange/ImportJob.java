package org.labourtracker.api.exchange;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One import as it runs: how many lines it has, how many are done, recorded or refused, and why
 * each refused line was refused. Read by whoever started it to show progress.
 */
public final class ImportJob {

    /** A refused line: its number (from 1), the field at fault and why. */
    public record LineProblem(int line, String field, String reason) {
    }

    /** What a client sees of the job; blank lines are skipped, neither recorded nor refused. */
    public record Report(String id, String startedBy, Instant startedAt, int lines, int processed, int recorded,
                         int refused, int skipped, boolean done, List<LineProblem> problems) {
    }

    private static final int MAX_PROBLEMS = 1_000;

    private final String id;
    private final String startedBy;
    private final Instant startedAt;
    private final int lines;
    private final AtomicInteger processed = new AtomicInteger();
    private final AtomicInteger recorded = new AtomicInteger();
    private final AtomicInteger skipped = new AtomicInteger();
    private final List<LineProblem> problems = new CopyOnWriteArrayList<>();
    private volatile boolean done;

    ImportJob(String id, String startedBy, Instant startedAt, int lines) {
        this.id = id;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.lines = lines;
    }

    public String id() {
        return id;
    }

    void recorded() {
        recorded.incrementAndGet();
        processed.incrementAndGet();
    }

    void skipped() {
        skipped.incrementAndGet();
        processed.incrementAndGet();
    }

    void refused(LineProblem problem) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(problem);
        }
        processed.incrementAndGet();
    }

    void finished() {
        done = true;
    }

    public Report report() {
        int handled = processed.get();
        int kept = recorded.get();
        int blank = skipped.get();
        return new Report(id, startedBy, startedAt, lines, handled, kept, handled - kept - blank, blank, done,
                List.copyOf(problems));
    }
}
