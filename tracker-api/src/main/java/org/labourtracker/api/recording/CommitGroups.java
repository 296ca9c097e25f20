package org.labourtracker.api.recording;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.commandhandling.callbacks.NoOpCallback;
import org.axonframework.common.Registration;
import org.axonframework.common.lock.DeadlockException;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandler;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit: the commands that arrive while one transaction commits are handled together and
 * committed in the next one. A durable commit costs the database a write of every page the
 * transaction touched (H2) or a flush of its log (PostgreSQL), nearly the same for one record as for
 * a hundred; committing each command alone made that cost the limit of recording.
 * <p>
 * A few threads handle the commands, each in a unit of work nested in its group's (Axon keeps the
 * aggregates and the staged events of nested units in the root one, so a later command of the group
 * sees what an earlier one did to its stream). The events of the whole group are appended and
 * committed by the root unit, and only then is each caller told its outcome: nothing is acknowledged
 * before it is stored. A command refused by its rules rolls back its own unit alone. If the group
 * cannot commit (a write conflict with another node, a database error) nothing of it is stored, and
 * each of its commands is handled again alone, exactly as without grouping. A command that arrives
 * alone, while no other is being handled, is handled alone with no wait. While one group commits the
 * next is being handled on another thread, but only one group is handled at a time: the commands
 * that arrive meanwhile wait and form the next group. (Two threads each taking whatever had arrived
 * split the commands into more, smaller groups, each with a commit of its own: on two processors, 14 %
 * fewer commands recorded per second than with one thread.) A stream that one group holds waits for
 * that group to commit, and a command caught between two groups that each hold a stream the other
 * wants is handled again alone.
 */
final class CommitGroups implements CommandBus, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CommitGroups.class);
    private static final String GROUP = CommitGroups.class.getName() + ".group";

    private final CommandBus commands;
    private final TransactionManager transactions;
    private final int largestGroup;
    private final BlockingQueue<Waiting> waiting = new LinkedBlockingQueue<>();
    private final Set<Thread> committers = ConcurrentHashMap.newKeySet();
    /** Held while a group's commands are handled, not while it commits; a command alone holds it throughout. */
    private final ReentrantLock handling = new ReentrantLock();
    private volatile boolean open = true;

    private record Waiting(CommandMessage<?> command, CommandCallback<Object, Object> callback) {
    }

    private record Outcome(Waiting command, CommandResultMessage<?> result) {
    }

    /**
     * @param commands     the bus that handles one command at a time, built with {@link #transactions}
     * @param transactions the transactions of the database the events are stored in
     * @param largestGroup how many commands one transaction takes at most
     * @param threads      how many groups are handled at once
     */
    CommitGroups(CommandBus commands, TransactionManager transactions, int largestGroup, int threads) {
        this.commands = commands;
        this.transactions = transactions;
        this.largestGroup = largestGroup;
        for (int i = 0; i < threads; i++) {
            Thread committer = new Thread(this::commitGroups, "CommitGroups-" + i);
            // close() lets them finish; they need not keep a process alive that is exiting anyway
            committer.setDaemon(true);
            committers.add(committer);
            committer.start();
        }
    }

    /**
     * The transactions for the bus that handles the commands: none of its own for a command handled
     * inside a group, which shares the group's.
     */
    static TransactionManager joiningGroups(TransactionManager transactions) {
        return () -> inGroup()
                ? NoTransactionManager.INSTANCE.startTransaction()
                : transactions.startTransaction();
    }

    /** Whether the command being handled is one of a group, sharing the group's transaction. */
    static boolean inGroup() {
        return CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().root().resources().containsKey(GROUP);
    }

    @Override
    public <C> void dispatch(CommandMessage<C> command) {
        dispatch(command, NoOpCallback.INSTANCE);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <C, R> void dispatch(CommandMessage<C> command, CommandCallback<? super C, ? super R> callback) {
        if (!open || committers.contains(Thread.currentThread())) {
            // a command sent while handling one joins that one's group; after close nothing is grouped
            commands.dispatch(command, callback);
            return;
        }
        waiting.add(new Waiting(command, (CommandCallback<Object, Object>) callback));
        if (!open) {
            // closed meanwhile: the committers may have stopped before this command was added
            handleLeftovers();
        }
    }

    private void handleLeftovers() {
        for (Waiting command = waiting.poll(); command != null; command = waiting.poll()) {
            alone(command);
        }
    }

    private void commitGroups() {
        while (open || !waiting.isEmpty()) {
            // only the thread that may handle takes commands: the other waits, and they wait with it
            handling.lock();
            try {
                Waiting first = waiting.poll(100, TimeUnit.MILLISECONDS);
                if (first != null) {
                    List<Waiting> group = new ArrayList<>();
                    group.add(first);
                    waiting.drainTo(group, largestGroup - 1);
                    if (group.size() == 1) {
                        alone(first);
                    } else {
                        together(group);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException unexpected) {
                log.error("Handling a group of commands failed", unexpected);
            } finally {
                if (handling.isHeldByCurrentThread()) {
                    handling.unlock();
                }
            }
        }
    }

    private void alone(Waiting command) {
        try {
            commands.dispatch(command.command(), command.callback());
        } catch (RuntimeException e) {
            command.callback().onResult(command.command(), GenericCommandResultMessage.asCommandResultMessage(e));
        }
    }

    /** Handles the group's commands, lets the next group be handled ({@link #handling}), and commits this one. */
    private void together(List<Waiting> group) {
        List<Outcome> outcomes = new ArrayList<>(group.size());
        UnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(group.get(0).command());
        try {
            unit.attachTransaction(transactions);
            unit.resources().put(GROUP, Boolean.TRUE);
            for (Waiting command : group) {
                commands.dispatch(command.command(), (message, result) -> outcomes.add(new Outcome(command, result)));
            }
            handling.unlock();
            unit.commit();
        } catch (RuntimeException failure) {
            if (!unit.isRolledBack()) {
                unit.rollback(failure);
            }
            log.debug("A group of {} commands could not commit; handling each alone", group.size(), failure);
            group.forEach(this::alone);
            return;
        }
        for (Outcome outcome : outcomes) {
            if (outcome.result().isExceptional() && outcome.result().exceptionResult() instanceof DeadlockException) {
                alone(outcome.command());
            } else {
                outcome.command().callback().onResult(outcome.command().command(), outcome.result());
            }
        }
    }

    @Override
    public Registration subscribe(String commandName, MessageHandler<? super CommandMessage<?>> handler) {
        return commands.subscribe(commandName, handler);
    }

    @Override
    public Registration registerHandlerInterceptor(MessageHandlerInterceptor<? super CommandMessage<?>> interceptor) {
        return commands.registerHandlerInterceptor(interceptor);
    }

    @Override
    public Registration registerDispatchInterceptor(MessageDispatchInterceptor<? super CommandMessage<?>> interceptor) {
        return commands.registerDispatchInterceptor(interceptor);
    }

    /** Stops grouping; the commands already waiting are handled first. */
    @Override
    public void close() throws InterruptedException {
        open = false;
        for (Thread committer : committers) {
            committer.join(TimeUnit.MINUTES.toMillis(1));
        }
        handleLeftovers();
    }
}
