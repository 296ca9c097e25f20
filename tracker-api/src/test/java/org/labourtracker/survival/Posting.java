package org.labourtracker.survival;

import java.util.Map;

import org.labourtracker.dispute.DisputeCommand;
import org.labourtracker.legal.CaseCommand;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Commands of the 2011 case as a client posts them: moved to a dispute of the test's own, at their address. */
final class Posting {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private static final Map<Class<?>, String> KINDS = Map.of(
            DisputeCommand.AddParty.class, "parties",
            DisputeCommand.ChangeStatus.class, "status",
            DisputeCommand.RaiseDemand.class, "demands",
            DisputeCommand.RecordStrike.class, "strikes",
            DisputeCommand.RecordProtest.class, "protests",
            DisputeCommand.RecordEmployerResponse.class, "employer-responses",
            DisputeCommand.RecordStateAction.class, "state-actions",
            DisputeCommand.ReportCasualties.class, "casualties",
            DisputeCommand.ReportDetentions.class, "detentions");

    private Posting() {
    }

    /** The command as JSON, in {@code dispute} (and its case in {@code dispute-case}), under {@code recordId}. */
    static ObjectNode body(Object command, String dispute, String recordId) {
        ObjectNode body = JSON.valueToTree(command);
        if (body.has("disputeId")) {
            body.put("disputeId", dispute);
        }
        if (body.has("caseId")) {
            body.put("caseId", dispute + "-case");
        }
        body.put("recordId", recordId);
        return body;
    }

    static ObjectNode body(Object command, String dispute) {
        return body(command, dispute, JSON.valueToTree(command).path("recordId").asText());
    }

    static String path(Object command, String dispute) {
        if (command instanceof DisputeCommand.OpenDispute) {
            return "/api/disputes";
        }
        if (command instanceof CaseCommand.OpenCase) {
            return "/api/cases";
        }
        String kind = KINDS.get(command.getClass());
        if (kind == null) {
            throw new IllegalArgumentException("no address for " + command.getClass().getSimpleName());
        }
        return "/api/disputes/" + dispute + "/" + kind;
    }
}
