package org.labourtracker.api.exchange;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.micrometer.core.instrument.Metrics;

/**
 * One import as it runs: how many lines it has, how many are done, recorded or refused, and why
 * each refused line was refused. Read by whoever started it to show progress.
 */
public final class ImportJob {

    /**
     * A refused line: its number (from 1), the field at fault and why.
     *
     * @param line   the line's number in the file, from 1
     * @param field  the field at fault, as a JSON path such as {@code record.evidence.sources[0].kind}
     * @param reason why the line was refused
     */
    public record LineProblem(int line, String field, String reason) {
    }

    /**
     * What a client sees of the job; blank lines are skipped, neither recorded nor refused.
     *
     * @param id        the job's id, to ask for its progress at /api/import/{jobId}
     * @param startedBy who started the import
     * @param startedAt when it started
     * @param lines     how many lines the file has
     * @param processed how many lines are done: recorded, refused or skipped
     * @param recorded  how many lines were recorded (or had been recorded before under the same record id)
     * @param refused   how many lines were refused
     * @param skipped   how many blank lines were skipped
     * @param done      whether every line is done
     * @param problems  why each refused line was refused (at most 1,000)
     */
    @Schema(name = "ImportReport", description = "An import's progress, and why each refused line was refused")
    public record Report(String id, String startedBy, Instant startedAt, int lines, int processed, int recorded,
                         int refused, int skipped, boolean done, List<LineProblem> problems) {
    }

    private static final int MAX_PROBLEMS = 1_000;

    /*
     * Import progress for /actuator/prometheus, in Micrometer's global registry, to which Spring Boot adds
     * its own: every job of the application counts, wherever it was started.
     */
    private static final Counter RECORDED_LINES = lineCounter("recorded");
    private static final Counter REFUSED_LINES = lineCounter("refused");
    private static final Counter SKIPPED_LINES = lineCounter("skipped");
    private static final AtomicLong PENDING_LINES = Metrics.gauge("tracker.import.lines.pending", new AtomicLong());

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
        PENDING_LINES.addAndGet(lines);
    }

    private static Counter lineCounter(String outcome) {
        return Counter.builder("tracker.import.lines").description("Import lines handled, by outcome")
                .tag("outcome", outcome).register(Metrics.globalRegistry);
    }

    public String id() {
        return id;
    }

    void recorded() {
        recorded.incrementAndGet();
        processed.incrementAndGet();
        RECORDED_LINES.increment();
        PENDING_LINES.decrementAndGet();
    }

    void skipped() {
        skipped.incrementAndGet();
        processed.incrementAndGet();
        SKIPPED_LINES.increment();
        PENDING_LINES.decrementAndGet();
    }

    void refused(LineProblem problem) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(problem);
        }
        processed.incrementAndGet();
        REFUSED_LINES.increment();
        PENDING_LINES.decrementAndGet();
    }

    void finished() {
        done = true;
        PENDING_LINES.addAndGet(processed.get() - (long) lines);
    }

    public Report report() {
        int handled = processed.get();
        int kept = recorded.get();
        int blank = skipped.get();
        return new Report(id, startedBy, startedAt, lines, handled, kept, handled - kept - blank, blank, done,
                List.copyOf(problems));
    }
}
