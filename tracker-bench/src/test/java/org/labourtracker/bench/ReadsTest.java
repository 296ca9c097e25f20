package org.labourtracker.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How the benchmark samples a read: against a server of the JDK's answering a dispute's summary, it
 * counts what it was sent and with which token.
 */
class ReadsTest {

    private static final String SUMMARY = "{\"disputeId\":\"zhanaozen-2011\",\"status\":\"ENDED\"}";

    private final List<String> received = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @BeforeEach
    void serve() throws Exception {
        // else each answer, headers and body written apart, waits out the client's delayed acknowledgement
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            received.add(exchange.getRequestURI().getPath() + " " + exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = SUMMARY.getBytes(StandardCharsets.UTF_8);
            int status = exchange.getRequestURI().getPath().startsWith("/api/disputes/") ? 200 : 404;
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private Reads reads() {
        return new Reads(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), "token-1");
    }

    @Test
    void aReadIsMeasuredAfterFiveHundredUnmeasuredOnes() throws Exception {
        Reads.Sample sample = reads().sample("/api/disputes/zhanaozen-2011", 20);

        assertThat(received).hasSize(520).containsOnly("/api/disputes/zhanaozen-2011 Bearer token-1");
        assertThat(sample.latencies().size()).isEqualTo(20);
        assertThat(sample.bytes()).isEqualTo(SUMMARY.length());
        assertThat(sample.describe("summary")).startsWith("summary: an answer of 0 KiB; while measured, ");
    }

    @Test
    void anAnswerOtherThanOkEndsTheSampling() {
        assertThatThrownBy(() -> reads().sample("/api/nowhere", 20))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("GET /api/nowhere answered 404");
        assertThat(received).hasSize(1);
    }

    @Test
    void collectionsSinceAreTheDifferenceOfTheCounts() {
        Reads.Collections before = new Reads.Collections(580, 12_400);
        Reads.Collections after = new Reads.Collections(586, 12_542);

        assertThat(after.since(before)).isEqualTo(new Reads.Collections(6, 142));
    }
}
