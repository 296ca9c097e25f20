package org.labourtracker.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * Prepares the benchmark's run before anything starts: the benchmark must not touch the service's own
 * database in {@code ./data}, so it gets a fresh H2 file database (and log signing key) in a temporary
 * directory (which
 * {@link BenchRunner} deletes at the end) unless the caller named a datasource; HTTP is served on a
 * free port unless one was given; and logging is cut down to warnings, so that the figures are not
 * lost among Axon's start-up messages. Added to the application by {@link BenchApplication}, since
 * the database must be chosen before the application context exists.
 */
class BenchMode implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    /**
     * After the environment post-processors have read application.yml (which {@link #givenByCaller} tells
     * apart) and before the logging system reads its levels from the environment.
     */
    private static final int ORDER = LoggingApplicationListener.DEFAULT_ORDER - 1;

    /** Where the benchmark's own database lives, when it made one: deleted after the run. */
    static final String TEMPORARY_DIRECTORY = "bench.temporary-directory";
    /** The H2 database's name in that directory; its file is this name with {@code .mv.db}. */
    static final String DATABASE = "tracker";

    private static final String DATASOURCE_URL = "spring.datasource.url";

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        Map<String, Object> settings = new HashMap<>();
        if (!givenByCaller(environment, DATASOURCE_URL)) {
            Path directory = temporaryDirectory();
            settings.put(DATASOURCE_URL, "jdbc:h2:file:" + directory.resolve(DATABASE).toAbsolutePath());
            settings.put("spring.datasource.username", "tracker");
            settings.put("spring.datasource.password", "");
            settings.put(TEMPORARY_DIRECTORY, directory.toAbsolutePath().toString());
            if (!givenByCaller(environment, "tracker.log.key-file")) {
                settings.put("tracker.log.key-file", directory.resolve("keys").resolve("log-signing.key").toAbsolutePath());
            }
        }
        if (!givenByCaller(environment, "server.port")) {
            settings.put("server.port", "0");
        }
        if (!givenByCaller(environment, "logging.level.root")) {
            settings.put("logging.level.root", "WARN");
        }
        settings.put("spring.main.banner-mode", "off");
        environment.getPropertySources().addFirst(new MapPropertySource("bench", settings));
    }

    /**
     * Whether the caller set the property (command line, environment, system property, a profile's
     * file): anything but the defaults in application.yml, which point at the service's own database.
     * Spring's attached source, a view of all the others, is passed over.
     */
    private static boolean givenByCaller(ConfigurableEnvironment environment, String property) {
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (ConfigurationPropertySources.isAttachedConfigurationPropertySource(source)) {
                continue;
            }
            if (source.containsProperty(property)) {
                return !source.getName().contains("[application.yml]");
            }
        }
        return false;
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("labour-tracker-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the benchmark's database directory", e);
        }
    }
}
