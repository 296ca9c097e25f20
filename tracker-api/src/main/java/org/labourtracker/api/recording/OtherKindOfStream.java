package org.labourtracker.api.recording;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.labourtracker.dispute.DisputeCommand;
import org.labourtracker.evidence.RecordRejected;
import org.labourtracker.evidence.StreamNotFound;
import org.labourtracker.legal.CaseCommand;
import org.springframework.stereotype.Component;

/**
 * Disputes and legal cases share one space of ids, so a command can name a stream of the other
 * kind: a strike posted to a legal case's id, a dispute opened under one. Axon then fails to load
 * that stream as its own kind, before any rule of the aggregate runs, with an error that would be
 * answered 500. This answers it as what it is: for an opening, an id already taken (422, as the
 * aggregates say when they get to check); otherwise no stream of that kind (404). Costs nothing
 * on the way of a command that names the right kind of stream.
 */
@Component
class OtherKindOfStream implements MessageHandlerInterceptor<CommandMessage<?>> {

    OtherKindOfStream(CommandBus commandBus) {
        commandBus.registerHandlerInterceptor(this);
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (IncompatibleAggregateException otherKind) {
            Object command = unitOfWork.getMessage().getPayload();
            if (command instanceof DisputeCommand.OpenDispute) {
                throw new RecordRejected("disputeId", "the id is already used by a LegalCase");
            }
            if (command instanceof CaseCommand.OpenCase) {
                throw new RecordRejected("caseId", "the id is already used by a Dispute");
            }
            if (command instanceof DisputeCommand) {
                throw new StreamNotFound("disputeId", "no dispute has this id; it is a legal case's");
            }
            if (command instanceof CaseCommand) {
                throw new StreamNotFound("caseId", "no legal case has this id; it is a dispute's");
            }
            throw otherKind;
        }
    }
}
