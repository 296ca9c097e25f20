package org.labourtracker.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.labourtracker.api.exchange.Import;
import org.labourtracker.api.recording.Recording;
import org.labourtracker.api.security.Role;
import org.labourtracker.api.security.UserAccounts;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The benchmark of issues #7 and #13, run by {@link BenchApplication} once the service has started.
 * Runs every step against the service as it is configured (on a fresh database, see {@link BenchMode}),
 * prints one line per figure with the raw ceiling measured in the same run, the ratio to it and the
 * target, then stops the service. Timings are never asserted: a short figure is reported, not failed.
 */
@EnableConfigurationProperties(BenchSettings.class)
class BenchRunner implements ApplicationRunner {

    /** The dispute the benchmark grows to {@code --bench.big-stream} records. */
    private static final String LONG_DISPUTE = "bench-long";
    /** A person the demo's 2011 dispute names (its union's lawyer), and so does each of its copies. */
    private static final String PERSON_IN_EVERY_COPY = "nataliya-sokolova";

    private static final int GATEWAY_THREADS = 8;
    private static final int HTTP_CLIENTS = 16;
    /** Rounds with the transparency log on, and as many with it stopped. */
    private static final int LOG_COST_ROUNDS = 4;
    /** Rounds through the gateway with the read models live, and as many with them stopped. */
    private static final int GATEWAY_ROUNDS = 4;
    /** At most this many warm-up rounds. */
    private static final int WARM_ROUNDS = 30;
    /**
     * Two warm-up rounds in a row in which the compiler's processor time was at most this share of the
     * process's end it: in quick runs the share fell from about a third to 7-10 % in 14 rounds and stayed
     * there to the 30th (the compiler keeps recompiling a little).
     */
    private static final double COMPILER_QUIET = 0.10;

    /** The transparency log's processor (api/transparency): the one streaming processor that is no read model. */
    private static final String LOG_PROCESSOR = "transparency-log";

    private final ConfigurableApplicationContext context;

    private final BenchSettings settings;
    private final Environment environment;
    private final Report report = new Report(System.out);
    /** What the first request at start-up was answered with ({@link #started}), -1 if nothing answered. */
    private volatile int startupStatus;
    private volatile double startupSeconds;
    private volatile double startupCpuSeconds;

    BenchRunner(ConfigurableApplicationContext context, BenchSettings settings, Environment environment) {
        this.context = context;
        this.settings = settings;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        int status = 0;
        try {
            startup();
            measure();
        } catch (Exception | Error failure) {
            report.progress("failed: " + failure);
            failure.printStackTrace(System.out);
            status = 1;
        }
        int exit = SpringApplication.exit(context, () -> 0);
        deleteTemporaryDatabase();
        System.exit(status != 0 ? status : exit);
    }

    private void measure() throws Exception {
        DataSource dataSource = context.getBean(DataSource.class);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        ObjectMapper json = context.getBean(ObjectMapper.class);
        EventStorageEngine storage = context.getBean(EventStorageEngine.class);
        EventProcessingConfiguration processing = context.getBean(EventProcessingConfiguration.class);
        List<StreamingEventProcessor> processors = readModels(processing);
        URI base = base();
        String token = token(base, context.getBean(UserAccounts.class), json);
        Rebuild rebuild = new Rebuild(storage, context.getBean(TransactionManager.class), new Reads(base, token), json,
                processors, jdbc);

        report.progress(String.format("%d processors, heap max %s, database %s, %,d events for the rebuild",
                Runtime.getRuntime().availableProcessors(), Report.mebibytes(Runtime.getRuntime().maxMemory()),
                environment.getProperty("spring.datasource.url"), settings.events()));
        report.note("read models: " + processors.stream().map(StreamingEventProcessor::getName).toList());
        Workload workload = Workload.fromDemoCase(context.getBean(Import.class), storage, json);
        Recordings recordings = new Recordings(context.getBean(Recording.class), workload, jdbc);
        Ceiling ceiling = new Ceiling(dataSource, json);

        report.progress("warming up");
        ceiling.inserts(GATEWAY_THREADS, settings.ceilingRows() / 2);
        warmUp(recordings, rebuild, base, token);

        StreamingEventProcessor log = processing.eventProcessor(LOG_PROCESSOR, StreamingEventProcessor.class)
                .orElseThrow();
        recording(ceiling, recordings, processors, log, rebuild, base, token);
        rebuild.awaitProjections();
        lag(recordings, processors);
        longStream(recordings, rebuild, base, token);
        long events = rebuild(workload, ceiling, rebuild, log, processors.size());
        readsAfterRebuild("overview", () -> overview(workload, base, token));
        readsAfterRebuild("organisation", () -> organisation(workload, base, token));
        report.progress("memory");
        memory(events);
        report.printAll(String.format("labour-tracker benchmark: %d processors, heap max %s, %,d events",
                Runtime.getRuntime().availableProcessors(), Report.mebibytes(Runtime.getRuntime().maxMemory()), events));
    }

