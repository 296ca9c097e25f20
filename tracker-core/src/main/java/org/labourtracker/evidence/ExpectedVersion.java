package org.labourtracker.evidence;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * The version of a stream (its last sequence number) that the caller last saw, sent as command
 * metadata under {@link #METADATA_KEY}. Checked after the repeat check, so that a retried command
 * is still recognised as a repeat even though its own first delivery moved the stream on.
 */
public final class ExpectedVersion {

    public static final String METADATA_KEY = "expectedVersion";

    private ExpectedVersion() {
    }

    /** Rejects the command being handled if it expected an older version than {@code current}. */
    public static void check(Long current) {
        CurrentUnitOfWork.map(unitOfWork -> unitOfWork.getMessage().getMetaData().get(METADATA_KEY))
                .filter(Number.class::isInstance)
                .map(expected -> ((Number) expected).longValue())
                .filter(expected -> current != null && current != expected)
                .ifPresent(expected -> {
                    throw new StaleVersion(expected, current);
                });
    }
}
