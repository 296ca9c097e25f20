package org.labourtracker.dispute;

import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.labourtracker.dispute.DisputeEvent.CasualtiesReported;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads a {@link CasualtiesReported} stored in the first format, whose claims each gave a single
 * {@code count}, as revision 2, whose claims give low, best and high. The single figure is what
 * the source stated, so it becomes the claim's best estimate; the first format never said how sure
 * the source was, so low and high stay empty rather than inventing a certainty it did not express.
 * The stored event is not touched: the store is append-only, and the hash chain covers its bytes.
 */
public final class CasualtiesReportedUpcaster extends SingleEventUpcaster {

    private static final String TYPE = CasualtiesReported.class.getName();
    private static final SerializedType SECOND = new SimpleSerializedType(TYPE, "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return TYPE.equals(event.getType().getName()) && event.getType().getRevision() == null;
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(SECOND, JsonNode.class, CasualtiesReportedUpcaster::claimsAsEstimates);
    }

    /**
     * Leaves claims without a {@code count} as they are: events recorded in today's shape before it
     * was given a revision number are stored without one too.
     */
    private static JsonNode claimsAsEstimates(JsonNode stored) {
        JsonNode payload = stored.deepCopy();
        for (JsonNode claim : payload.path("claims")) {
            if (claim instanceof ObjectNode fields && fields.has("count")) {
                fields.set("best", fields.remove("count"));
            }
        }
        return payload;
    }
}
