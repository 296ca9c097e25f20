package org.labourtracker.api.feed;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.TreeSet;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.labourtracker.api.problem.InvalidRequest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A place in the change feed, opaque to clients: the store position read up to, and the positions
 * below it still in flight then (with two writers, a record may commit after a later one), so that a
 * record committed late is delivered after all and nothing is delivered twice.
 */
final class FeedCursor {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FeedCursor() {
    }

    static String encode(TrackingToken token) {
        if (!(token instanceof GapAwareTrackingToken gapAware)) {
            return null;
        }
        ObjectNode node = JSON.createObjectNode().put("index", gapAware.getIndex());
        gapAware.getGaps().forEach(node.putArray("gaps")::add);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(node.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** {@code field} names the parameter or header the cursor came in, for the problem document. */
    static TrackingToken decode(String cursor, String field) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(Base64.getUrlDecoder().decode(cursor));
            if (!node.path("index").canConvertToLong()) {
                throw new IllegalArgumentException("no index");
            }
            TreeSet<Long> gaps = new TreeSet<>();
            node.path("gaps").forEach(gap -> gaps.add(gap.asLong()));
            return GapAwareTrackingToken.newInstance(node.path("index").asLong(), gaps);
        } catch (Exception e) {
            throw new InvalidRequest(field, "is not a cursor given by this feed");
        }
    }
}
