package org.labourtracker.api.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A slow handler is never interrupted: an interrupted read or write closes H2's file for every
 * connection (h2database#1076). Axon's timeouts, which interrupt, are off in application.yml; the
 * query timeout set here far below the handler's time would interrupt it if they were on.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:no-interruption;DB_CLOSE_DELAY=-1",
        "axon.timeout.handler.queries.timeout-ms=100", "axon.timeout.handler.queries.warning-threshold-ms=50",
        "axon.timeout.transaction.query-bus.timeout-ms=100",
        "axon.timeout.transaction.query-bus.warning-threshold-ms=50"})
class NoInterruptionTest {

    record SlowQuery(long millis) {
    }

    static class SlowQueries {

        private final JdbcTemplate jdbc;

        SlowQueries(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @QueryHandler
        Long handle(SlowQuery query) throws InterruptedException {
            Thread.sleep(query.millis());
            return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
        }
    }

    @TestConfiguration
    static class Slow {
        @Bean
        SlowQueries slowQueries(JdbcTemplate jdbc) {
            return new SlowQueries(jdbc);
        }
    }

    @Autowired
    QueryGateway queries;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aQuerySlowerThanAxonsTimeoutIsAnsweredAndTheDatabaseStaysOpen() {
        Long events = queries.query(new SlowQuery(600), ResponseTypes.instanceOf(Long.class)).join();

        assertThat(events).isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class));
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }
}
