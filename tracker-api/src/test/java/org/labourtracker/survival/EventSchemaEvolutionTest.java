package org.labourtracker.survival;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.labourtracker.ZhanaozenCase;
import org.labourtracker.api.Http;
import org.labourtracker.api.TestUsers;
import org.labourtracker.api.security.Role;
import org.labourtracker.api.security.UserAccounts;
import org.labourtracker.dispute.DisputeCommand;
import org.labourtracker.dispute.DisputeEvent.DisputeOpened;
import org.labourtracker.editorial.Correction;
import org.labourtracker.editorial.EditorialCommand.CorrectRecord;
import org.labourtracker.evidence.Claim;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A death toll stored years ago in the first format of CasualtiesReported (each claim a single
 * count; tracker-core's {@code upcasting/casualties-reported-v1.json}) sits in a dispute's stream
 * as it was written. The running application reads it in today's shape: auditors see each
 * source's figure as its best estimate, and monitors can correct it like any other record.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:survival;DB_CLOSE_DELAY=-1")
class EventSchemaEvolutionTest {

    /** The fixture is tracker-core's own; Maven runs each module's tests from the module's directory. */
    private static final Path FIRST_FORMAT =
            Path.of("..", "tracker-core", "src", "test", "resources", "upcasting", "casualties-reported-v1.json");
    private static final String MONITOR = TestUsers.basic(Role.MONITOR);
    private static final String AUDITOR = TestUsers.basic(Role.AUDITOR);

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    Http http;

    @BeforeEach
    void setUp() {
        TestUsers.createAll(accounts);
        http = new Http(port);
    }

    @Test
    void aDeathTollStoredInTheFirstFormatReadsAsEachSourcesBestEstimate() throws IOException {
        String dispute = storedByAnEarlierVersion("first-format");

        JsonNode killed = stream(dispute).get(1);

        assertThat(killed.path("recordType").asText()).isEqualTo("CasualtiesReported");
        assertThat(killed.at("/record/recordId").asText()).isEqualTo("shooting-killed");
        JsonNode claims = killed.at("/record/claims");
        assertThat(claims).hasSize(2);
        assertThat(claims.get(0).at("/source/kind").asText()).isEqualTo("OFFICIAL");
        assertThat(claims.get(0).path("best").asInt()).isEqualTo(13);
        assertThat(claims.get(0).path("wording").asText()).isEqualTo("the deaths of 13 workers");
        assertThat(claims.get(1).at("/source/kind").asText()).isEqualTo("NGO");
        assertThat(claims.get(1).path("best").asInt()).isEqualTo(70);
        assertThat(claims).allSatisfy(claim -> assertThat(claim.has("count")).isFalse());
        assertThat(claims).allSatisfy(claim -> assertThat(claim.has("low") || claim.has("high")).isFalse());
    }

    @Test
    void aRecordInTheFirstFormatCanBeCorrectedLikeAnyOther() throws IOException {
        String dispute = storedByAnEarlierVersion("first-format-corrected");
        CorrectRecord range = new CorrectRecord(dispute, "shooting-killed-range", "shooting-killed",
                "The first format kept one figure per source; the NGOs' 'over 70' is at least 70",
                new Correction(null, null, null, List.of(
                        new Claim(ZhanaozenCase.OFFICIALS_VIA_WSWS, 13, 13, 13, "the deaths of 13 workers"),
                        new Claim(ZhanaozenCase.INDEPENDENT_VIA_WSWS, 70, 70, null, "over 70 people were killed")),
                        null));

        Http.Response corrected = http.send("POST", "/api/streams/" + dispute + "/corrections", MONITOR,
                Posting.JSON.writeValueAsString(range));

        assertThat(corrected.status()).as(corrected.body()).isEqualTo(201);
        assertThat(stream(dispute)).extracting(event -> event.path("sequenceNumber").asLong())
                .containsExactly(0L, 1L, 2L);
    }

    @Test
    void aDeathTollRecordedTodayIsStoredAsRevisionTwoAndKeepsItsChainIntact() {
        String dispute = opened("second-format");
        Object killed = ZhanaozenCase.commands().stream()
                .filter(command -> command instanceof DisputeCommand.ReportCasualties).findFirst().orElseThrow();

        Http.Response recorded = http.send("POST", Posting.path(killed, dispute), MONITOR,
                Posting.body(killed, dispute).toString());

        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(jdbc.queryForObject("SELECT payload_revision FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? AND sequence_number = 1", String.class, dispute)).isEqualTo("2");
        JsonNode integrity = http.get("/api/audit/integrity?streamId=" + dispute, AUDITOR).json();
        assertThat(integrity.path("intact").asBoolean()).as(integrity.toString()).isTrue();
        assertThat(integrity.path("eventsChecked").asInt()).isEqualTo(2);
    }

    private String opened(String name) {
        String dispute = name + "-" + System.nanoTime();
        Object open = ZhanaozenCase.commands().get(0);
        Http.Response response = http.send("POST", Posting.path(open, dispute), MONITOR,
                Posting.body(open, dispute).toString());
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return dispute;
    }

    /**
     * A dispute recorded by an earlier version of the tracker, before this process started: its
     * opening, and the fixture's death toll in the first format (its payload as then serialized, no
     * revision). Written straight to the table, so no aggregate of it is held in memory and the
     * application reads both from the store. The rows carry no hash chain, so these tests leave the
     * integrity of such a stream alone.
     */
    private String storedByAnEarlierVersion(String name) throws IOException {
        String dispute = name + "-" + System.nanoTime();
        JsonNode stored = Posting.JSON.readTree(FIRST_FORMAT.toFile());
        DisputeCommand.OpenDispute open = (DisputeCommand.OpenDispute) ZhanaozenCase.commands().get(0);
        DisputeOpened opened = new DisputeOpened(dispute, open.recordId(), open.title(), open.industry(), open.status(),
                open.employers(), open.unions(), open.evidence());
        insert(stored, dispute, 0, DisputeOpened.class.getName(), Posting.JSON.writeValueAsBytes(opened));
        insert(stored, dispute, 1, stored.get("payloadType").asText(),
                Posting.JSON.writeValueAsBytes(((ObjectNode) stored.get("payload")).put("disputeId", dispute)));
        return dispute;
    }

    private void insert(JsonNode stored, String dispute, long sequence, String payloadType, byte[] payload)
            throws IOException {
        jdbc.update("INSERT INTO domain_event_entry (global_index, event_identifier, meta_data, payload, "
                        + "payload_revision, payload_type, time_stamp, aggregate_identifier, sequence_number, type) "
                        + "VALUES (nextval('domain_event_entry_seq'), ?, ?, ?, NULL, ?, ?, ?, ?, ?)",
                UUID.randomUUID().toString(), Posting.JSON.writeValueAsBytes(stored.get("metaData")), payload,
                payloadType, stored.get("timestamp").asText(), dispute, sequence, stored.get("type").asText());
    }

    private JsonNode stream(String dispute) {
        Http.Response response = http.get("/api/audit/streams/" + dispute, AUDITOR);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
