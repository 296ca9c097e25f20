package org.labourtracker.api.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Chains every stored event to the one before it in its stream: its metadata carries
 * {@value #HASH} = SHA-256 over the previous event's hash and the event's canonical content
 * (stream type and id, sequence number, timestamp in milliseconds, payload type, the payload
 * exactly as serialized for storage, and the other metadata with sorted keys, but for the log's seal). Altering, removing
 * or inserting a stored event breaks the chain from that event on; {@link IntegrityCheck} walks it.
 */
@Component
public class HashChain implements MessageDispatchInterceptor<EventMessage<?>> {

    public static final String HASH = "hash";
    /** The log's seal (api/transparency): added beside the hash, so outside the chain. */
    private static final String SEAL = "seal";
    /** The hash a stream's first event chains to. */
    static final String ORIGIN = "0".repeat(64);
    private static final String PENDING = HashChain.class.getName() + ".pending";

    private static final int REMEMBERED_STREAMS = 10_000;

    private final Serializer eventSerializer;
    private final EventStorageEngine storage;
    /** The hash of the last committed event of recently written streams, to spare a read per command. */
    private final Map<String, Link> lastCommitted = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Link> eldest) {
            return size() > REMEMBERED_STREAMS;
        }
    };

    private record Link(long sequence, String hash) {
    }

    HashChain(@Qualifier("eventSerializer") Serializer eventSerializer, EventStorageEngine storage, EventStore eventStore) {
        this.eventSerializer = eventSerializer;
        this.storage = storage;
        eventStore.registerDispatchInterceptor(this);
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, message) -> message instanceof DomainEventMessage<?> event ? chained(event) : message;
    }

    private EventMessage<?> chained(DomainEventMessage<?> event) {
        Map<String, String> lastHashInThisUnit = CurrentUnitOfWork.isStarted()
                ? CurrentUnitOfWork.get().root().getOrComputeResource(PENDING, key -> new HashMap<>())
                : new HashMap<>();
        String stream = event.getAggregateIdentifier();
        String previous = lastHashInThisUnit.get(stream);
        if (previous == null) {
            previous = storedHash(stream, event.getSequenceNumber() - 1);
        }
        byte[] payload = eventSerializer.serialize(event.getPayload(), byte[].class).getData();
        String hash = hash(previous, event.getType(), stream, event.getSequenceNumber(),
                event.getTimestamp(), event.getPayloadType().getName(), payload, event.getMetaData());
        lastHashInThisUnit.put(stream, hash);
        Link link = new Link(event.getSequenceNumber(), hash);
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unit -> remember(stream, link));
        }
        return event.andMetaData(Map.of(HASH, hash));
    }

    private void remember(String stream, Link link) {
        synchronized (lastCommitted) {
            Link known = lastCommitted.get(stream);
            if (known == null || known.sequence() < link.sequence()) {
                lastCommitted.put(stream, link);
            }
        }
    }

    /** Only a remembered link for exactly the previous sequence number is trusted; else the store is read. */
    private String storedHash(String stream, long sequence) {
        if (sequence < 0) {
            return ORIGIN;
        }
        synchronized (lastCommitted) {
            Link known = lastCommitted.get(stream);
            if (known != null && known.sequence() == sequence) {
                return known.hash();
            }
        }
        DomainEventStream events = storage.readEvents(stream, sequence);
        if (!events.hasNext()) {
            return ORIGIN;
        }
        Object hash = events.next().getMetaData().get(HASH);
        return hash == null ? ORIGIN : hash.toString();
    }

    static String hash(String previous, String streamType, String streamId, long sequence, Instant timestamp,
                       String payloadType, byte[] payload, Map<String, ?> metaData) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(text(previous, streamType, streamId, Long.toString(sequence),
                    Long.toString(timestamp.toEpochMilli()), payloadType));
            digest.update(payload);
            digest.update(text("", canonical(metaData)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static byte[] text(String... parts) {
        return (String.join("\n", parts) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String canonical(Map<String, ?> metaData) {
        StringBuilder out = new StringBuilder();
        new TreeMap<String, Object>(metaData).forEach((key, value) -> {
            if (!HASH.equals(key) && !SEAL.equals(key)) {
                out.append(key).append('=').append(value).append('\n');
            }
        });
        return out.toString();
    }
}
