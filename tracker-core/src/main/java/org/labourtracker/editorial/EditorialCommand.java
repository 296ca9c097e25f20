package org.labourtracker.editorial;

/**
 * Commands that edit the record of a dispute or a legal case without erasing anything: the
 * edited record stays in the stream and the edit is a record of its own, with its reason.
 */
public sealed interface EditorialCommand {

    /** The dispute or legal case whose record is edited. */
    String streamId();

    /** The client-chosen id of this editorial record; sending it again records nothing new. */
    String recordId();

    String reason();

    record CorrectRecord(String streamId, String recordId, String correctedRecordId, String reason,
                         Correction correction) implements EditorialCommand {
    }

    record RetractRecord(String streamId, String recordId, String retractedRecordId, String reason)
            implements EditorialCommand {
    }

    record MergeDuplicate(String streamId, String recordId, String duplicateRecordId, String keptRecordId,
                          String reason) implements EditorialCommand {
    }

    record ChangeConfidentiality(String streamId, String recordId, String personId, boolean confidential,
                                 String reason) implements EditorialCommand {
    }
}
