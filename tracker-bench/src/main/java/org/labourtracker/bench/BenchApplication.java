package org.labourtracker.bench;

import org.labourtracker.TrackerApplication;
import org.springframework.boot.SpringApplication;

/**
 * The benchmark of issue #7: {@code java -Xmx512m -jar tracker-bench/target/labour-tracker-bench.jar}.
 * Starts the service itself ({@link TrackerApplication}, as the production jar does) on a database of
 * its own ({@link BenchMode}), runs {@link BenchRunner} on it and exits; the production jar holds none
 * of this.
 */
public final class BenchApplication {

    private BenchApplication() {
    }

    public static void main(String[] args) {
        // as TrackerApplication does: Axon looks for this switch outside Spring; the tracker must run offline
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication application = new SpringApplication(TrackerApplication.class, BenchRunner.class);
        application.addListeners(new BenchMode());
        application.run(args);
    }
}