    /**
     * Records through the gateway and over HTTP, in rounds, until the service is warm: on a service this
     * size the just-in-time compiler works for minutes, and a figure measured meanwhile partly shows it
     * competing for the processors. The warm-up ends with the second round in a row (at most
     * {@link #WARM_ROUNDS}) in which the compiler's processor time was at most {@link #COMPILER_QUIET} of
     * the process's. (Ending it once the processor time per record stopped falling, as before, ended it
     * after about 5 rounds of a quick run with the compiler still at about a third: that measure moves by
     * more from round to round than it falls.)
     */
    private void warmUp(Recordings recordings, Rebuild rebuild, URI base, String token) throws Exception {
        int commands = settings.commands() / 2 / GATEWAY_THREADS * GATEWAY_THREADS;
        int requests = settings.requests() / 4 / HTTP_CLIENTS * HTTP_CLIENTS;
        int quiet = 0;
        for (int round = 1; round <= WARM_ROUNDS; round++) {
            long cpuBefore = Report.processCpuNanos();
            long compilingBefore = Report.compilingNanos();
            recordings.gateway("warm" + round, GATEWAY_THREADS, commands);
            recordings.http("warm" + round + "-http", base, token, HTTP_CLIENTS, requests);
            rebuild.awaitProjections();
            long cpu = Report.processCpuNanos() - cpuBefore;
            double compiling = (double) (Report.compilingNanos() - compilingBefore) / cpu;
            report.note(String.format(Locale.ROOT, "  warm-up round %d: %.2f ms of processor time per record, "
                    + "the compiler's time %.0f %% of it", round, cpu / 1e6 / (commands + requests), compiling * 100));
            quiet = compiling <= COMPILER_QUIET ? quiet + 1 : 0;
            if (quiet == 2) {
                return;
            }
        }
        report.note(String.format(Locale.ROOT, "  the compiler was still busy after %d warm-up rounds", WARM_ROUNDS));
    }

    /**
     * Rounds of a measurement with something on and then off, {@code pairs} of each, in the order on, off,
     * off, on, off, on, on, off (the Thue-Morse sequence): throughput falls as the store grows, and in this
     * order a drift that is linear or quadratic in time weighs the same on both sides.
     */
    private static void alternating(int pairs, Round round) throws Exception {
        for (int i = 0; i < pairs * 2; i++) {
            round.run(i, Integer.bitCount(i) % 2 == 0);
        }
    }

    private interface Round {
        void run(int index, boolean on) throws Exception;
    }

    /**
     * The read models' processors, as Axon runs them: every streaming processor but the transparency
     * log's, in the order of their names.
     */
    private static List<StreamingEventProcessor> readModels(EventProcessingConfiguration processing) {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .filter(processor -> !processor.getName().equals(LOG_PROCESSOR))
                .sorted(Comparator.comparing(StreamingEventProcessor::getName))
                .toList();
    }

