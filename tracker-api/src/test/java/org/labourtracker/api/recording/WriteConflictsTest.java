package org.labourtracker.api.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.labourtracker.evidence.RecordRejected;
import org.labourtracker.evidence.StaleVersion;
import org.labourtracker.evidence.StreamNotFound;

/** A lost race for a stream position is tried again, so often; a refusal once; nothing else. */
class WriteConflictsTest {

    private final GenericCommandMessage<String> command = new GenericCommandMessage<>("a command");

    @Test
    void aWriteConflictIsDispatchedAgainAfterAPause() throws InterruptedException {
        try (WriteConflicts.Retry retry = new WriteConflicts.Retry()) {
            CountDownLatch dispatched = new CountDownLatch(2);
            assertThat(retry.scheduleRetry(command, new ConcurrencyException("position taken"), failures(1),
                    dispatched::countDown)).isTrue();
            assertThat(retry.scheduleRetry(command, new AggregateStreamCreationException("stream opened meanwhile"),
                    failures(1), dispatched::countDown)).isTrue();
            assertThat(dispatched.await(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aConflictThatOutlastsEveryRetryIsTheCallersAnswer() {
        try (WriteConflicts.Retry retry = new WriteConflicts.Retry()) {
            assertThat(retry.scheduleRetry(command, new ConcurrencyException("position taken"),
                    failures(WriteConflicts.RETRIES + 1), () -> { })).isFalse();
        }
    }

    @Test
    void aRefusalIsJudgedOnceMoreAndThenStands() {
        try (WriteConflicts.Retry retry = new WriteConflicts.Retry()) {
            assertThat(retry.scheduleRetry(command, new StreamNotFound("demandId", "no demand with this id"),
                    failures(1), () -> { })).as("perhaps refused by a stale cached copy").isTrue();
            assertThat(retry.scheduleRetry(command, new StaleVersion(3, 4), failures(1), () -> { })).isTrue();
            assertThat(retry.scheduleRetry(command, new RecordRejected("evidence", "is required"), failures(2),
                    () -> { })).as("refused again, by the stream as stored").isFalse();
        }
    }

    @Test
    void nothingElseIsRetried() {
        try (WriteConflicts.Retry retry = new WriteConflicts.Retry()) {
            assertThat(retry.scheduleRetry(command, new IllegalStateException("a bug"), failures(1), () -> { }))
                    .isFalse();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Class<? extends Throwable>[]> failures(int count) {
        List<Class<? extends Throwable>[]> failures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            failures.add(new Class[] {ConcurrencyException.class});
        }
        return failures;
    }
}
