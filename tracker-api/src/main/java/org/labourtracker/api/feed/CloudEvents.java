package org.labourtracker.api.feed;

import java.net.URI;
import java.time.ZoneOffset;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.labourtracker.api.audit.HashChain;
import org.labourtracker.api.recording.RecordingMetadata;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;

/**
 * A stored event as a CloudEvent (spec 1.0) in the JSON event format:
 * <ul>
 * <li>{@code id}: the event's own identifier, the same on every node and in every mirror;</li>
 * <li>{@code source}: the stream's address in the API ({@code /api/disputes/{id}} or
 *     {@code /api/cases/{id}}), {@code subject} its id;</li>
 * <li>{@code type}: {@code org.labourtracker.} and the kind of record ({@code CasualtiesReported}, ...);</li>
 * <li>{@code time}: when it was stored; {@code data}: the record as JSON;</li>
 * <li>extensions {@code sequence} (its number in its stream), {@code recordedby}, {@code hash} (its
 *     link in the stream's hash chain) and {@code correlationid}.</li>
 * </ul>
 */
@Component
class CloudEvents {

    static final String TYPE_PREFIX = "org.labourtracker.";

    private final ObjectMapper json;
    private final EventFormat format = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);

    CloudEvents(ObjectMapper json) {
        this.json = json;
    }

    CloudEvent of(TrackedEventMessage<?> event) {
        DomainEventMessage<?> domain = (DomainEventMessage<?>) event;
        String streamPath = "LegalCase".equals(domain.getType()) ? "/api/cases/" : "/api/disputes/";
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(event.getIdentifier())
                .withSource(URI.create(streamPath + domain.getAggregateIdentifier()))
                .withSubject(domain.getAggregateIdentifier())
                .withType(TYPE_PREFIX + event.getPayloadType().getSimpleName())
                .withTime(event.getTimestamp().atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(data(event.getPayload()))
                .withExtension("sequence", domain.getSequenceNumber());
        extension(builder, "recordedby", event.getMetaData().get(RecordingMetadata.RECORDED_BY));
        extension(builder, "hash", event.getMetaData().get(HashChain.HASH));
        extension(builder, "correlationid", event.getMetaData().get("correlationId"));
        return builder.build();
    }

    /** The JSON event format, as a JSON tree to put in a page or an SSE event. */
    JsonNode json(CloudEvent event) {
        try {
            return json.readTree(format.serialize(event));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a CloudEvent that is not JSON", e);
        }
    }

    private byte[] data(Object payload) {
        try {
            return json.writeValueAsBytes(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored record that cannot be written as JSON", e);
        }
    }

    private static void extension(CloudEventBuilder builder, String name, Object value) {
        if (value != null) {
            builder.withExtension(name, value.toString());
        }
    }
}
