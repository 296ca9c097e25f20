package org.labourtracker.projections.admin;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.stereotype.Service;

/**
 * Lists and retries the events that a read model's handlers failed on. Such an event is parked in
 * its processor's dead-letter queue (Axon's JDBC queue, in the application's database) with the later
 * events of the same stream, while the processor goes on with every other stream. A retry hands a
 * parked sequence back to the processor's handlers: on success it leaves the queue, on failure it
 * stays with the new cause.
 */
@Service
public class DeadLetterService {

    private final EventProcessingConfiguration processing;
    private final TransactionManager transactions;

    DeadLetterService(EventProcessingConfiguration processing, TransactionManager transactions) {
        this.processing = processing;
        this.transactions = transactions;
    }

    /**
     * The first {@code limit} parked events of the processing group, sequence by sequence (the sequence
     * touched longest ago first, as Axon's queue gives them), oldest first within each. The queue is read
     * a page at a time, and no further than the limit.
     */
    public List<DeadLetterView> deadLetters(String processingGroup, int limit) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(processingGroup);
        return transactions.fetchInTransaction(() -> {
            List<DeadLetterView> views = new ArrayList<>();
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
                int position = 0;
                for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                    if (views.size() == limit) {
                        return views;
                    }
                    views.add(view(processingGroup, position++, letter));
                }
            }
            return views;
        });
    }

    /** The first {@code limit} parked events of every read model, read model by read model. */
    public List<DeadLetterView> deadLetters(int limit) {
        List<DeadLetterView> all = new ArrayList<>();
        for (String group : ReplayService.READ_MODELS) {
            if (processing.deadLetterQueue(group).isPresent() && all.size() < limit) {
                all.addAll(deadLetters(group, limit - all.size()));
            }
        }
        return all;
    }

    /** How many events the processing group has parked. */
    public long size(String processingGroup) {
        return transactions.fetchInTransaction(() -> queue(processingGroup).size());
    }

    /**
     * Retries every parked sequence of the processing group once.
     *
     * @return how many sequences were handled successfully and left the queue
     */
    public int retryAll(String processingGroup) {
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processor(processingGroup);
        long sequences = transactions.fetchInTransaction(() -> queue(processingGroup).amountOfSequences());
        int processed = 0;
        for (long i = 0; i < sequences; i++) {
            if (processor.processAny()) {
                processed++;
            }
        }
        return processed;
    }

    /**
     * Retries the parked sequence whose first letter is the given message.
     *
     * @return whether it was handled successfully and left the queue
     */
    public boolean retry(String processingGroup, String messageIdentifier) {
        return processor(processingGroup).process(letter -> letter.message().getIdentifier().equals(messageIdentifier));
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String processingGroup) {
        return processing.deadLetterQueue(processingGroup).orElseThrow(() ->
                new IllegalArgumentException("processing group " + processingGroup + " has no dead-letter queue"));
    }

    private SequencedDeadLetterProcessor<EventMessage<?>> processor(String processingGroup) {
        return processing.sequencedDeadLetterProcessor(processingGroup).orElseThrow(() ->
                new IllegalArgumentException("processing group " + processingGroup + " has no dead-letter queue"));
    }

    private static DeadLetterView view(String group, int position, DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> message = letter.message();
        String streamId = null;
        Long sequenceNumber = null;
        if (message instanceof DomainEventMessage<?> domain) {
            streamId = domain.getAggregateIdentifier();
            sequenceNumber = domain.getSequenceNumber();
        }
        return new DeadLetterView(group, position, message.getIdentifier(), message.getPayloadType().getName(),
                streamId, sequenceNumber, letter.cause().map(c -> c.type() + ": " + c.message()).orElse(null),
                letter.enqueuedAt(), letter.lastTouched());
    }
}