    private URI base() {
        return URI.create("http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort());
    }

    /**
     * Start-up on a fresh database: from the start of the JVM to the first answered request, a liveness
     * probe sent as soon as the service has started and says it is live, before the application's
     * runners (the first administrator's, this one); readiness refuses traffic until they are done.
     */
    @EventListener
    void started(AvailabilityChangeEvent<LivenessState> live) {
        if (live.getState() != LivenessState.CORRECT) {
            return;
        }
        try {
            startupStatus = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(base().resolve("/actuator/health/liveness")).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            startupStatus = -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            startupStatus = -1;
        }
        startupSeconds = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1e3;
        startupCpuSeconds = Report.processCpuNanos() / 1e9;
    }

    private void startup() throws IOException, InterruptedException {
        if (startupStatus != 200) {
            throw new IllegalStateException("the liveness probe at start-up answered " + startupStatus);
        }
        // on a machine shared with other work the processor time tells more than the wall clock
        report.note(String.format(Locale.ROOT, "  start-up inside the benchmark: %.1f s of processor time",
                startupCpuSeconds));
        report.add(new Report.Line("startup-in-bench-seconds", String.format(Locale.ROOT, "%.1f s", startupSeconds),
                null, null, null, null));
        StartupAsRun asRun = new StartupAsRun(Path.of(settings.appJar()));
        if (!asRun.available()) {
            report.note("  start-up as run: no " + settings.appJar() + " (./mvnw package makes it); not measured");
            return;
        }
        report.progress(String.format("start-up as the README runs it, %d starts", settings.starts()));
        awaitQuiet();
        List<Double> live = new ArrayList<>();
        for (int i = 0; i < settings.starts(); i++) {
            StartupAsRun.Start start = asRun.once();
            live.add(start.liveSeconds());
            report.note(String.format(Locale.ROOT, "  %s: live after %.1f s (%.1f s of processor time), ready after "
                    + "%.1f s", start.archived() ? "with the class-data-sharing archive" : "no archive found",
                    start.liveSeconds(), start.cpuSeconds(), start.readySeconds()));
        }
        double median = live.stream().sorted().toList().get(live.size() / 2);
        report.add(new Report.Line("startup-seconds", String.format(Locale.ROOT, "%.1f s", median),
                null, null, "<= 8 s", median <= 8));
    }

    /**
     * Waits, up to a minute, until this process has used less than a twentieth of a processor for a
     * second: just started, its compilers go on for a while, and would compete with a start measured then.
     */
    private void awaitQuiet() throws InterruptedException {
        long until = System.nanoTime() + 60_000_000_000L;
        long busy;
        do {
            long before = Report.processCpuNanos();
            Thread.sleep(1_000);
            busy = Report.processCpuNanos() - before;
        } while (busy > 50_000_000L && System.nanoTime() < until);
        report.note(String.format(Locale.ROOT, "  the benchmark's own service used %.2f s of processor time in the "
                + "second before", busy / 1e9));
    }

    /** The raw insert ceiling, then recording through the gateway and over HTTP, each against it. */
    private void recording(Ceiling ceiling, Recordings recordings, List<StreamingEventProcessor> processors,
                           StreamingEventProcessor log, Rebuild rebuild, URI base, String token) throws Exception {
        report.progress("raw inserts from 1 thread");
        double insert1 = ceiling.inserts(1, settings.ceilingRows());
        report.add(new Report.Line("ceiling-insert-1-thread", Report.rate(insert1, "rows"), null, null, null, null));
        report.progress("raw inserts from 8 threads");
        double insert8 = ceiling.inserts(GATEWAY_THREADS, settings.ceilingRows());
        report.add(new Report.Line("ceiling-insert-8-threads", Report.rate(insert8, "rows"), null, null, null, null));
        String ceiling1 = "ceiling " + Report.rate(insert1, "rows");
        String ceiling8 = "ceiling " + Report.rate(insert8, "rows");

        report.progress("recording through the command gateway from 1 thread");
        double gateway1 = recordings.gateway("gw1", 1, settings.commands());
        report.add(new Report.Line("gateway-1-thread", Report.rate(gateway1, "events"), ceiling1,
                Report.percent(gateway1 / insert1), null, null));
        // with the read models live and stopped (what recording costs alone, without the read side
        // competing for the same processors and database), in alternating rounds of half as many commands
        List<Double> live = new ArrayList<>();
        List<Double> alone = new ArrayList<>();
        // processor time over each side's recording alone: a stopped round's read side catches up after it
        long[] liveCpuNanos = {0};
        long[] aloneCpuNanos = {0};
        int perRound = settings.commands() / 2 / GATEWAY_THREADS * GATEWAY_THREADS;
        // the step from 1 thread has the compiler recompile for 8 (2 s of 6 in the first round after it, in
        // a quick run), and that round is a live one: one round not counted takes it
        report.progress("recording through the command gateway from 8 threads, a round not counted");
        recordings.gateway("gw8-settling", GATEWAY_THREADS, perRound);
        rebuild.awaitProjections();
        alternating(GATEWAY_ROUNDS, (round, on) -> {
            report.progress(String.format("recording through the command gateway from 8 threads, round %d of %d: "
                    + "read models %s", round + 1, GATEWAY_ROUNDS * 2, on ? "live" : "stopped"));
            if (!on) {
                processors.forEach(StreamingEventProcessor::shutDown);
            }
            long cpuBefore = Report.processCpuNanos();
            double rate = recordings.gateway("gw8-" + round, GATEWAY_THREADS, perRound);
            long cpu = Report.processCpuNanos() - cpuBefore;
            if (on) {
                liveCpuNanos[0] += cpu;
                live.add(rate);
            } else {
                aloneCpuNanos[0] += cpu;
                alone.add(rate);
                processors.forEach(StreamingEventProcessor::start);
            }
            rebuild.awaitProjections();
        });
        report.progress(String.format("gateway rounds, events/s: read models live %s, stopped %s", live, alone));
        double gateway8 = mean(live);
        double alone8 = mean(alone);
        double gatewayCpuMillis = liveCpuNanos[0] / 1e6 / (perRound * GATEWAY_ROUNDS);
        double aloneCpuMillis = aloneCpuNanos[0] / 1e6 / (perRound * GATEWAY_ROUNDS);
        report.add(new Report.Line("gateway-8-threads", Report.rate(gateway8, "events"), ceiling8,
                Report.percent(gateway8 / insert8), ">= 8,000 and >= 25 %",
                gateway8 >= 8000 && gateway8 / insert8 >= 0.25));
        report.add(new Report.Line("gateway-8-threads-write-only", Report.rate(alone8, "events"), ceiling8,
                Report.percent(alone8 / insert8), null, null));
        report.add(new Report.Line("gateway-8-threads-live", Report.rate(gateway8, "events"),
                "write only " + Report.rate(alone8, "events"), Report.percent(gateway8 / alone8), "live >= 70 %",
                gateway8 / alone8 >= 0.7));

        report.progress("recording over HTTP from " + HTTP_CLIENTS + " clients");
        long cpuBeforeHttp = Report.processCpuNanos();
        Recordings.Http http = recordings.http("http", base, token, HTTP_CLIENTS, settings.requests());
        double httpCpuMillis = (Report.processCpuNanos() - cpuBeforeHttp - http.clientCpuNanos()) / 1e6 / http.requests();
        report.add(new Report.Line("http-16-clients", Report.rate(http.perSecond(), "events"), ceiling8,
                Report.percent(http.perSecond() / insert8), ">= 4,000", http.perSecond() >= 4000));
        // processor time per record, the clients' own left out: what the service spends on a request
        // over HTTP against a command through the gateway, whatever else shares the machine
        report.note(String.format(Locale.ROOT, "  the HTTP clients took %.1f ms of processor time per request",
                http.clientCpuNanos() / 1e6 / http.requests()));
        report.add(new Report.Line("gateway-8-threads-cpu", String.format(Locale.ROOT, "%.2f ms/event", gatewayCpuMillis),
                String.format(Locale.ROOT, "write only %.2f ms/event", aloneCpuMillis),
                String.format(Locale.ROOT, "%.2fx", gatewayCpuMillis / aloneCpuMillis), null, null));
        report.add(new Report.Line("http-16-clients-cpu", String.format(Locale.ROOT, "%.1f ms/event", httpCpuMillis),
                String.format(Locale.ROOT, "gateway %.1f ms/event", gatewayCpuMillis),
                String.format(Locale.ROOT, "%.2fx", httpCpuMillis / gatewayCpuMillis), null, null));

        logCost(recordings, log, rebuild, base, token);
    }

    /**
     * What the transparency log costs while recording: the gateway and HTTP figures with its processor
     * running and with it stopped (events are still sealed; it catches up afterwards), measured in
     * {@link #alternating} rounds from a caught-up state; the mean round of each side is reported.
     */
    private void logCost(Recordings recordings, StreamingEventProcessor log, Rebuild rebuild, URI base,
                         String token) throws Exception {
        List<Double> gatewayOn = new ArrayList<>();
        List<Double> gatewayOff = new ArrayList<>();
        List<Double> httpOn = new ArrayList<>();
        List<Double> httpOff = new ArrayList<>();
        alternating(LOG_COST_ROUNDS, (round, logOn) -> {
            report.progress(String.format("log cost, round %d of %d: recording with the transparency log %s",
                    round + 1, LOG_COST_ROUNDS * 2, logOn ? "on" : "stopped"));
            if (!logOn) {
                log.shutDown();
            }
            String prefix = "log" + round;
            (logOn ? gatewayOn : gatewayOff).add(recordings.gateway(prefix + "-gw8", GATEWAY_THREADS,
                    settings.commands() / 2));
            (logOn ? httpOn : httpOff).add(recordings.http(prefix + "-http", base, token, HTTP_CLIENTS,
                    settings.requests() / 4).perSecond());
            if (!logOn) {
                log.start();
            }
            rebuild.await(List.of(log));
            rebuild.awaitProjections();
        });
        report.progress(String.format("log cost rounds, events/s: gateway on %s off %s, HTTP on %s off %s",
                gatewayOn, gatewayOff, httpOn, httpOff));
        double gatewayLogged = mean(gatewayOn);
        double gatewayUnlogged = mean(gatewayOff);
        double httpLogged = mean(httpOn);
        double httpUnlogged = mean(httpOff);
        report.add(new Report.Line("gateway-8-threads-log-stopped", Report.rate(gatewayUnlogged, "events"),
                "log on " + Report.rate(gatewayLogged, "events"), Report.percent(gatewayLogged / gatewayUnlogged),
                "log on >= 90 %", gatewayLogged / gatewayUnlogged >= 0.9));
        report.add(new Report.Line("http-16-clients-log-stopped", Report.rate(httpUnlogged, "events"),
                "log on " + Report.rate(httpLogged, "events"), Report.percent(httpLogged / httpUnlogged),
                "log on >= 90 %", httpLogged / httpUnlogged >= 0.9));
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    private void lag(Recordings recordings, List<StreamingEventProcessor> processors) throws Exception {
        report.progress(String.format("projection lag at %,d records/s for %d s", settings.lagRate(),
                settings.lagSeconds()));
        Report.Latencies lag = new Report.Latencies(recordings.lag("lag", settings.lagRate(), settings.lagSeconds(),
                processors, report));
        report.add(new Report.Line("projection-lag-p50", Report.millis(lag.millis(50)), null, null, null, null));
        report.add(new Report.Line("projection-lag-p99", Report.millis(lag.millis(99)), null, null, "<= 100 ms",
                lag.millis(99) <= 100));
    }

    /** The reads of the path, sampled, with a note of the answer and of what the process did meanwhile. */
    private Reads.Sample sampled(Reads reads, String query, String path) throws Exception {
        Reads.Sample sample = reads.sample(path, settings.querySamples());
        report.note("  " + sample.describe(query));
        return sample;
    }

    /** Queries on a long dispute, and command latency on it against streams of 10 records. */
    private void longStream(Recordings recordings, Rebuild rebuild, URI base, String token) throws Exception {
        report.progress(String.format("a dispute of %,d records", settings.bigStream()));
        String disputeId = LONG_DISPUTE;
        Instant half = recordings.grow(disputeId, settings.bigStream());
        rebuild.awaitProjections();

        report.progress("as known when half its records were in, and its timeline");
        double packedBefore = packingRounds();
        Reads reads = new Reads(base, token);
        Reads.Sample asKnownSample = sampled(reads, "as known",
                "/api/audit/disputes/" + disputeId + "/as-known?knownAt=" + half);
        Report.Latencies asKnown = asKnownSample.latencies();
        report.add(new Report.Line("as-known-on-p50", Report.millis(asKnown.millis(50)), null, null, null, null));
        report.add(new Report.Line("as-known-on-p99", Report.millis(asKnown.millis(99)), null, null, "<= 50 ms",
                asKnown.millis(99) <= 50));
        // the small views a reader opens a dispute with: its summary and its figures
        Map<String, String> views = new LinkedHashMap<>();
        views.put("summary", "/api/disputes/" + disputeId);
        views.put("figures", "/api/disputes/" + disputeId + "/figures");
        for (Map.Entry<String, String> view : views.entrySet()) {
            Reads.Sample sample = sampled(reads, view.getKey(), view.getValue());
            report.add(new Report.Line(view.getKey() + "-p99", Report.millis(sample.latencies().millis(99)), null,
                    null, "<= 10 ms", sample.latencies().millis(99) <= 10));
        }
        // the timeline is read a page at a time: its first page, and the page halfway through the dispute
        String timelinePath = "/api/disputes/" + disputeId + "/timeline";
        List<String> cursors = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = context.getBean(ObjectMapper.class).readTree(reads.get(timelinePath
                    + (cursor == null ? "" : "?after=" + cursor)));
            cursor = page.path("next").isTextual() ? page.path("next").asText() : null;
            if (cursor != null) {
                cursors.add(cursor);
            }
        } while (cursor != null);
        report.note(String.format("  timeline: %,d pages of 100", cursors.size() + 1));
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("timeline-first-page", timelinePath);
        if (!cursors.isEmpty()) {
            pages.put("timeline-middle-page", timelinePath + "?after=" + cursors.get(cursors.size() / 2));
        }
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Reads.Sample sample = sampled(reads, page.getKey(), page.getValue());
            report.add(new Report.Line(page.getKey() + "-p50", Report.millis(sample.latencies().millis(50)), null,
                    null, null, null));
            report.add(new Report.Line(page.getKey() + "-p99", Report.millis(sample.latencies().millis(99)), null,
                    null, "<= 20 ms", sample.latencies().millis(99) <= 20));
        }

        report.note(String.format("  the H2 file's packing rounds during these reads: %,.0f", packingRounds() - packedBefore));

        report.progress("command latency on streams of 10 and of " + settings.bigStream() + " records");
        List<List<Long>> latency = recordings.latency("short", disputeId, settings.latencySamples());
        Report.Latencies short10 = new Report.Latencies(latency.get(0));
        Report.Latencies longer = new Report.Latencies(latency.get(1));
        report.add(new Report.Line("latency-10-records-p50", Report.millis(short10.millis(50)), null, null, null, null));
        report.add(new Report.Line("latency-10-records-p99", Report.millis(short10.millis(99)), null, null, null, null));
        for (int percentile : new int[]{50, 99}) {
            double ratio = longer.millis(percentile) / short10.millis(percentile);
            report.add(new Report.Line("latency-" + settings.bigStream() + "-records-p" + percentile,
                    Report.millis(longer.millis(percentile)), "10 records " + Report.millis(short10.millis(percentile)),
                    String.format(Locale.ROOT, "%.2fx", ratio), "<= 1.5x", ratio <= 1.5));
        }
    }

