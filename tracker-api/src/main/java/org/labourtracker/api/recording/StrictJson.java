package org.labourtracker.api.recording;

import java.time.LocalDate;

import org.labourtracker.api.problem.InvalidRequest;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * The API's reading of JSON: unknown fields, numbers given as text, numbers for enums, trailing
 * content and very deep nesting are all refused, so that a request means exactly what it says. A
 * flag left out (such as {@code confidential}) is false.
 * Stored events are read with Axon's own, lenient mapper, so old events keep loading.
 */
@Component
class StrictJson {

    private final ObjectMapper mapper;

    StrictJson(ObjectMapper springMapper) {
        mapper = springMapper.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // A date-time where a date is asked would otherwise be cut to its date.
        mapper.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forLeniency(false));
        for (LogicalType number : new LogicalType[]{LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(number).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(32)
                .maxStringLength(100_000)
                .maxNumberLength(20)
                .build());
    }

    ObjectNode object(String body) throws JsonProcessingException {
        if (body == null || body.isBlank()) {
            throw new InvalidRequest("body", "is required: a JSON object");
        }
        JsonNode node = mapper.readTree(body);
        if (!(node instanceof ObjectNode object)) {
            throw new InvalidRequest("body", "must be a JSON object");
        }
        return object;
    }

    <T> T command(ObjectNode record, Class<T> type) throws JsonProcessingException {
        return mapper.treeToValue(record, type);
    }
}
