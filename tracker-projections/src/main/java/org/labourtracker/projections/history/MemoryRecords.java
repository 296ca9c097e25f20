package org.labourtracker.projections.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Records folded in memory, for time travel: the same fold as the live read models, no database. */
public final class MemoryRecords implements RecordAccess {

    private final Map<String, String> streams = new HashMap<>();
    private final Map<String, StoredRecord> records = new LinkedHashMap<>();
    private final Map<String, Map<String, Boolean>> confidentiality = new HashMap<>();
    private final Map<String, Long> confidentialitySequence = new HashMap<>();

    @Override
    public Optional<String> disputeOf(String streamId) {
        return Optional.ofNullable(streams.get(streamId));
    }

    @Override
    public void mapStream(String streamId, String disputeId) {
        streams.putIfAbsent(streamId, disputeId);
    }

    @Override
    public Optional<StoredRecord> find(String streamId, String recordId) {
        return Optional.ofNullable(records.get(key(streamId, recordId)));
    }

    @Override
    public void insert(StoredRecord record) {
        records.putIfAbsent(key(record.streamId(), record.recordId()), record);
    }

    @Override
    public void update(StoredRecord record) {
        records.put(key(record.streamId(), record.recordId()), record);
    }

    @Override
    public void confidentiality(String streamId, String personId, boolean confidential, long sequence) {
        String key = key(streamId, personId);
        Long known = confidentialitySequence.get(key);
        if (known == null || known < sequence) {
            confidentialitySequence.put(key, sequence);
            confidentiality.computeIfAbsent(streamId, s -> new HashMap<>()).put(personId, confidential);
        }
    }

    public List<StoredRecord> records() {
        return new ArrayList<>(records.values());
    }

    public Confidentiality confidentiality() {
        return Confidentiality.of(confidentiality);
    }

    private static String key(String streamId, String id) {
        return streamId + '\u0000' + id;
    }
}
