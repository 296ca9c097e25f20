package org.labourtracker.api.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.labourtracker.api.exchange.Import;
import org.labourtracker.api.exchange.ImportJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * With {@code tracker.demo=true}, fills an empty event store with the Zhanaozen case (the 2011
 * Mangystau strike and the 2021 strikes, curated from the articles in shared/seeds) through the
 * ordinary import, so that a new user sees a populated dashboard. Each record names
 * {@code tracker.recording.demo-recorder} as its recorder. A store that already holds records is left as it is.
 */
@Component
@ConditionalOnProperty(name = "tracker.demo", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String FILE = "demo/zhanaozen.ndjson";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Import imports;
    private final EventStorageEngine storage;
    private final String recorder;

    DemoData(Import imports, EventStorageEngine storage,
             @Value("${tracker.recording.demo-recorder}") String recorder) {
        this.recorder = recorder;
        this.imports = imports;
        this.storage = storage;
    }

    @Override
    public void run(ApplicationArguments arguments) throws IOException {
        if (!storeIsEmpty()) {
            log.info("tracker.demo is on, but the event store already holds records: no demo data loaded");
            return;
        }
        ImportJob.Report report = importAsDemoRecorder();
        log.info("Demo data loaded from {}: {} of {} lines recorded", FILE, report.recorded(), report.lines());
        report.problems().forEach(problem -> log.warn("Demo data line {} refused: {} {}", problem.line(),
                problem.field(), problem.reason()));
    }

    private boolean storeIsEmpty() {
        try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(null, false)) {
            return events.findAny().isEmpty();
        }
    }

    /** The import names the signed-in caller as recorder; here there is none, so one stands in. */
    private ImportJob.Report importAsDemoRecorder() throws IOException {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(recorder, null, List.of()));
        SecurityContextHolder.setContext(context);
        try (InputStream file = new ClassPathResource(FILE).getInputStream()) {
            return imports.importNow(file);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
