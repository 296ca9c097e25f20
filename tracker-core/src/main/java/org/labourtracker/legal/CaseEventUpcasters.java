package org.labourtracker.legal;

import java.util.function.UnaryOperator;

import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.labourtracker.legal.CaseEvent.AppealDecided;
import org.labourtracker.legal.CaseEvent.CaseOpened;
import org.labourtracker.legal.CaseEvent.ChargesFiled;
import org.labourtracker.legal.CaseEvent.VerdictDelivered;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads case events stored in their first shape (no revision) as revision 2. What the first shape
 * could not say stays unsaid: no prosecutor, no groups (a bare number of unnamed defendants stays
 * that number), no detention records cited, no fine; a sentence's months were always exact. The
 * stored events are not touched: the store is append-only, and the hash chain covers their bytes.
 * Fields already present are left as they are, since events recorded in today's shape before it had
 * a revision number are stored without one too.
 */
public final class CaseEventUpcasters {

    private CaseEventUpcasters() {
    }

    public static EventUpcaster chain() {
        return new EventUpcasterChain(
                new ToSecondRevision(CaseOpened.class, CaseEventUpcasters::withoutProsecutorOrGroups),
                new ToSecondRevision(ChargesFiled.class, CaseEventUpcasters::withoutDetentions),
                new ToSecondRevision(VerdictDelivered.class, payload -> withExactLengths(payload, "judgements")),
                new ToSecondRevision(AppealDecided.class, payload -> withExactLengths(payload, "revised")));
    }

    private static void absent(ObjectNode payload, String field, UnaryOperator<ObjectNode> fill) {
        if (!payload.has(field)) {
            fill.apply(payload);
        }
    }

    private static ObjectNode withoutProsecutorOrGroups(ObjectNode payload) {
        absent(payload, "prosecutor", fields -> fields.putNull("prosecutor"));
        absent(payload, "groups", fields -> {
            fields.putArray("groups");
            return fields;
        });
        return payload;
    }

    private static ObjectNode withoutDetentions(ObjectNode payload) {
        absent(payload, "detentionRecordIds", fields -> {
            fields.putArray("detentionRecordIds");
            return fields;
        });
        return payload;
    }

    private static ObjectNode withExactLengths(ObjectNode payload, String judgements) {
        for (JsonNode judgement : payload.path(judgements)) {
            if (judgement.get("sentence") instanceof ObjectNode sentence) {
                absent(sentence, "length", fields -> fields.put("length",
                        fields.path("months").isNumber() ? SentenceLength.EXACT.name() : null));
                absent(sentence, "fine", fields -> fields.putNull("fine"));
            }
        }
        return payload;
    }

    private static final class ToSecondRevision extends SingleEventUpcaster {

        private final String type;
        private final SerializedType second;
        private final UnaryOperator<ObjectNode> upcast;

        ToSecondRevision(Class<? extends CaseEvent> event, UnaryOperator<ObjectNode> upcast) {
            this.type = event.getName();
            this.second = new SimpleSerializedType(type, "2");
            this.upcast = upcast;
        }

        @Override
        protected boolean canUpcast(IntermediateEventRepresentation event) {
            return type.equals(event.getType().getName()) && event.getType().getRevision() == null;
        }

        @Override
        protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
            return event.upcastPayload(second, JsonNode.class,
                    stored -> stored instanceof ObjectNode payload ? upcast.apply(payload.deepCopy()) : stored);
        }
    }
}
