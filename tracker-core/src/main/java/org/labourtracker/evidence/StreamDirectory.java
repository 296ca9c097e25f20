package org.labourtracker.evidence;

import java.util.Optional;

import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Tells which kind of stream (the aggregate type, such as {@code Dispute} or {@code LegalCase}) an
 * id already belongs to. Ids share one space in the event store, so a command that opens or edits
 * a stream asks here first.
 */
@FunctionalInterface
public interface StreamDirectory {

    Optional<String> typeOf(String streamId);

    /**
     * Rejects opening a stream of type {@code streamType} under an id that is already taken. Called by
     * a handler that found no stream under the id: if one of the same type is there now, another
     * writer (another node) opened it in the meantime, which is a write conflict: the command is then
     * retried on the stream as it now is, where a repeated record is recognised as a repeat.
     *
     * @throws ConcurrencyException  if the id was taken by a stream of the same type since it was read
     * @throws RecordRejected        if the id belongs to a stream of another type
     */
    default void requireUnused(String streamId, String streamType, String field) {
        typeOf(streamId).ifPresent(type -> {
            if (type.equals(streamType)) {
                throw new ConcurrencyException("stream " + streamId + " was opened by another writer at the same time");
            }
            Checks.require(false, field, "the id is already used by a " + type);
        });
    }
}
