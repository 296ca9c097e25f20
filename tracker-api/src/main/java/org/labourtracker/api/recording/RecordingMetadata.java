package org.labourtracker.api.recording;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.stereotype.Component;

/**
 * Stamps every command with who recorded it and when, taken from the {@link Recorder} and the
 * clock, never from the request: whatever a caller put in these keys is overwritten.
 */
@Component
public class RecordingMetadata implements MessageDispatchInterceptor<CommandMessage<?>> {

    public static final String RECORDED_BY = "recordedBy";
    public static final String RECORDED_AT = "recordedAt";

    private final Recorder recorder;
    private final Clock clock;

    RecordingMetadata(Recorder recorder, Clock clock, CommandBus commandBus) {
        this.recorder = recorder;
        this.clock = clock;
        commandBus.registerDispatchInterceptor(this);
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> command.andMetaData(Map.of(
                RECORDED_BY, recorder.current(),
                RECORDED_AT, clock.instant().toString()));
    }
}
