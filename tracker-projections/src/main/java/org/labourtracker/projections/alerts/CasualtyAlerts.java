package org.labourtracker.projections.alerts;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.labourtracker.dispute.DisputeEvent.CasualtiesReported;
import org.labourtracker.dispute.DisputeEvent.DetentionsReported;
import org.labourtracker.projections.history.Describe;
import org.labourtracker.projections.history.RecordProjection;
import org.springframework.stereotype.Component;

/**
 * Queues an alert for monitors when casualties or detentions are reported. It runs in the record
 * store's processor, in the transaction that stores the record; it has a side effect, so it never
 * runs on replay.
 */
@Component
@ProcessingGroup(RecordProjection.PROCESSOR)
@DisallowReplay
class CasualtyAlerts {

    private final AlertOutbox outbox;

    CasualtyAlerts(AlertOutbox outbox) {
        this.outbox = outbox;
    }

    @EventHandler
    void on(CasualtiesReported event, DomainEventMessage<?> message) {
        queue(event.disputeId(), event.recordId(), event, message);
    }

    @EventHandler
    void on(DetentionsReported event, DomainEventMessage<?> message) {
        queue(event.disputeId(), event.recordId(), event, message);
    }

    private void queue(String disputeId, String recordId, Object event, DomainEventMessage<?> message) {
        outbox.add(new Alert(message.getAggregateIdentifier(), recordId, disputeId, Describe.headline(event),
                message.getTimestamp()));
    }
}
