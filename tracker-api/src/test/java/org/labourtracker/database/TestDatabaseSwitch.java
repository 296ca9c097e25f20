package org.labourtracker.database;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs the whole test suite on PostgreSQL when the system property {@value #SWITCH} is
 * {@code postgresql} (Maven profile {@code postgres}); otherwise it changes nothing and the tests
 * run on H2. Each test names its own H2 database in {@code spring.datasource.url}; this maps that
 * name to a PostgreSQL database of {@link TestPostgres} with the same lifetime, so the tests need
 * not know which database they run on: an in-memory database kept open ({@code DB_CLOSE_DELAY=-1})
 * or a file database is found again by the next application that names it, an in-memory database
 * without that setting is empty for every new application.
 */
class TestDatabaseSwitch implements EnvironmentPostProcessor {

    static final String SWITCH = "tracker.test.database";
    private static final String H2 = "jdbc:h2:";
    private static final AtomicInteger FRESH = new AtomicInteger();

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url");
        if (!"postgresql".equals(System.getProperty(SWITCH)) || url == null || !url.startsWith(H2)) {
            return;
        }
        environment.getPropertySources().addFirst(new MapPropertySource("test-database-on-postgresql", Map.of(
                "spring.datasource.url", TestPostgres.url(databaseFor(url)),
                "spring.datasource.username", TestPostgres.USER,
                "spring.datasource.password", "")));
    }

    static String databaseFor(String h2Url) {
        String location = h2Url.substring(H2.length());
        String settings = "";
        int semicolon = location.indexOf(';');
        if (semicolon >= 0) {
            settings = location.substring(semicolon).toUpperCase(Locale.ROOT);
            location = location.substring(0, semicolon);
        }
        if (location.startsWith("mem:")) {
            String name = "mem_" + plain(location.substring("mem:".length()));
            return settings.contains("DB_CLOSE_DELAY=-1") ? name : name + "_" + FRESH.incrementAndGet();
        }
        // a file database (its path unique per test, such as a temporary directory) outlives the application
        return "file_" + Integer.toHexString(location.hashCode());
    }

    private static String plain(String name) {
        String plain = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        return plain.length() > 40 ? plain.substring(0, 40) : plain;
    }
}