    /** Tops the store up to the wanted size, scans it raw, and rebuilds every read model over it. */
    private long rebuild(Workload workload, Ceiling ceiling, Rebuild rebuild, StreamingEventProcessor log, int readModels)
            throws Exception {
        report.progress(String.format("bulk load to %,d events", settings.events()));
        double loaded = rebuild.load(workload, settings.events(), settings.loadBatch(), log,
                appended -> report.note(String.format("  %,d appended", appended)));
        long events = rebuild.storedEvents();
        report.note(String.format("bulk load: %,.0f events/s; %,d events stored", loaded, events));

        report.progress("raw ordered scan");
        double scan = ceiling.scan();
        report.add(new Report.Line("ceiling-scan", Report.rate(scan, "rows"), null, null, null, null));

        report.progress(String.format("rebuilding all %d read models over %,d events", readModels, events));
        Map<String, Long> before = rebuild.readModelRows();
        double rebuilt = rebuild.rebuildAll();
        Map<String, Long> after = rebuild.readModelRows();
        report.add(new Report.Line("rebuild-" + Report.count(events) + "-events", Report.rate(rebuilt, "events"),
                "ceiling " + Report.rate(scan, "rows"), Report.percent(rebuilt / scan), ">= 50,000 and >= 40 %",
                rebuilt >= 50_000 && rebuilt / scan >= 0.4));
        long rows = Rebuild.rowsWritten(before, after);
        report.note(String.format("  read-model tables' rows before the rebuild: %,d; after: %s",
                before.values().stream().mapToLong(Long::longValue).sum(), after));
        report.note(String.format("  the rebuild wrote %,d rows into the read models: %,.0f rows/s",
                rows, rows * rebuilt / events));
        double perEvent = (double) rows / events;
        report.add(new Report.Line("rebuild-rows-per-event", String.format(Locale.ROOT, "%.2f", perEvent), null, null,
                "<= 1.2", perEvent <= 1.2));
        return events;
    }

