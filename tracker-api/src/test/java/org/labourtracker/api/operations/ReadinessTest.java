package org.labourtracker.api.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.labourtracker.TrackerApplication;
import org.labourtracker.api.Http;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The port answers before start-up has finished; readiness says DOWN until it has (the demo data
 * loaded and one more start-up task, held back by the test, done), liveness says UP throughout, and
 * readiness turns UP once every task is done. Anonymous callers see the status and nothing else.
 */
class ReadinessTest {

    @Test
    void readinessIsDownUntilStartUpHasFinished() throws Exception {
        int port = freePort();
        Http http = new Http(port);
        CountDownLatch release = new CountDownLatch(1);
        ApplicationRunner lastTask = arguments -> release.await(2, TimeUnit.MINUTES);
        AtomicReference<ConfigurableApplicationContext> started = new AtomicReference<>();
        CompletableFuture<Void> starting = CompletableFuture.runAsync(() -> started.set(
                new SpringApplicationBuilder(TrackerApplication.class)
                        .initializers(context -> context.getBeanFactory().registerSingleton("lastTask", lastTask))
                        .run("--spring.datasource.url=jdbc:h2:mem:readiness;DB_CLOSE_DELAY=-1",
                                "--server.port=" + port, "--tracker.demo=true")));
        try {
            await().atMost(Duration.ofSeconds(120)).until(() -> answers(http));

            Http.Response notReady = http.get("/actuator/health/readiness", null);
            assertThat(notReady.status()).isEqualTo(503);
            assertThat(notReady.body()).isEqualTo("{\"status\":\"DOWN\"}");
            Http.Response alive = http.get("/actuator/health/liveness", null);
            assertThat(alive.status()).isEqualTo(200);
            assertThat(alive.body()).isEqualTo("{\"status\":\"UP\"}");

            release.countDown();
            starting.get(60, TimeUnit.SECONDS);

            Http.Response ready = http.get("/actuator/health/readiness", null);
            assertThat(ready.status()).isEqualTo(200);
            assertThat(ready.body()).isEqualTo("{\"status\":\"UP\"}");
            Http.Response health = http.get("/actuator/health", null);
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.body()).isEqualTo("{\"status\":\"UP\",\"groups\":[\"liveness\",\"readiness\"]}");
        } finally {
            release.countDown();
            starting.join();
            started.get().close();
        }
    }

    private static boolean answers(Http http) {
        try {
            http.get("/actuator/health/liveness", null);
            return true;
        } catch (UncheckedIOException notListeningYet) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
