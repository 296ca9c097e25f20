package org.labourtracker.evidence;

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
import org.labourtracker.dispute.DisputeEvent.CasualtiesReported;
import org.labourtracker.legal.CaseEvent.CaseOpened;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Events as the version before vague figures, people on any record and supersessions stored them
 * ({@code upcasting/before-vague-figures.json}: Marikana's strikers killed, with victims, perpetrator
 * and actors, and the lawyer's case opened, in that version's shape) read as today's events whose
 * claims are neither vague nor say what they count, that name no people on their evidence and
 * supersede nothing; and stored again they are byte for byte what they were. No field changed its
 * meaning, so no upcaster is needed.
 */
class StoredBeforeVagueFiguresTest {

    /** As the application configures it: absent values are not written. */
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(json).build();

    @Test
    void aCasualtyReportStoredBeforeReadsAsNeitherVagueNorNamingNorSuperseding() throws IOException {
        CasualtiesReported killed = (CasualtiesReported) read("casualties");

        assertThat(killed.claims()).singleElement().satisfies(claim -> {
            assertThat(claim.low()).isEqualTo(34);
            assertThat(claim.best()).isNull();
            assertThat(claim.high()).isNull();
            assertThat(claim.vague()).isNull();
            assertThat(claim.counted()).isNull();
            assertThat(claim.countsPeople()).isTrue();
        });
        assertThat(killed.evidence().people()).isEmpty();
        assertThat(killed.evidence().supersedes()).isNull();
        assertThat(killed.evidence().actors()).extracting(Actor::name).containsExactly("South African Police Service");
        assertThat(killed.people()).isEmpty();
    }

    @Test
    void aCaseOpenedBeforeNamesItsDefendantsOnly() throws IOException {
        CaseOpened opened = (CaseOpened) read("caseOpened");

        assertThat(opened.people()).extracting(Person::name).containsExactly("Natalia Sokolova");
        assertThat(opened.evidence().people()).isEmpty();
        assertThat(opened.evidence().supersedes()).isNull();
    }

    @Test
    void storedAgainTheyAreInTheirOldShape() throws IOException {
        for (String name : List.of("casualties", "caseOpened")) {
            SerializedObject<byte[]> stored = serializer.serialize(read(name), byte[].class);

            assertThat(json.readTree(stored.getData())).as(name).isEqualTo(fixture().get(name).get("payload"));
        }
    }

    @Test
    void theNewFieldsAreStoredAndReadBack() throws IOException {
        Evidence evidence = fixtureEvidence().naming(List.of(new Person("riah-phiyega", "Riah Phiyega",
                PersonRole.OFFICIAL, false))).superseding("strikers-killed", "Entered under the wrong incident");
        CasualtiesReported killed = new CasualtiesReported("marikana-lonmin-2012", "strikers-killed-again",
                "Police shooting at Marikana, 16 August 2012", org.labourtracker.dispute.CasualtyKind.KILLED,
                List.of(new Claim(fixtureEvidence().sources().get(0), null, null, null, "dozens of miners", Vague.DOZENS,
                        Counted.PEOPLE)), List.of(), null, null, evidence);
        SerializedObject<byte[]> stored = serializer.serialize(killed, byte[].class);
        JsonNode written = json.readTree(stored.getData());

        assertThat(written.at("/claims/0/vague").asText()).isEqualTo("DOZENS");
        assertThat(written.at("/claims/0/low").asInt()).isEqualTo(12);
        assertThat(written.at("/claims/0/high").asInt()).isEqualTo(99);
        assertThat(written.at("/claims/0/best").isMissingNode()).isTrue();
        assertThat(written.at("/evidence/people/0/role").asText()).isEqualTo("OFFICIAL");
        assertThat(written.at("/evidence/supersedes/recordId").asText()).isEqualTo("strikers-killed");
        assertThat(readPayload(stored.getType().getName(), stored.getType().getRevision(), stored.getData()))
                .isEqualTo(killed);
    }

    private Evidence fixtureEvidence() throws IOException {
        return ((CasualtiesReported) read("casualties")).evidence();
    }

    private Object read(String name) throws IOException {
        JsonNode stored = fixture().get(name);
        return readPayload(stored.get("payloadType").asText(), stored.get("revision").asText(),
                json.writeValueAsBytes(stored.get("payload")));
    }

    private Object readPayload(String type, String revision, byte[] payload) {
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>("Dispute", "marikana-lonmin-2012", 1,
                "5d1e2b63-0a8f-4e5c-9e62-3a9f1c8e72b4", "2026-11-20T08:30:12.417Z", type, revision, payload,
                "{}".getBytes(StandardCharsets.UTF_8));
        return EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(entry), serializer,
                new EventUpcasterChain()).next().getPayload();
    }

    private JsonNode fixture() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/upcasting/before-vague-figures.json")) {
            return json.readTree(in);
        }
    }
}
