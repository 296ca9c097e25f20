package org.labourtracker.projections.history;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The confidentiality changes recorded in streams: stream id, then person id, to the flag now in force. */
public record Confidentiality(Map<String, Map<String, Boolean>> byStream) {

    public static final Confidentiality NONE = new Confidentiality(Map.of());

    public Optional<Boolean> override(String streamId, String personId) {
        return Optional.ofNullable(byStream.getOrDefault(streamId, Map.of()).get(personId));
    }

    public static Confidentiality of(Map<String, Map<String, Boolean>> byStream) {
        Map<String, Map<String, Boolean>> copy = new HashMap<>();
        byStream.forEach((stream, people) -> copy.put(stream, Map.copyOf(people)));
        return new Confidentiality(Map.copyOf(copy));
    }
}
