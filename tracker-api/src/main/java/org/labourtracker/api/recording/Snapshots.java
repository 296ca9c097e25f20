package org.labourtracker.api.recording;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.SnapshotterSpanFactory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Snapshots of long streams, so that a node that has a dispute in no cache (one just started, or any
 * node on PostgreSQL, where caches hold only what is in use) reads its latest snapshot and the events
 * after it rather than the whole stream. Axon's snapshotter takes one when an aggregate has handled
 * {@code tracker.recording.snapshot-every} events since it was loaded or last snapshotted: after the
 * command's transaction has committed, on a thread of its own, in a transaction of its own, from the
 * stream as stored. A snapshot is a cache: losing one, or failing to take one, changes no answer.
 * <p>
 * A snapshot holds an aggregate's fields (its rule-state), written as JSON field by field; the
 * aggregates need no getters, setters or annotations for it. Each aggregate's {@code @Revision} names
 * the shape of those fields, and Axon passes over a snapshot of another revision.
 */
@Configuration
class Snapshots {

    /** How many snapshots may wait for the snapshot thread; more are dropped (the next trigger takes one). */
    private static final int WAITING = 1_000;

    /** The serializer of snapshots (the event store's): the aggregates' fields as JSON, nothing else. */
    static Serializer serializer() {
        return JacksonSerializer.builder().objectMapper(JsonMapper.builder()
                .visibility(PropertyAccessor.ALL, Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, Visibility.ANY)
                .visibility(PropertyAccessor.CREATOR, Visibility.ANY)
                .build()).build();
    }

    /**
     * The snapshotter Spring Boot would make, taking its snapshots on one thread of its own instead of
     * on the thread that committed the command (which answers its caller only afterwards), and knowing
     * the aggregates as Axon's configuration does: they are configured there, not as Spring beans.
     */
    @Bean
    SpringAggregateSnapshotter aggregateSnapshotter(org.axonframework.config.Configuration axon,
                                                    EventStore eventStore, TransactionManager transactionManager,
                                                    SnapshotterSpanFactory spanFactory, SnapshotThread thread) {
        return new ConfiguredAggregates(SpringAggregateSnapshotter.builder()
                .repositoryProvider(axon::repository)
                .transactionManager(transactionManager)
                .eventStore(eventStore)
                // A snapshot is the state the events leave, so only the aggregates' event sourcing handlers
                // are needed, as their repositories resolve them (looked up at the first snapshot); the
                // command handlers take what only a command's handling supplies (the Clock, the directory).
                .parameterResolverFactory((executable, parameters, index) ->
                        axon.parameterResolverFactory().createInstance(executable, parameters, index))
                .handlerDefinition(new HandlerDefinition() {
                    @Override
                    public <T> Optional<MessageHandlingMember<T>> createHandler(
                            Class<T> declaringType, Executable executable, ParameterResolverFactory resolvers) {
                        if (!executable.isAnnotationPresent(EventSourcingHandler.class)) {
                            return Optional.empty();
                        }
                        return axon.handlerDefinition(declaringType).createHandler(declaringType, executable, resolvers);
                    }
                })
                .spanFactory(spanFactory)
                .executor(thread));
    }

    /**
     * Makes each kind of aggregate as its repository does, with its no-argument constructor (Axon's
     * generic factory would inspect the aggregate's command handlers too, with no way to resolve what
     * they take).
     */
    private static final class ConfiguredAggregates extends SpringAggregateSnapshotter {

        private final Map<Class<?>, AggregateFactory<?>> factories = new ConcurrentHashMap<>();

        ConfiguredAggregates(SpringAggregateSnapshotter.Builder builder) {
            super(builder);
        }

        @Override
        protected AggregateFactory<?> getAggregateFactory(Class<?> aggregateType) {
            return factories.computeIfAbsent(aggregateType, NewAggregates::new);
        }
    }

    private record NewAggregates<T>(Class<T> getAggregateType) implements AggregateFactory<T> {

        @Override
        public T createAggregateRoot(String aggregateIdentifier, DomainEventMessage<?> firstEvent) {
            if (getAggregateType.isInstance(firstEvent.getPayload())) {
                return getAggregateType.cast(firstEvent.getPayload());
            }
            try {
                Constructor<T> constructor = getAggregateType.getDeclaredConstructor();
                constructor.setAccessible(true);
                return constructor.newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot make a " + getAggregateType.getName(), e);
            }
        }
    }

    @Bean(destroyMethod = "close")
    SnapshotThread snapshotThread() {
        return new SnapshotThread();
    }

    /** The one thread that takes snapshots; at shutdown it finishes the one it is taking and drops the rest. */
    static final class SnapshotThread implements Executor, AutoCloseable {

        private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(WAITING), task -> {
                    Thread thread = new Thread(task, "Snapshotter");
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.DiscardPolicy());

        @Override
        public void execute(Runnable task) {
            executor.execute(task);
        }

        @Override
        public void close() throws InterruptedException {
            executor.shutdownNow();
            executor.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
