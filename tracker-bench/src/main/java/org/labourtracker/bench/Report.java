package org.labourtracker.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.sun.management.OperatingSystemMXBean;

/**
 * The benchmark's figures, one line each: the figure, the raw ceiling it is compared with (measured
 * in the same run) and the ratio to it, the target of issue #7 and whether it was met. Each line is
 * printed when measured and all of them again at the end, ready to paste.
 */
final class Report {

    /**
     * One figure. {@code versus} names what it is compared with (the raw ceiling, or the short stream)
     * and {@code ratio} gives the comparison; both are null where nothing compares. {@code met} is null
     * where there is no target, or where this run cannot tell.
     */
    record Line(String name, String value, String versus, String ratio, String target, Boolean met) {

        String format() {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-30s %17s", name, value));
            line.append(String.format(Locale.ROOT, "   %-28s %-12s", versus == null ? "" : versus,
                    ratio == null ? "" : "ratio " + ratio));
            if (target != null) {
                line.append(String.format(Locale.ROOT, "   target %-24s %s", target,
                        met == null ? "" : met ? "MET" : "SHORT"));
            }
            return line.toString().stripTrailing();
        }
    }

    /** Linux counts a thread's processor time in ticks of 1/100 s (USER_HZ) in {@code /proc}. */
    private static final long NANOS_PER_TICK = 10_000_000;
    /** The ticks last read of each compiler thread, by thread id, and their sum over every thread seen. */
    private static final Map<String, Long> COMPILER_TICKS = new HashMap<>();
    private static long compilerTicks;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final PrintStream out;
    private final List<Line> lines = new ArrayList<>();
    private long stepWall;
    private long stepCpu;
    private long stepCompiling;

    Report(PrintStream out) {
        this.out = out;
    }

    void add(Line line) {
        lines.add(line);
        out.println(line.format());
        out.flush();
    }

    /**
     * Announces the next step, with the wall-clock and processor time of the step before: on a machine
     * shared with other work the processor time shows what the service itself spent, and the compiler's
     * time how much of it went to compiling rather than to the work measured.
     */
    void progress(String message) {
        long wall = System.nanoTime();
        long cpu = processCpuNanos();
        long compiling = compilingNanos();
        if (stepWall != 0) {
            out.printf(Locale.ROOT, "bench:   (%.1f s, %.1f s of processor time, %.1f s of it compiling)%n",
                    (wall - stepWall) / 1e9, (cpu - stepCpu) / 1e9, (compiling - stepCompiling) / 1e9);
        }
        stepWall = wall;
        stepCpu = cpu;
        stepCompiling = compiling;
        out.println("bench: " + CLOCK.format(LocalTime.now()) + " " + message);
        out.flush();
    }

    /** A line of progress within a step. */
    void note(String message) {
        out.println("bench: " + message);
        out.flush();
    }

    /**
     * The just-in-time compiler's processor time so far: on Linux its threads' own, read from
     * {@code /proc/self/task} (summed as each thread is seen, so that a compiler thread the JVM ends
     * keeps what it spent); elsewhere the JVM's compilation time, which is the compiler threads' elapsed
     * time and so, on a machine whose processors are all busy, more than they were given.
     */
    static synchronized long compilingNanos() {
        Path tasks = Path.of("/proc/self/task");
        if (Files.isDirectory(tasks)) {
            try (DirectoryStream<Path> threads = Files.newDirectoryStream(tasks)) {
                for (Path thread : threads) {
                    if (!Files.readString(thread.resolve("comm")).contains("CompilerThre")) {
                        continue;
                    }
                    long ticks = cpuTicks(Files.readString(thread.resolve("stat")));
                    Long before = COMPILER_TICKS.put(thread.getFileName().toString(), ticks);
                    compilerTicks += ticks - (before == null ? 0 : before);
                }
                return compilerTicks * NANOS_PER_TICK;
            } catch (IOException | RuntimeException unreadable) {
                // a thread that ended while being read: the sum so far, not the other count, whose origin differs
                if (!COMPILER_TICKS.isEmpty()) {
                    return compilerTicks * NANOS_PER_TICK;
                }
            }
        }
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime() * 1_000_000;
    }

    /**
     * A thread's processor time, user and system, in ticks, from its {@code /proc/.../stat} line: after
     * the name in brackets (which may hold spaces) the state is field 3, the two times fields 14 and 15.
     */
    static long cpuTicks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    void printAll(String heading) {
        out.println();
        out.println(heading);
        lines.forEach(line -> out.println(line.format()));
        out.flush();
    }

    static String count(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    static String rate(double perSecond, String unit) {
        return count(perSecond) + " " + unit + "/s";
    }

    static String millis(double millis) {
        return String.format(Locale.ROOT, millis < 10 ? "%,.1f ms" : "%,.0f ms", millis);
    }

    static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.0f %%", ratio * 100);
    }

    static String kilobytes(long bytes) {
        return String.format(Locale.ROOT, "%,d KiB", bytes / 1024);
    }

    static String mebibytes(long bytes) {
        return String.format(Locale.ROOT, "%,d MiB", bytes / (1024 * 1024));
    }

    /** Percentiles of durations in nanoseconds. */
    static final class Latencies {

        private final long[] sorted;

        Latencies(long[] nanos) {
            this.sorted = nanos.clone();
            Arrays.sort(sorted);
        }

        Latencies(List<Long> nanos) {
            this(nanos.stream().mapToLong(Long::longValue).toArray());
        }

        /** The {@code p}-th percentile in milliseconds (nearest rank). */
        double millis(double p) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
        }

        int size() {
            return sorted.length;
        }
    }
}