    /**
     * The overview and the dispute list over every dispute in the store: the overview's first answer after
     * the rebuild (computed from the tables kept beside the records), then its answers while nothing
     * changes, and the first page of the list, whole and by employer.
     */
    private void overview(Workload workload, URI base, String token) throws Exception {
        Reads reads = new Reads(base, token);
        long start = System.nanoTime();
        String overview = reads.get("/api/overview");
        double firstMillis = (System.nanoTime() - start) / 1e6;
        long disputes = context.getBean(ObjectMapper.class).readTree(overview).path("disputes").asLong();
        report.progress(String.format("the overview and the dispute list over %,d disputes", disputes));
        report.add(new Report.Line("overview-first-after-rebuild", Report.millis(firstMillis),
                String.format("%,d disputes", disputes), null, null, null));
        Reads.Sample again = sampled(reads, "overview", "/api/overview");
        report.add(new Report.Line("overview-p99", Report.millis(again.latencies().millis(99)), null, null, null, null));
        Reads.Sample list = sampled(reads, "dispute list", "/api/disputes?limit=50");
        report.add(new Report.Line("dispute-list-first-page-p99", Report.millis(list.latencies().millis(99)), null, null,
                null, null));
        Reads.Sample byEmployer = sampled(reads, "dispute list by employer", "/api/disputes?limit=50&employer="
                + URLEncoder.encode(workload.employer(), StandardCharsets.UTF_8));
        report.add(new Report.Line("dispute-list-by-employer-p99", Report.millis(byEmployer.latencies().millis(99)),
                null, null, null, null));
        // the maps: a dispute's page shows its own, the overview's map a page of disputes
        Reads.Sample disputeMap = sampled(reads, "dispute map", "/api/disputes/" + LONG_DISPUTE + "/map");
        report.add(new Report.Line("dispute-map-p99", Report.millis(disputeMap.latencies().millis(99)), null, null,
                null, null));
        Reads.Sample overviewMap = sampled(reads, "overview map", "/api/overview/map?limit=100");
        report.add(new Report.Line("overview-map-p99", Report.millis(overviewMap.latencies().millis(99)), null, null,
                null, null));
    }

