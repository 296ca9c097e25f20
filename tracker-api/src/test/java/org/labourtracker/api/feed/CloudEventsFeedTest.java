package org.labourtracker.api.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.labourtracker.ZhanaozenCase;
import org.labourtracker.api.Http;
import org.labourtracker.api.TestUsers;
import org.labourtracker.api.security.Role;
import org.labourtracker.api.security.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A mirror follows the change feed as CloudEvents over Server-Sent Events, is cut off, misses records
 * entered meanwhile, and reconnects with the last event id it saw: it gets exactly the events it had
 * not seen, in store order, the same ones the paged JSON list gives.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:cloudevents-feed;DB_CLOSE_DELAY=-1")
class CloudEventsFeedTest {

    private static final String AUDITOR = TestUsers.basic(Role.AUDITOR);
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    CommandGateway commands;

    Http http;

    record SseEvent(String id, JsonNode data) {
    }

    @BeforeEach
    void setUp() {
        TestUsers.createAll(accounts);
        http = new Http(port);
    }

    @Test
    void aReaderThatReconnectsWithLastEventIdLosesAndRepeatsNothing() throws Exception {
        List<Object> theCase = ZhanaozenCase.commands();
        theCase.subList(0, 5).forEach(commands::sendAndWait);

        List<SseEvent> before = read(null, 3);
        theCase.subList(5, 8).forEach(commands::sendAndWait);
        List<SseEvent> after = read(before.get(2).id(), 5);

        List<String> seen = new ArrayList<>();
        before.forEach(event -> seen.add(event.data().path("id").asText()));
        after.forEach(event -> seen.add(event.data().path("id").asText()));
        assertThat(seen).isEqualTo(pagedIds());
        assertThat(seen).hasSize(8).doesNotHaveDuplicates();
    }

    @Test
    void eachEventIsACloudEventInTheJsonFormat() {
        ZhanaozenCase.commands().subList(0, 1).forEach(commands::sendAndWait);

        JsonNode page = http.get("/api/audit/feed?limit=1", AUDITOR).json();

        JsonNode event = page.path("events").get(0);
        assertThat(event.path("specversion").asText()).isEqualTo("1.0");
        assertThat(event.path("type").asText()).isEqualTo("org.labourtracker.DisputeOpened");
        assertThat(event.path("source").asText()).isEqualTo("/api/disputes/" + ZhanaozenCase.DISPUTE);
        assertThat(event.path("subject").asText()).isEqualTo(ZhanaozenCase.DISPUTE);
        assertThat(event.path("datacontenttype").asText()).isEqualTo("application/json");
        assertThat(event.path("sequence").asLong()).isZero();
        assertThat(event.path("hash").asText()).hasSize(64);
        assertThat(event.path("data").path("disputeId").asText()).isEqualTo(ZhanaozenCase.DISPUTE);
        assertThat(page.path("next").asText()).isNotEmpty();
    }

    @Test
    void theFeedIsForAuditorsAndABadCursorIsNamed() {
        assertThat(http.get("/api/audit/feed", TestUsers.basic(Role.MONITOR)).status()).isEqualTo(403);
        assertThat(http.get("/api/audit/feed/stream", null).status()).isEqualTo(401);
        Http.Response bad = http.get("/api/audit/feed?after=not-a-cursor", AUDITOR);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("field").asText()).isEqualTo("after");
    }

    private List<String> pagedIds() {
        List<String> ids = new ArrayList<>();
        String after = "";
        while (true) {
            JsonNode page = http.get("/api/audit/feed?limit=3&after=" + after, AUDITOR).json();
            if (page.path("events").isEmpty()) {
                return ids;
            }
            page.path("events").forEach(event -> ids.add(event.path("id").asText()));
            after = page.path("next").asText();
        }
    }

    /** Reads {@code count} events from the SSE feed, then hangs up. */
    private List<SseEvent> read(String lastEventId, int count) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/audit/feed/stream"))
                .header("Authorization", AUDITOR).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        try (InputStream body = response.body()) {
            return CompletableFuture.supplyAsync(() -> events(body, count)).get(30, TimeUnit.SECONDS);
        }
    }

    private static List<SseEvent> events(InputStream body, int count) {
        List<SseEvent> events = new ArrayList<>();
        BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
        String id = null;
        StringBuilder data = new StringBuilder();
        try {
            for (String line = lines.readLine(); line != null && events.size() < count; line = lines.readLine()) {
                if (line.startsWith("id:")) {
                    id = line.substring(3).trim();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5));
                } else if (line.isEmpty() && !data.isEmpty()) {
                    events.add(new SseEvent(id, JSON.readTree(data.toString())));
                    data.setLength(0);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return events;
    }
}
