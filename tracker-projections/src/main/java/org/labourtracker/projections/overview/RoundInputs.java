package org.labourtracker.projections.overview;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.labourtracker.projections.history.StoredRecord;

/**
 * The records each dispute's rows are computed from (those of the kinds a summary reads and those with
 * figures), kept in memory with the store's version they hold: the last event folded from each of the
 * dispute's streams. A computation takes them only while that version is the store's, so it never
 * computes from other records than the store holds; the fold of this node brings them up to date as its
 * transactions commit, when all they did to the dispute was add records after the version kept. A
 * dispute recorded on all the time is then computed again every second from memory, where reading its
 * records again each time cost more the longer it grew (a third of the service's processor time while
 * recording 8,000 records into 64 disputes from 8 threads).
 */
final class RoundInputs {

    /** A dispute's records as of a version of the store, in the set of tables with this suffix. */
    private record Entry(String suffix, Map<String, Long> version, List<StoredRecord> records) {
    }

    private final int maxRecords;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private int weight;

    /** @param maxRecords records kept over every dispute; the disputes used least recently go first */
    RoundInputs(int maxRecords) {
        this.maxRecords = maxRecords;
    }

    /** The dispute's records, if those kept are of this version of the store. */
    synchronized Optional<List<StoredRecord>> get(String suffix, String disputeId, Map<String, Long> version) {
        Entry entry = entries.get(disputeId);
        if (entry == null || !entry.suffix().equals(suffix) || !entry.version().equals(version)) {
            return Optional.empty();
        }
        return Optional.of(entry.records());
    }

    /** Keeps the dispute's records, read at this version of the store. */
    synchronized void put(String suffix, String disputeId, Map<String, Long> version, List<StoredRecord> records) {
        replace(disputeId, new Entry(suffix, Map.copyOf(version), List.copyOf(records)));
    }

    /**
     * What a committed transaction of the fold did to a dispute: the events it folded from each stream
     * (first and last sequence numbers) and the records among them it added that a computation reads.
     * Records added right after the version kept extend it; anything else (an edit, a gap, another set
     * of tables) drops what is kept, to be read again.
     */
    synchronized void committed(String suffix, String disputeId, boolean edited, Map<String, long[]> folded,
                                List<StoredRecord> added) {
        Entry entry = entries.get(disputeId);
        if (entry == null) {
            return;
        }
        if (edited || !entry.suffix().equals(suffix)) {
            replace(disputeId, null);
            return;
        }
        Map<String, Long> version = new HashMap<>(entry.version());
        for (Map.Entry<String, long[]> stream : folded.entrySet()) {
            long kept = version.getOrDefault(stream.getKey(), -1L);
            if (kept != stream.getValue()[0] - 1) {
                replace(disputeId, null);
                return;
            }
            version.put(stream.getKey(), stream.getValue()[1]);
        }
        List<StoredRecord> records = new ArrayList<>(entry.records());
        records.addAll(added);
        replace(disputeId, new Entry(suffix, Map.copyOf(version), List.copyOf(records)));
    }

    private void replace(String disputeId, Entry entry) {
        Entry before = entry == null ? entries.remove(disputeId) : entries.put(disputeId, entry);
        weight += (entry == null ? 0 : entry.records().size()) - (before == null ? 0 : before.records().size());
        for (Iterator<Entry> eldest = entries.values().iterator(); weight > maxRecords && eldest.hasNext(); ) {
            weight -= eldest.next().records().size();
            eldest.remove();
        }
    }
}
