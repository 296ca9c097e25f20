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

    /**
     * A new record replaced an earlier one of the same stream (entered under the wrong kind, incident
     * or people): applied right after the replacement, whose record id it carries as its own, since
     * the replacement and this mark are one recording. The superseded record stays in the stream.
     */
    record RecordSuperseded(String streamId, String recordId, String supersededRecordId, String reason)
            implements EditorialEvent {
        @Override
        public String targetRecordId() {
            return supersededRecordId;
        }

        /** The record that replaces the superseded one. */
        public String replacementRecordId() {
            return recordId;
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
