package org.labourtracker.editorial;

/** Edits of earlier records, stored in the stream of the dispute or legal case they edit. */
public sealed interface EditorialEvent {

    String streamId();

    String recordId();

    String reason();

    /** The record this edit is about. */
    String targetRecordId();

    record RecordCorrected(String streamId, String recordId, String correctedRecordId, String reason,
                           Correction correction) implements EditorialEvent {
        @Override
        public String targetRecordId() {
            return correctedRecordId;
        }
    }

    record RecordRetracted(String streamId, String recordId, String retractedRecordId, String reason)
            implements EditorialEvent {
        @Override
        public String targetRecordId() {
            return retractedRecordId;
        }
    }

    /** The duplicate stays in the stream; views show the kept record in its place. */
    record DuplicateMerged(String streamId, String recordId, String duplicateRecordId, String keptRecordId,
                           String reason) implements EditorialEvent {
        @Override
        public String targetRecordId() {
            return duplicateRecordId;
        }
    }

    /** Applies to every mention of the person in this stream, earlier and later. */
    record ConfidentialityChanged(String streamId, String recordId, String personId, boolean confidential,
                                  String reason) implements EditorialEvent {
        @Override
        public String targetRecordId() {
            return null;
        }
    }
}