    /**
     * The first page of an employer party to every dispute in the store (each opened as the 2011 dispute
     * was, the bulk load's copies among them): what a reader asks of a large company.
     */
    private void organisation(Workload workload, URI base, String token) throws Exception {
        Reads reads = new Reads(base, token);
        long disputes = context.getBean(ObjectMapper.class).readTree(reads.get("/api/overview")).path("disputes").asLong();
        report.progress(String.format("an employer party to all %,d disputes: %s", disputes, workload.employer()));
        Reads.Sample sample = sampled(reads, "organisation", "/api/organisations/"
                + URLEncoder.encode(workload.employer(), StandardCharsets.UTF_8).replace("+", "%20"));
        report.add(new Report.Line("organisation-first-page-p50", Report.millis(sample.latencies().millis(50)), null,
                null, null, null));
        report.add(new Report.Line("organisation-first-page-p99", Report.millis(sample.latencies().millis(99)), null,
                null, null, null));
        // the copies keep the people of the dispute copied: its lawyer is named in every copy
        Reads.Sample person = sampled(reads, "person", "/api/people/" + PERSON_IN_EVERY_COPY);
        report.add(new Report.Line("person-first-page-p99", Report.millis(person.latencies().millis(99)), null,
                null, null, null));
    }

    /** Reads measured over the whole store, each a step that may find an answer too slow to wait for. */
    private interface ReadsStep {
        void run() throws Exception;
    }

