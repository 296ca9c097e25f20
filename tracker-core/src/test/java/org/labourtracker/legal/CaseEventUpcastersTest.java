package org.labourtracker.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.labourtracker.Zhanaozen.AKTAU;
import static org.labourtracker.Zhanaozen.EURASIANET;
import static org.labourtracker.Zhanaozen.HRW;
import static org.labourtracker.Zhanaozen.SOKOLOVA;
import static org.labourtracker.Zhanaozen.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Money;
import org.labourtracker.evidence.PersonRole;
import org.labourtracker.evidence.Place;
import org.labourtracker.evidence.When;
import org.labourtracker.legal.CaseEvent.AppealDecided;
import org.labourtracker.legal.CaseEvent.CaseOpened;
import org.labourtracker.legal.CaseEvent.ChargesFiled;
import org.labourtracker.legal.CaseEvent.VerdictDelivered;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The case against Natalia Sokolova as the first shape of the case events stored it
 * ({@code upcasting/legal-case-v1.json}: opened, charged, sentenced, the sentence commuted) reads,
 * through {@link CaseEventUpcasters} and Axon's Jackson serializer, as today's records.
 */
class CaseEventUpcastersTest {

    /** Strict about unknown fields, unlike the application's mapper, so that no old field can hide. */
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(json).build();

    @Test
    void anOpeningStoredInTheFirstShapeHasNoProsecutorAndNoGroups() throws IOException {
        assertThat(readStored(0)).isEqualTo(new CaseOpened("sokolova-trial", "sokolova-arrested",
                "mangystau-oil-strike-2011", "Prosecution of the union lawyer Natalia Sokolova", "Aktau City Court",
                null, List.of(new Defendant(SOKOLOVA, true)), List.of(), 0,
                evidence(When.month(2011, 5), AKTAU, HRW)));
    }

    @Test
    void chargesStoredInTheFirstShapeCiteNoDetention() throws IOException {
        assertThat(readStored(1)).isEqualTo(new ChargesFiled("sokolova-trial", "sokolova-charged",
                List.of(SOKOLOVA.id()), List.of("Inciting social discord", "Organising illegal gatherings"), List.of(),
                evidence(When.between(LocalDate.of(2011, 5, 1), LocalDate.of(2011, 8, 4)), AKTAU, HRW)));
    }

    @Test
    void aSentenceStoredInTheFirstShapeIsExactlyAsLongAsItsMonthsAndHasNoFine() throws IOException {
        assertThat(readStored(2)).isEqualTo(new VerdictDelivered("sokolova-trial", "sokolova-sentenced",
                List.of(new Judgement(SOKOLOVA.id(), Finding.CONVICTED, new Sentence(SentenceKind.PRISON, 72,
                        SentenceLength.EXACT, null, "barred from civic work for three years"))),
                null, evidence(When.day(2011, 8, 4), AKTAU, HRW)));
    }

    @Test
    void aSentenceRevisedOnAppealInTheFirstShapeIsExactToo() throws IOException {
        assertThat(readStored(3)).isEqualTo(new AppealDecided("sokolova-trial", "sentence-commuted",
                AppealOutcome.SENTENCE_REDUCED, List.of(new Judgement(SOKOLOVA.id(), Finding.CONVICTED,
                        new Sentence(SentenceKind.SUSPENDED, 36, SentenceLength.EXACT, null,
                                "barred from social work for three years"))),
                evidence(When.day(2012, 3, 6), new Place("Astana", null, "KZ", null), EURASIANET)));
    }

    @Test
    void aFineStoredWithoutMonthsHasNoLengthToKnow() throws IOException {
        ObjectNode payload = (ObjectNode) fixture().get(2).get("payload").deepCopy();
        ObjectNode sentence = (ObjectNode) payload.get("judgements").get(0).get("sentence");
        sentence.put("kind", "FINE").remove("months");

        VerdictDelivered fined = (VerdictDelivered) read(entry(2, null, json.writeValueAsBytes(payload)));

        assertThat(fined.judgements().get(0).sentence())
                .isEqualTo(new Sentence(SentenceKind.FINE, null, null, null, "barred from civic work for three years"));
    }

    @Test
    void chargesInTodaysShapeStoredBeforeTheRevisionKeepTheirDetentions() throws IOException {
        ObjectNode payload = (ObjectNode) fixture().get(1).get("payload").deepCopy();
        payload.put("detentionRecordIds", json.createArrayNode().add("aktau-arrests"));

        ChargesFiled charges = (ChargesFiled) read(entry(1, null, json.writeValueAsBytes(payload)));

        assertThat(charges.detentionRecordIds()).containsExactly("aktau-arrests");
    }

    @Test
    void everyCaseEventRecordedTodayIsStoredAsRevisionTwoAndReadBackUnchanged() throws IOException {
        Claim fiveOfficers = Claim.of(HRW, null, 5, null, "five police officers");
        List<CaseEvent> today = List.of(
                new CaseOpened("police-trial", "officers-tried", "mangystau-oil-strike-2011",
                        "Trial of police officers over the Zhanaozen shooting", "Aktau City Court",
                        "Mangystau regional prosecutor's office", List.of(),
                        List.of(new DefendantGroup("officers", "Police officers", PersonRole.POLICE_OFFICER,
                                fiveOfficers, false)), 0, evidence(When.year(2012), AKTAU, HRW)),
                new ChargesFiled("police-trial", "officers-charged", List.of("officers"), List.of("Abuse of power"),
                        List.of("shooting-detentions"), evidence(When.year(2012), AKTAU, HRW)),
                new VerdictDelivered("police-trial", "officers-sentenced", List.of(new Judgement("officers",
                        Finding.CONVICTED, new Sentence(SentenceKind.PRISON, null, SentenceLength.UNKNOWN,
                                new Money(new BigDecimal("150000"), "KZT"), "between five and seven years"))),
                        null, evidence(When.year(2012), AKTAU, HRW)));
        List<Object> read = new ArrayList<>();
        for (CaseEvent event : today) {
            SerializedObject<byte[]> stored = serializer.serialize(event, byte[].class);
            assertThat(stored.getType().getRevision()).isEqualTo("2");
            read.add(read(entry(0, stored.getType().getRevision(), stored.getData(),
                    event.getClass().getName())));
        }

        assertThat(read).isEqualTo(today);
    }

    private Object readStored(int index) throws IOException {
        JsonNode stored = fixture().get(index);
        return read(entry(index, stored.get("payloadRevision").textValue(), json.writeValueAsBytes(stored.get("payload"))));
    }

    private Object read(GenericDomainEventEntry<byte[]> entry) {
        return EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(entry), serializer,
                CaseEventUpcasters.chain()).next().getPayload();
    }

    private GenericDomainEventEntry<byte[]> entry(int index, String revision, byte[] payload) throws IOException {
        return entry(index, revision, payload, fixture().get(index).get("payloadType").asText());
    }

    /** The fixture's stored event at {@code index} with this payload, type and revision. */
    private GenericDomainEventEntry<byte[]> entry(int index, String revision, byte[] payload, String payloadType)
            throws IOException {
        JsonNode stored = fixture().get(index);
        return new GenericDomainEventEntry<>(stored.get("type").asText(), stored.get("aggregateIdentifier").asText(),
                stored.get("sequenceNumber").asLong(), stored.get("eventIdentifier").asText(),
                stored.get("timestamp").asText(), payloadType, revision, payload,
                json.writeValueAsBytes(stored.get("metaData")));
    }

    private JsonNode fixture() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/upcasting/legal-case-v1.json")) {
            return json.readTree(in);
        }
    }
}
