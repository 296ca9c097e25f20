package org.labourtracker.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.junit.jupiter.api.Test;
import org.labourtracker.dispute.DisputeEvent.CasualtiesReported;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Evidence;
import org.labourtracker.evidence.Place;
import org.labourtracker.evidence.Reliability;
import org.labourtracker.evidence.Source;
import org.labourtracker.evidence.SourceKind;
import org.labourtracker.evidence.When;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The Zhanaozen death toll as it was stored in the first format of {@link CasualtiesReported}
 * ({@code upcasting/casualties-reported-v1.json}: each claim a single {@code count}) reads, through
 * {@link CasualtiesReportedUpcaster} and Axon's Jackson serializer, as today's record.
 */
class CasualtiesReportedUpcasterTest {

    static final String FIXTURE = "/upcasting/casualties-reported-v1.json";

    private static final Source OFFICIALS = new Source("Government of Kazakhstan",
            "Official figures as reported in 'Police massacre striking oil workers in Kazakhstan' (WSWS)", null, null,
            LocalDate.of(2011, 12, 19), "en", SourceKind.OFFICIAL, Reliability.NOT_USUALLY_RELIABLE, false);
    private static final Source INDEPENDENT = new Source("Human rights organisations and opposition groups",
            "Figures as reported in 'Police massacre striking oil workers in Kazakhstan' (WSWS)", null, null,
            LocalDate.of(2011, 12, 19), "en", SourceKind.NGO, Reliability.FAIRLY_RELIABLE, false);
    private static final Source WSWS = new Source("World Socialist Web Site",
            "Police massacre striking oil workers in Kazakhstan", "https://www.wsws.org", "David Firestone",
            LocalDate.of(2011, 12, 19), "en", SourceKind.MEDIA, Reliability.FAIRLY_RELIABLE, false);

    /** Strict about unknown fields, unlike the application's mapper, so that no old field can hide. */
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(json).build();
    private final EventUpcasterChain upcasters = new EventUpcasterChain(new CasualtiesReportedUpcaster());

    @Test
    void aKilledFigureRecordedInTheFirstFormatReadsAsEachSourcesBestEstimate() throws IOException {
        CasualtiesReported killed = (CasualtiesReported) readFixture().getPayload();

        assertThat(killed).isEqualTo(new CasualtiesReported("mangystau-oil-strike-2011", "shooting-killed",
                "Zhanaozen shooting, 16 December 2011", CasualtyKind.KILLED,
                List.of(new Claim(OFFICIALS, null, 13, null, "the deaths of 13 workers"),
                        new Claim(INDEPENDENT, null, 70, null, "over 70 people were killed")),
                List.of(),
                new Evidence(When.day(2011, 12, 16), new Place("Zhanaozen", "Mangystau Region", "KZ", null),
                        List.of(WSWS), null)));
    }

    @Test
    void anEventInTheFirstFormatKeepsItsStreamPlaceAndRecordingMetadata() throws IOException {
        DomainEventMessage<?> event = readFixture();

        assertThat(event.getAggregateIdentifier()).isEqualTo("mangystau-oil-strike-2011");
        assertThat(event.getSequenceNumber()).isEqualTo(1);
        assertThat(event.getType()).isEqualTo("Dispute");
        assertThat(event.getMetaData()).containsEntry("recordedBy", "monitor-almaty");
    }

    @Test
    void aFigureRecordedTodayIsStoredAsRevisionTwoAndReadBackUnchanged() throws IOException {
        CasualtiesReported today = new CasualtiesReported("mangystau-oil-strike-2011", "shetpe-killed",
                "Shetpe railway blockade, 17 December 2011", CasualtyKind.KILLED,
                List.of(new Claim(OFFICIALS, 1, 1, 1, "one protester was killed")), List.of(),
                new Evidence(When.day(2011, 12, 17), new Place("Shetpe", "Mangystau Region", "KZ", null),
                        List.of(WSWS), null));
        SerializedObject<byte[]> stored = serializer.serialize(today, byte[].class);

        assertThat(stored.getType().getRevision()).isEqualTo("2");
        assertThat(read(entry(stored.getType().getRevision(), stored.getData())).getPayload()).isEqualTo(today);
    }

    @Test
    void aFigureStoredInTodaysShapeBeforeTheEventHadARevisionIsReadAsItWas() throws IOException {
        ObjectNode payload = (ObjectNode) fixture().get("payload");
        for (JsonNode claim : payload.get("claims")) {
            ObjectNode range = (ObjectNode) claim;
            int count = range.remove("count").asInt();
            range.put("low", count).put("best", count).put("high", count);
        }

        CasualtiesReported killed = (CasualtiesReported) read(entry(null, json.writeValueAsBytes(payload))).getPayload();

        assertThat(killed.claims()).extracting(Claim::low, Claim::best, Claim::high)
                .containsExactly(tuple(13, 13, 13),
                        tuple(70, 70, 70));
    }

    /** The fixture as the event store holds it: the old payload, stored without a revision. */
    private DomainEventMessage<?> readFixture() throws IOException {
        JsonNode stored = fixture();
        return read(entry(stored.get("payloadRevision").textValue(), json.writeValueAsBytes(stored.get("payload"))));
    }

    private DomainEventMessage<?> read(GenericDomainEventEntry<byte[]> entry) {
        return EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(entry), serializer, upcasters).next();
    }

    /** The fixture's stored event with this payload and revision. */
    private GenericDomainEventEntry<byte[]> entry(String revision, byte[] payload) throws IOException {
        JsonNode stored = fixture();
        return new GenericDomainEventEntry<>(stored.get("type").asText(), stored.get("aggregateIdentifier").asText(),
                stored.get("sequenceNumber").asLong(), stored.get("eventIdentifier").asText(),
                stored.get("timestamp").asText(), stored.get("payloadType").asText(), revision, payload,
                json.writeValueAsBytes(stored.get("metaData")));
    }

    private JsonNode fixture() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(FIXTURE)) {
            return json.readTree(in);
        }
    }
}
