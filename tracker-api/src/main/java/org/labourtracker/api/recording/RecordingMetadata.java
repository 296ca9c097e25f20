package org.labourtracker.api.recording;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.stereotype.Component;

/**
 * Stamps every command with who recorded it and when, taken from the {@link Recorder} and the
 * clock, never from the request: whatever a caller put in these keys is overwritten. A record imported
 * from another log's export (its metadata names the origin, which only the import sets) keeps who
 * recorded it there and when, and gets who imported it and when beside them. Stamped once, as
 * the command leaves the gateway on the caller's thread: a command retried after a write conflict
 * ({@link WriteConflicts}) is dispatched again from another thread, which knows no caller.
 */
@Component
public class RecordingMetadata implements MessageDispatchInterceptor<CommandMessage<?>> {

    public static final String RECORDED_BY = "recordedBy";
    public static final String RECORDED_AT = "recordedAt";
    /** Provenance of a record imported from another log's export: where it was first recorded. */
    public static final String ORIGIN_LOG = "originLog";
    public static final String ORIGIN_LEAF = "originLeaf";
    public static final String ORIGIN_VERIFIED = "originVerified";
    /** Who imported such a record and when, beside (never instead of) who first recorded it and when. */
    public static final String IMPORTED_BY = "importedBy";
    public static final String IMPORTED_AT = "importedAt";

    private final Recorder recorder;
    private final Clock clock;

    RecordingMetadata(Recorder recorder, Clock clock, CommandGateway commands) {
        this.recorder = recorder;
        this.clock = clock;
        commands.registerDispatchInterceptor(this);
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            if (command.getMetaData().get(ORIGIN_LOG) != null) {
                return command.andMetaData(Map.of(
                        IMPORTED_BY, recorder.current(),
                        IMPORTED_AT, clock.instant().toString()));
            }
            return command.andMetaData(Map.of(
                    RECORDED_BY, recorder.current(),
                    RECORDED_AT, clock.instant().toString()));
        };
    }
}
