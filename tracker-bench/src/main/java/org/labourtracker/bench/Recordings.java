package org.labourtracker.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.labourtracker.api.recording.Recording;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The recording steps: through the command gateway (as the API and the import send commands, with
 * the recorder's metadata and the hash chain), over HTTP as a client would, at a steady rate while
 * watching the read models catch up, and one command at a time on a short and a long stream.
 * Every thread records into disputes of its own, as monitors of different disputes would.
 */
final class Recordings {

    private static final int DISPUTES_PER_THREAD = 8;
    /** The JDK's HTTP client names its selector and worker threads so. */
    private static final String HTTP_CLIENT_THREADS = "HttpClient-";

    private final Recording recording;
    private final Workload workload;
    private final JdbcTemplate jdbc;

    Recordings(Recording recording, Workload workload, JdbcTemplate jdbc) {
        this.recording = recording;
        this.workload = workload;
        this.jdbc = jdbc;
    }

    interface Step {
        void run(int thread) throws Exception;
    }

    /** Runs the step on that many threads at once; returns the seconds from start to the last one done. */
    static double onThreads(int threads, Step step) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                work.add(() -> {
                    step.run(thread);
                    return null;
                });
            }
            long start = System.nanoTime();
            for (Future<Void> done : pool.invokeAll(work)) {
                done.get();
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            pool.shutdownNow();
        }
    }

    static String dispute(String prefix, int thread, int n) {
        return prefix + "-" + thread + "-" + n;
    }

    /** Opens {@value #DISPUTES_PER_THREAD} disputes per thread, named by the prefix. */
    void openDisputes(String prefix, int threads) throws Exception {
        onThreads(Math.min(threads, 8), t -> {
            for (int thread = t; thread < threads; thread += Math.min(threads, 8)) {
                for (int n = 0; n < DISPUTES_PER_THREAD; n++) {
                    recording.send(workload.openDispute(dispute(prefix, thread, n)), null);
                }
            }
        });
    }

    /** Commands per second through the gateway from that many threads, into fresh disputes. */
    double gateway(String prefix, int threads, int commands) throws Exception {
        openDisputes(prefix, threads);
        int perThread = commands / threads;
        double seconds = onThreads(threads, thread -> {
            for (int i = 0; i < perThread; i++) {
                recording.send(workload.record(i, dispute(prefix, thread, i % DISPUTES_PER_THREAD), "r" + i), null);
            }
        });
        return perThread * threads / seconds;
    }

    /**
     * Recording over HTTP: records per second, the requests sent, and the processor time the clients took
     * (their threads and the HTTP client's own), which shares the service's processors.
     */
    record Http(double perSecond, long requests, long clientCpuNanos) {
    }

    /** Records over HTTP from that many clients, each with the bearer token, into fresh disputes. */
    Http http(String prefix, URI base, String token, int clients, int requests) throws Exception {
        openDisputes(prefix, clients);
        int perClient = requests / clients;
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        AtomicLong clientCpu = new AtomicLong(-cpuOfThreadsNamed(HTTP_CLIENT_THREADS));
        double seconds = onThreads(clients, thread -> {
            long start = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < perClient; i++) {
                String disputeId = dispute(prefix, thread, i % DISPUTES_PER_THREAD);
                Workload.Posting posting = workload.posting(i);
                HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/disputes/" + disputeId + "/" + posting.kind()))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(workload.body(posting, disputeId, "r" + i)))
                        .build();
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 201) {
                    throw new IllegalStateException("POST " + request.uri() + " answered " + response.statusCode()
                            + ": " + response.body());
                }
            }
            clientCpu.addAndGet(threads.getCurrentThreadCpuTime() - start);
        });
        clientCpu.addAndGet(cpuOfThreadsNamed(HTTP_CLIENT_THREADS));
        return new Http(perClient * clients / seconds, (long) perClient * clients, clientCpu.get());
    }

    /** The processor time so far of the live threads whose names begin so. */
    private static long cpuOfThreadsNamed(String prefix) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long nanos = 0;
        for (ThreadInfo thread : threads.dumpAllThreads(false, false)) {
            if (thread.getThreadName().startsWith(prefix)) {
                nanos += Math.max(0, threads.getThreadCpuTime(thread.getThreadId()));
            }
        }
        return nanos;
    }

    /** A record acknowledged: its stream position, and when the acknowledgement came. */
    private record Acknowledged(String streamId, long sequence, long ackNanos) {
    }

    /**
     * Records at a steady rate for a while and measures, for every record, the time from its
     * acknowledgement until every read model has committed it: its processor's segment for the
     * record's stream has moved past the event's global index (the status Axon updates after the
     * batch's transaction commits, so a query from then on sees the record).
     */
    List<Long> lag(String prefix, int rate, int seconds, List<StreamingEventProcessor> processors, Report report)
            throws Exception {
        int senders = 4;
        openDisputes(prefix, senders);
        long interval = 1_000_000_000L / rate;
        int total = rate * seconds;
        ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean sending = new AtomicBoolean(true);
        List<Long> lags = new ArrayList<>();
        ExecutorService watcher = Executors.newSingleThreadExecutor();
        Future<?> watching = watcher.submit(() -> watch(acknowledged, sending, processors, lags));
        double sendingSeconds;
        try {
            long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
            sendingSeconds = onThreads(senders, thread -> {
                long[] sequences = new long[DISPUTES_PER_THREAD];
                for (int i = thread; i < total; i += senders) {
                    long due = start + i * interval;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    int n = (i / senders) % DISPUTES_PER_THREAD;
                    String disputeId = dispute(prefix, thread, n);
                    recording.send(workload.record(i, disputeId, "r" + i), null);
                    acknowledged.add(new Acknowledged(disputeId, ++sequences[n], System.nanoTime()));
                }
            });
        } finally {
            sending.set(false);
        }
        watching.get(5, TimeUnit.MINUTES);
        watcher.shutdownNow();
        report.note(String.format("  %,d records sent at %,.0f records/s", total, total / sendingSeconds));
        return lags;
    }

    private void watch(ConcurrentLinkedQueue<Acknowledged> acknowledged, AtomicBoolean sending,
                       List<StreamingEventProcessor> processors, List<Long> lags) {
        List<long[]> pending = new ArrayList<>();
        List<Acknowledged> records = new ArrayList<>();
        while (sending.get() || !acknowledged.isEmpty() || !pending.isEmpty()) {
            for (Acknowledged next = acknowledged.poll(); next != null; next = acknowledged.poll()) {
                Long globalIndex = jdbc.queryForObject("SELECT global_index FROM domain_event_entry "
                        + "WHERE aggregate_identifier = ? AND sequence_number = ?", Long.class, next.streamId(), next.sequence());
                pending.add(new long[]{globalIndex, next.ackNanos(), records.size()});
                records.add(next);
            }
            List<Map<Integer, EventTrackerStatus>> statuses = processors.stream()
                    .map(StreamingEventProcessor::processingStatus).toList();
            long now = System.nanoTime();
            pending.removeIf(entry -> {
                String streamId = records.get((int) entry[2]).streamId();
                for (Map<Integer, EventTrackerStatus> status : statuses) {
                    if (!passed(status, streamId, entry[0])) {
                        return false;
                    }
                }
                lags.add(now - entry[1]);
                return true;
            });
            LockSupport.parkNanos(200_000);
        }
    }

    /** Whether the processor's segment that handles the stream is at or past the global index. */
    private static boolean passed(Map<Integer, EventTrackerStatus> status, String streamId, long globalIndex) {
        for (EventTrackerStatus segment : status.values()) {
            if (segment.getSegment().matches(streamId)) {
                return segment.getCurrentPosition().orElse(-1) >= globalIndex;
            }
        }
        return false;
    }

    /** Records the given number of records into one new dispute, from one thread; returns when half were in. */
    Instant grow(String disputeId, int records) {
        recording.send(workload.openDispute(disputeId), null);
        Instant half = Instant.now();
        for (int i = 1; i < records; i++) {
            recording.send(workload.record(i, disputeId, "r" + i), null);
            if (i == records / 2) {
                half = Instant.now();
            }
        }
        return half;
    }

    /**
     * Command latency on a stream of 10 records and on the long stream, alternating one command on
     * each so that both meet the same garbage collections and cache. Returns both series.
     */
    List<List<Long>> latency(String prefix, String longStream, int samples) throws Exception {
        int threads = 4;
        onThreads(threads, thread -> {
            for (int n = thread; n < samples; n += threads) {
                String disputeId = prefix + "-" + n;
                recording.send(workload.openDispute(disputeId), null);
                for (int i = 1; i < 10; i++) {
                    recording.send(workload.record(i, disputeId, "r" + i), null);
                }
            }
        });
        List<Long> short10 = new ArrayList<>();
        List<Long> long10k = new ArrayList<>();
        for (int n = 0; n < samples; n++) {
            long start = System.nanoTime();
            recording.send(workload.record(n, prefix + "-" + n, "timed"), null);
            long middle = System.nanoTime();
            recording.send(workload.record(n, longStream, "timed-" + n), null);
            long end = System.nanoTime();
            short10.add(middle - start);
            long10k.add(end - middle);
        }
        return List.of(short10, long10k);
    }
}
