package org.labourtracker.evidence;

import java.util.Optional;

/**
 * Tells which kind of stream (the aggregate type, such as {@code Dispute} or {@code LegalCase}) an
 * id already belongs to. Ids share one space in the event store, so a command that opens or edits
 * a stream asks here first.
 */
@FunctionalInterface
public interface StreamDirectory {

    Optional<String> typeOf(String streamId);
}
