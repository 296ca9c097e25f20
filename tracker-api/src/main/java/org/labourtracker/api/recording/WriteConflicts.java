package org.labourtracker.api.recording;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.labourtracker.evidence.RecordRejected;
import org.labourtracker.evidence.StaleVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Two writers appending to one stream at once, on two nodes (or, without the per-node stream lock of
 * Axon's repository, anywhere): both read the stream at version n and both append n + 1. The event
 * store's unique stream position (aggregate id, sequence number) lets the first through and fails the
 * second, which stores nothing; Axon reports it as a {@link ConcurrencyException}, or as an
 * {@link AggregateStreamCreationException} when both created the stream. The loser's command is
 * dispatched again after a short random pause, so its handler runs on the stream as it now is: a
 * repeated record is recognised as a repeat, an If-Match version is checked against the new version.
 * A conflict that outlasts every retry reaches the caller as 409.
 * <p>
 * A refusal (a broken rule, an unknown demand or detention, a stale If-Match version) is judged once
 * more the same way: each node keeps aggregates in its cache (WriteSideConfiguration), and a cached
 * copy that another node has since moved on can refuse what the stream as stored allows. Axon drops
 * the copy with the refusal, so the second judgement reads the stream; a refusal it repeats is the
 * caller's answer. Nothing else is retried.
 */
@Configuration
class WriteConflicts {

    static final int RETRIES = 10;

    private static final Logger log = LoggerFactory.getLogger(WriteConflicts.class);

    @Bean
    Retry writeConflictRetry() {
        return new Retry();
    }

    /** The command gateway Spring Boot would make, with the retry of write conflicts. */
    @Bean
    CommandGateway commandGateway(CommandBus commandBus, Retry retry) {
        return DefaultCommandGateway.builder().commandBus(commandBus).retryScheduler(retry).build();
    }

    static boolean isRefusal(Throwable failure) {
        return failure instanceof RecordRejected || failure instanceof StaleVersion;
    }

    static boolean isConflict(Throwable failure) {
        return conflict(failure) != null;
    }

    private static Throwable conflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException) {
                return cause;
            }
        }
        return null;
    }

    /** Axon's "An event for aggregate [id] at sequence [n] was already inserted", without the SQL after it. */
    private static String firstSentence(Throwable conflict) {
        String message = String.valueOf(conflict.getMessage());
        int end = message.indexOf(". ");
        return (end < 0 ? message : message.substring(0, end + 1)).lines().findFirst().orElse("");
    }

    /**
     * Retries write conflicts with a random pause that grows with each failure, spreading the
     * contenders, and a first refusal once.
     */
    static final class Retry implements RetryScheduler, AutoCloseable {

        private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(4, task -> {
            Thread thread = new Thread(task, "WriteConflictRetry");
            thread.setDaemon(true);
            return thread;
        });

        @Override
        @SuppressWarnings("rawtypes")
        public boolean scheduleRetry(CommandMessage command, RuntimeException lastFailure,
                                     List<Class<? extends Throwable>[]> failures, Runnable dispatchTask) {
            Throwable conflict = conflict(lastFailure);
            boolean again = conflict != null ? failures.size() <= RETRIES
                    : isRefusal(lastFailure) && failures.size() == 1;
            if (!again) {
                if (conflict != null) {
                    log.warn("Write conflict outlasted {} retries, {} answered 409: {}", RETRIES,
                            command.getPayloadType().getSimpleName(), firstSentence(conflict));
                }
                return false;
            }
            long pauseMillis = ThreadLocalRandom.current().nextLong(1, 5L << Math.min(failures.size(), 6));
            if (conflict != null) {
                // One line per conflict: the JDBC event store reports the refused row only in the exception.
                log.warn("Write conflict, another writer took the stream position first; sending {} again in {} ms "
                        + "(attempt {} of {}): {}", command.getPayloadType().getSimpleName(), pauseMillis,
                        failures.size(), RETRIES, firstSentence(conflict));
            }
            try {
                executor.schedule(dispatchTask, pauseMillis, TimeUnit.MILLISECONDS);
                return true;
            } catch (RejectedExecutionException shuttingDown) {
                return false;
            }
        }

        @Override
        public void close() {
            executor.shutdownNow();
        }
    }
}
