package org.labourtracker.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.junit.jupiter.api.Test;
import org.labourtracker.Marikana;
import org.labourtracker.dispute.DisputeEvent.CasualtiesReported;
import org.labourtracker.dispute.DisputeEvent.DemandRaised;
import org.labourtracker.dispute.DisputeEvent.EmployerResponseRecorded;
import org.labourtracker.dispute.DisputeEvent.StateActionRecorded;
import org.labourtracker.dispute.DisputeEvent.StrikeRecorded;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Events as the version before the codebook vocabulary stored them ({@code upcasting/before-vocabulary.json}:
 * the payloads of the Zhanaozen demo's casualty, strike, demand, employer response and state action,
 * byte for byte in that version's shape) read through Axon's serializer and the upcaster chain as
 * today's events that name no actors, victims, perpetrator, money, legality or stances; and a record
 * that names none of them is stored in exactly that old shape, so stores, hashes and exports stay as they were.
 */
class StoredBeforeTheVocabularyTest {

    /** As the application configures it: absent values are not written. */
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(json).build();
    private final EventUpcasterChain upcasters = new EventUpcasterChain(new CasualtiesReportedUpcaster());

    @Test
    void aCasualtyReportStoredBeforeReadsAsNamingNoActorsVictimsOrPerpetrator() throws IOException {
        CasualtiesReported killed = (CasualtiesReported) read("casualties", "2");

        assertThat(killed.victims()).isNull();
        assertThat(killed.perpetrator()).isNull();
        assertThat(killed.evidence().actors()).isEmpty();
        assertThat(killed.claims()).hasSize(2);
        assertThat(killed.incident()).isEqualTo("Zhanaozen shooting, 16 December 2011");
    }

    @Test
    void recordsStoredBeforeReadAsNamingNoMoneyLegalityOrStances() throws IOException {
        StrikeRecorded strike = (StrikeRecorded) read("strike", null);
        DemandRaised demand = (DemandRaised) read("demand", null);
        EmployerResponseRecorded response = (EmployerResponseRecorded) read("employerResponse", null);
        StateActionRecorded action = (StateActionRecorded) read("stateAction", null);

        assertThat(strike.legality()).isNull();
        assertThat(strike.workers()).isNull();
        assertThat(strike.unionStances()).isEmpty();
        assertThat(strike.employer()).isEqualTo("KarazhanbasMunai");
        assertThat(strike.evidence().actors()).isEmpty();
        assertThat(demand.money()).isNull();
        assertThat(demand.text()).isEqualTo("Comply with the agreements to raise workers' wages");
        assertThat(response.money()).isNull();
        assertThat(response.kind()).isEqualTo(EmployerResponseKind.DISMISSALS);
        assertThat(action.money()).isNull();
        assertThat(action.kind()).isEqualTo(StateActionKind.STATE_OF_EMERGENCY);
    }

    @Test
    void aRecordNamingNoneOfTheNewFieldsIsStoredInTheOldShape() throws IOException {
        for (String name : List.of("casualties", "strike", "demand", "employerResponse", "stateAction")) {
            Object event = read(name, fixture().get(name).path("revision").isTextual() ? "2" : null);
            SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);

            assertThat(json.readTree(stored.getData())).as(name).isEqualTo(fixture().get(name).get("payload"));
        }
    }

    @Test
    void theNewFieldsAreStoredAndReadBack() throws IOException {
        CasualtiesReported shot = new CasualtiesReported(Marikana.DISPUTE_ID, "strikers-killed",
                Marikana.STRIKERS_KILLED.incident(), CasualtyKind.KILLED, Marikana.STRIKERS_KILLED.claims(), List.of(),
                VictimCategory.STRIKERS, org.labourtracker.evidence.ActorType.STATE_FORCES,
                Marikana.STRIKERS_KILLED.evidence());
        SerializedObject<byte[]> stored = serializer.serialize(shot, byte[].class);
        JsonNode written = json.readTree(stored.getData());

        assertThat(written.get("victims").asText()).isEqualTo("STRIKERS");
        assertThat(written.get("perpetrator").asText()).isEqualTo("STATE_FORCES");
        assertThat(written.at("/evidence/actors/0/name").asText()).isEqualTo("South African Police Service");
        assertThat(readPayload(stored.getType().getName(), stored.getType().getRevision(), stored.getData()))
                .isEqualTo(shot);
    }

    private Object read(String name, String revision) throws IOException {
        JsonNode stored = fixture().get(name);
        return readPayload(stored.get("payloadType").asText(), revision, json.writeValueAsBytes(stored.get("payload")));
    }

    private Object readPayload(String type, String revision, byte[] payload) {
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>("Dispute", "mangystau-oil-strike-2011",
                1, "4c0f3a52-9a7e-4d4b-8d51-2f8f0b7e61a3", "2025-02-11T08:30:12.417Z", type, revision, payload,
                "{}".getBytes(StandardCharsets.UTF_8));
        return EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(entry), serializer, upcasters).next()
                .getPayload();
    }

    private JsonNode fixture() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/upcasting/before-vocabulary.json")) {
            return json.readTree(in);
        }
    }
}
