package org.labourtracker.editorial;

import org.labourtracker.evidence.FreeText;
import org.labourtracker.evidence.Identifier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

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

    /**
     * Replaces parts of an earlier record; the original stays in the stream.
     *
     * @param streamId          the dispute or legal case whose record is corrected
     * @param recordId          the id of this correction; sending it again records nothing new
     * @param correctedRecordId the record corrected
     * @param reason            why it is corrected
     * @param correction        the parts that replace the record's
     */
    record CorrectRecord(@NotNull @Identifier String streamId, @NotNull @Identifier String recordId,
                         @NotNull @Identifier String correctedRecordId, @NotBlank @FreeText String reason,
                         @NotNull @Valid Correction correction) implements EditorialCommand {
    }

    /**
     * Withdraws an earlier record; it stays in the stream, marked retracted.
     *
     * @param streamId          the dispute or legal case whose record is retracted
     * @param recordId          the id of this retraction; sending it again records nothing new
     * @param retractedRecordId the record retracted
     * @param reason            why it is retracted
     */
    record RetractRecord(@NotNull @Identifier String streamId, @NotNull @Identifier String recordId,
                         @NotNull @Identifier String retractedRecordId, @NotBlank @FreeText String reason)
            implements EditorialCommand {
    }

    /**
     * Marks a record as a duplicate of another that is kept.
     *
     * @param streamId          the dispute or legal case of both records
     * @param recordId          the id of this merge; sending it again records nothing new
     * @param duplicateRecordId the record that repeats the kept one
     * @param keptRecordId      the record kept
     * @param reason            why they are the same
     */
    record MergeDuplicate(@NotNull @Identifier String streamId, @NotNull @Identifier String recordId,
                          @NotNull @Identifier String duplicateRecordId, @NotNull @Identifier String keptRecordId,
                          @NotBlank @FreeText String reason) implements EditorialCommand {
    }

    /**
     * Makes a named person's name confidential, or public again, in every record of the stream.
     *
     * @param streamId     the dispute or legal case that names the person
     * @param recordId     the id of this change; sending it again records nothing new
     * @param personId     the person's id
     * @param confidential whether the name is shown only to readers cleared to see it
     * @param reason       why it changes
     */
    record ChangeConfidentiality(@NotNull @Identifier String streamId, @NotNull @Identifier String recordId,
                                 @NotNull @Identifier String personId, boolean confidential,
                                 @NotBlank @FreeText String reason) implements EditorialCommand {
    }
}
