package org.labourtracker.api.exchange;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Redacts exported recordings for readers below AUDITOR: a person who is confidential (when
 * named, or by the latest confidentiality decision in the export) loses name and id everywhere,
 * ids in lists included; a confidential source loses everything that identifies it.
 */
final class ExportRedaction {

    static final String HIDDEN = "[confidential]";

    private final List<ObjectNode> lines;
    private final Map<String, String> aliases = new HashMap<>();

    ExportRedaction(List<ObjectNode> lines) {
        this.lines = lines;
    }

    void apply() {
        Set<String> confidential = confidentialPeople();
        confidential.forEach(id -> aliases.put(id, "confidential-" + (aliases.size() + 1)));
        lines.forEach(this::redact);
    }

    private Set<String> confidentialPeople() {
        Map<String, Boolean> decided = new HashMap<>();
        Set<String> flagged = new HashSet<>();
        for (ObjectNode line : lines) {
            JsonNode record = line.path("record");
            if ("confidentiality".equals(line.path("kind").asText())) {
                decided.put(record.path("personId").asText(), record.path("confidential").asBoolean());
            }
            record.findParents("role").forEach(person -> {
                if (person.path("confidential").asBoolean() && person.hasNonNull("id")) {
                    flagged.add(person.path("id").asText());
                }
            });
        }
        Set<String> confidential = new HashSet<>(flagged);
        decided.forEach((id, hidden) -> {
            if (hidden) {
                confidential.add(id);
            } else {
                confidential.remove(id);
            }
        });
        return confidential;
    }

    private void redact(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("role") && object.has("name") && aliases.containsKey(object.path("id").asText())) {
                object.put("id", aliases.get(object.path("id").asText()));
                object.put("name", HIDDEN);
            }
            if (object.has("publisher") && object.path("confidential").asBoolean()) {
                object.put("publisher", HIDDEN);
                object.remove(List.of("title", "url", "author"));
            }
            object.fieldNames().forEachRemaining(field -> {
                JsonNode value = object.get(field);
                if (value.isTextual() && aliases.containsKey(value.asText())
                        && (field.endsWith("Id") || field.equals("id"))) {
                    object.set(field, TextNode.valueOf(aliases.get(value.asText())));
                }
            });
            object.elements().forEachRemaining(this::redact);
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode element = array.get(i);
                if (element.isTextual() && aliases.containsKey(element.asText())) {
                    array.set(i, TextNode.valueOf(aliases.get(element.asText())));
                } else {
                    redact(element);
                }
            }
        }
    }
}