    /**
     * Runs the step; should one of its answers take longer than {@link Reads#PATIENCE}, says so and goes on
     * to the rest of the run, its later lines missing: a slow endpoint costs its own lines, not the run's.
     */
    private void readsAfterRebuild(String step, ReadsStep reads) throws Exception {
        try {
            reads.run();
        } catch (HttpTimeoutException tooSlow) {
            report.progress(String.format("%s: an answer took longer than %d s; the step's remaining lines are missing",
                    step, Reads.PATIENCE.toSeconds()));
        }
    }

    /** A user of the benchmark's own, and a bearer token for it as a client would get one. */
    private static String token(URI base, UserAccounts accounts, ObjectMapper json) throws Exception {
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        // ADMIN, which includes every other role: the benchmark records, reads, and rebuilds the read models
        accounts.create("bench", password, Role.ADMIN);
        String basic = Base64.getEncoder().encodeToString(("bench:" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("/api/tokens"))
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("POST /api/tokens answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body()).path("token").asText();
    }

    /**
     * Heap after a full collection, the process's resident memory now and at its peak, and the size of
     * the database file the benchmark made (none when it was given a database).
     */
    private void memory(long events) throws IOException {
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long max = Runtime.getRuntime().maxMemory();
        boolean fits = max <= 512L * 1024 * 1024;
        String target = "1,000,000 events in 512 MiB";
        Boolean met = events >= 1_000_000 && fits ? Boolean.TRUE : fits ? null : Boolean.FALSE;
        report.add(new Report.Line("heap-max", Report.mebibytes(max), null, null, target, met));
        report.add(new Report.Line("heap-used-after-gc", Report.mebibytes(used), null, null, null, null));
        String directory = environment.getProperty(BenchMode.TEMPORARY_DIRECTORY);
        if (directory != null) {
            long file = Files.size(Path.of(directory, BenchMode.DATABASE + ".mv.db"));
            report.add(new Report.Line("database-file", Report.mebibytes(file),
                    String.format(Locale.ROOT, "%,d bytes per event; %,.0f packing rounds", file / events,
                            packingRounds()), null, null, null));
        }
        List<String> status = Files.readAllLines(Path.of("/proc/self/status"));
        for (String line : status) {
            if (line.startsWith("VmRSS:")) {
                report.add(new Report.Line("resident-memory", kibibytes(line), null, null, null, null));
            } else if (line.startsWith("VmHWM:")) {
                report.add(new Report.Line("resident-memory-peak", kibibytes(line), null, null, null, null));
            }
        }
    }

    /** Rounds in which the service packed its H2 file while quiet (api/recording/FileHousekeeping). */
    private double packingRounds() {
        Counter rounds = context.getBean(MeterRegistry.class).find("tracker.h2.packing.rounds").counter();
        return rounds == null ? 0 : rounds.count();
    }

    private static String kibibytes(String statusLine) {
        long kib = Long.parseLong(statusLine.replaceAll("[^0-9]", ""));
        return Report.mebibytes(kib * 1024);
    }

    /** Deletes the database that {@link BenchMode} made for this run, once the service has closed it. */
    private void deleteTemporaryDatabase() {
        String directory = environment.getProperty(BenchMode.TEMPORARY_DIRECTORY);
        if (directory == null) {
            return;
        }
        try {
            deleteTree(Path.of(directory));
        } catch (IOException e) {
            report.progress("could not delete " + directory + ": " + e);
        }
    }

    /** Deletes the directory and everything in it. */
    static void deleteTree(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            List<Path> all = new ArrayList<>(files.toList());
            all.sort(Comparator.reverseOrder());
            for (Path file : all) {
                Files.deleteIfExists(file);
            }
        }
    }
}
