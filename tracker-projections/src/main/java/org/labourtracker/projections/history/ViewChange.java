package org.labourtracker.projections.history;

/**
 * A change to what the views show of a dispute: one record of a stream, or, with no record id,
 * every record of the stream (a confidentiality change redacts them anew).
 */
public record ViewChange(String disputeId, String streamId, String recordId) {

    public static ViewChange of(StoredRecord record) {
        return new ViewChange(record.disputeId(), record.streamId(), record.recordId());
    }

    public static ViewChange wholeStream(String disputeId, String streamId) {
        return new ViewChange(disputeId, streamId, null);
    }
}
