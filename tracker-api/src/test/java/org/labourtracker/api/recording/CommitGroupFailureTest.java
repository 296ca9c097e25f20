package org.labourtracker.api.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.common.Registration;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.junit.jupiter.api.Test;

/**
 * How a group of commands is committed, with the commands' own handling stood in for: callers hear
 * of their commands only once the group's transaction has committed, and when it cannot commit each
 * command is handled again alone, each caller still getting exactly one answer; with two threads,
 * one group is handled at a time while the other commits.
 */
class CommitGroupFailureTest {

    private final Handling handling = new Handling();
    private final AtomicInteger commits = new AtomicInteger();
    private final Map<String, List<Object>> answers = new ConcurrentHashMap<>();
    private final List<String> events = new CopyOnWriteArrayList<>();

    @Test
    void aGroupThatCannotCommitIsHandledAgainCommandByCommand() throws Exception {
        TransactionManager diskFullOnce = () -> transaction(() -> {
            if (commits.incrementAndGet() == 1) {
                throw new IllegalStateException("No space left on device");
            }
        });
        try (CommitGroups groups = new CommitGroups(handling, diskFullOnce, 100, 1)) {
            sendWhileTheFirstIsHandled(groups, "strike-karazhanbas", "strike-uzen", "protest-aktau-june");

            assertThat(handling.seen).containsExactly("first",
                    "strike-karazhanbas", "strike-uzen", "protest-aktau-june",
                    "strike-karazhanbas", "strike-uzen", "protest-aktau-june");
            assertThat(events).as("no caller hears of the group that failed")
                    .containsExactly("answer first", "answer strike-karazhanbas", "answer strike-uzen",
                            "answer protest-aktau-june");
            assertThat(commits).as("the group's one attempt").hasValue(1);
            answers.forEach((command, heard) -> assertThat(heard).as(command).containsExactly("handled " + command));
        }
    }

    @Test
    void callersHearOfAGroupOnlyOnceItHasCommitted() throws Exception {
        TransactionManager committing = () -> transaction(() -> {
            commits.incrementAndGet();
            events.add("commit");
        });
        try (CommitGroups groups = new CommitGroups(handling, committing, 100, 1)) {
            sendWhileTheFirstIsHandled(groups, "dismissals", "strike-illegal");

            assertThat(commits).as("one commit for the group").hasValue(1);
            assertThat(events).containsExactly("answer first", "commit", "answer dismissals", "answer strike-illegal");
        }
    }

    @Test
    void withTwoThreadsTheCommandsThatArriveWhileOneIsHandledWaitAndMakeTheNextGroup() throws Exception {
        TransactionManager committing = () -> transaction(() -> {
            commits.incrementAndGet();
            events.add("commit");
        });
        try (CommitGroups groups = new CommitGroups(handling, committing, 100, 2)) {
            sendWhileTheFirstIsHandled(groups, "strike-karazhanbas", "strike-uzen", "protest-aktau-june");

            assertThat(handling.seen).containsExactly("first", "strike-karazhanbas", "strike-uzen", "protest-aktau-june");
            assertThat(events).as("the second thread waited for the first command, not handling one alone meanwhile")
                    .containsExactly("answer first", "commit", "answer strike-karazhanbas", "answer strike-uzen",
                            "answer protest-aktau-june");
            assertThat(commits).as("one commit for the three").hasValue(1);
        }
    }

    @Test
    void closingHandlesTheCommandsStillWaiting() throws Exception {
        TransactionManager committing = () -> transaction(commits::incrementAndGet);
        CommitGroups groups = new CommitGroups(handling, committing, 100, 1);
        CountDownLatch answered = new CountDownLatch(3);
        groups.dispatch(command("first"), callback(answered));
        assertThat(handling.firstStarted.await(5, TimeUnit.SECONDS)).isTrue();
        groups.dispatch(command("arrests-aktau-june"), callback(answered));
        Thread closing = new Thread(() -> {
            try {
                groups.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        closing.start();
        closing.join(200);
        groups.dispatch(command("turbayev-killed"), callback(answered));
        handling.releaseFirst.countDown();
        closing.join(TimeUnit.SECONDS.toMillis(5));

        assertThat(answered.await(5, TimeUnit.SECONDS)).as("every command answered").isTrue();
        assertThat(answers).containsOnlyKeys("first", "arrests-aktau-june", "turbayev-killed");
        answers.forEach((command, heard) -> assertThat(heard).as(command).hasSize(1));
    }

    /** Sends the first command, and the others while it is being handled, so that they make one group. */
    private void sendWhileTheFirstIsHandled(CommitGroups groups, String... others) throws InterruptedException {
        CountDownLatch answered = new CountDownLatch(1 + others.length);
        groups.dispatch(command("first"), callback(answered));
        assertThat(handling.firstStarted.await(5, TimeUnit.SECONDS)).isTrue();
        for (String other : others) {
            groups.dispatch(command(other), callback(answered));
        }
        handling.releaseFirst.countDown();
        assertThat(answered.await(5, TimeUnit.SECONDS)).isTrue();
    }

    private Transaction transaction(Runnable onCommit) {
        return new Transaction() {
            @Override
            public void commit() {
                onCommit.run();
            }

            @Override
            public void rollback() {
            }
        };
    }

    private static CommandMessage<String> command(String name) {
        return new GenericCommandMessage<>(name);
    }

    private CommandCallback<Object, Object> callback(CountDownLatch answered) {
        return (command, result) -> {
            String name = (String) command.getPayload();
            events.add("answer " + name);
            answers.computeIfAbsent(name, key -> new CopyOnWriteArrayList<>()).add(result.getPayload());
            answered.countDown();
        };
    }

    /** Stands in for Axon's bus: answers each command at once, and holds the first until released. */
    private static final class Handling implements CommandBus {

        final List<String> seen = new CopyOnWriteArrayList<>();
        final CountDownLatch firstStarted = new CountDownLatch(1);
        final CountDownLatch releaseFirst = new CountDownLatch(1);

        @Override
        public <C> void dispatch(CommandMessage<C> command) {
            throw new UnsupportedOperationException();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <C, R> void dispatch(CommandMessage<C> command, CommandCallback<? super C, ? super R> callback) {
            String name = (String) command.getPayload();
            seen.add(name);
            if (name.equals("first")) {
                firstStarted.countDown();
                try {
                    releaseFirst.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            callback.onResult(command, (CommandResultMessage<R>)
                    GenericCommandResultMessage.asCommandResultMessage("handled " + name));
        }

        @Override
        public Registration subscribe(String commandName, MessageHandler<? super CommandMessage<?>> handler) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Registration registerHandlerInterceptor(MessageHandlerInterceptor<? super CommandMessage<?>> interceptor) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Registration registerDispatchInterceptor(MessageDispatchInterceptor<? super CommandMessage<?>> interceptor) {
            throw new UnsupportedOperationException();
        }
    }
}
