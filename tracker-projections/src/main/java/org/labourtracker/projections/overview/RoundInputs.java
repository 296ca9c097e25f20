package org.labourtracker.projections.overview;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.labourtracker.projections.history.RecordTable;
import org.labourtracker.projections.history.StoredRecord;
import org.labourtracker.projections.summary.Summaries;

/**
 * What each dispute's rows are computed from, kept in memory with the store's version it holds (the last
 * event folded from each of the dispute's streams): its records of the kinds a summary reads, and its
 * shares of the figure totals folded record by record ({@link FigureShares}), not the records with
 * figures themselves. A computation takes them only while that version is the store's, so it never
 * computes from other records than the store holds; the fold of this node brings them up to date as its
 * transactions commit, when all they did to the dispute was add records after the version kept.
 * <p>
 * What a transaction did is staged as it writes, and taken as soon as the store shows its version: the
 * store shows a commit a few milliseconds before its transaction hears of it (the file is written in
 * between), and a computation that came in between read the dispute's records again (a fifth of the
 * rounds while 16 clients recorded into 64 disputes). A dispute recorded on all the time is then computed
 * again every second from what it gained, where reading its records again each time cost more the longer
 * it grew (a third of the service's processor time while recording 8,000 records into 64 disputes from 8
 * threads), and so did going through all its figures again once they no longer fitted here (a quarter,
 * past 20,000 casualty reports in 64 disputes).
 */
final class RoundInputs {

    /**
     * Records folded into the figures' shares weigh a sixteenth of a record kept whole: what is kept of
     * each is its id and its place in the timeline, some 200 bytes, where a record is a few KiB.
     */
    static final int FOLDED_PER_RECORD = 16;

    /**
     * What a dispute's rows are computed from.
     *
     * @param summaryRecords its records of the kinds a summary reads ({@link Summaries#TYPES})
     * @param shares         its shares of the figure totals ({@link Overviews#shares})
     */
    record Inputs(List<StoredRecord> summaryRecords, Map<Overviews.Counted, Overviews.Share> shares) {

        /** From the dispute's records of the kinds a summary reads and those with figures. */
        static Inputs of(String disputeId, Collection<StoredRecord> records) {
            return entry("", Map.of(), disputeId, records).inputs();
        }
    }

    /** What is kept of a dispute as of a version of the store, in the set of tables with this suffix. */
    private static final class Entry {
        private final String suffix;
        private Map<String, Long> version;
        private List<StoredRecord> summaryRecords;
        private final FigureShares figures;
        private Map<Overviews.Counted, Overviews.Share> shares;

        Entry(String suffix, Map<String, Long> version, List<StoredRecord> summaryRecords, FigureShares figures) {
            this.suffix = suffix;
            this.version = Map.copyOf(version);
            this.summaryRecords = List.copyOf(summaryRecords);
            this.figures = figures;
        }

        Inputs inputs() {
            if (shares == null) {
                shares = figures.shares();
            }
            return new Inputs(summaryRecords, shares);
        }

        int weight() {
            return summaryRecords.size() + figures.records() / FOLDED_PER_RECORD;
        }
    }

    private final int maxRecords;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private final Set<Transaction> staged = new LinkedHashSet<>();
    private int weight;

    /**
     * @param maxRecords records kept whole over every dispute (those folded into the figures weighing
     *                   {@value #FOLDED_PER_RECORD} to one); the disputes used least recently go first
     */
    RoundInputs(int maxRecords) {
        this.maxRecords = maxRecords;
    }

    /** What the dispute's rows are computed from, if what is kept is of this version of the store. */
    synchronized Optional<Inputs> get(String suffix, String disputeId, Map<String, Long> version) {
        catchUp(disputeId, version);
        Entry entry = entries.get(disputeId);
        if (entry == null || !entry.suffix.equals(suffix) || !entry.version.equals(version)) {
            return Optional.empty();
        }
        return Optional.of(entry.inputs());
    }

    /**
     * Keeps what the dispute's rows are computed from, from its records of the kinds a summary reads and
     * those with figures, read at this version of the store.
     */
    Inputs put(String suffix, String disputeId, Map<String, Long> version, Collection<StoredRecord> records) {
        Entry entry = entry(suffix, version, disputeId, records);
        Inputs inputs = entry.inputs();
        synchronized (this) {
            replace(disputeId, entry);
        }
        return inputs;
    }

    private static Entry entry(String suffix, Map<String, Long> version, String disputeId,
                               Collection<StoredRecord> records) {
        return new Entry(suffix, version, records.stream().filter(RoundInputs::readBySummary).toList(),
                FigureShares.of(disputeId, records.stream().filter(RoundInputs::carriesFigures).toList()));
    }

    /** What one transaction of the fold did to each dispute, in the set of tables with this suffix. */
    static final class Transaction {
        private final String suffix;
        private final Map<String, Change> disputes = new HashMap<>();

        private Transaction(String suffix) {
            this.suffix = suffix;
        }
    }

    /**
     * What a transaction did to a dispute: the events it folded from each stream (first and last sequence
     * numbers), whether it edited a record, and the records it added that a computation reads.
     */
    private static final class Change {
        private boolean edited;
        private final Map<String, long[]> folded = new HashMap<>();
        private final List<StoredRecord> added = new ArrayList<>();
    }

    /** A transaction of the fold begins writing in the set of tables with this suffix. */
    synchronized Transaction begin(String suffix) {
        Transaction transaction = new Transaction(suffix);
        staged.add(transaction);
        return transaction;
    }

    /** The transaction wrote these records. */
    synchronized void written(Transaction transaction, List<RecordTable.Written> records) {
        for (RecordTable.Written written : records) {
            StoredRecord record = written.record();
            Change change = transaction.disputes.computeIfAbsent(record.disputeId(), d -> new Change());
            if (written.countAgain()) {
                change.edited = true;
                continue;
            }
            change.folded.merge(record.streamId(), new long[]{record.sequence(), record.sequence()},
                    (a, b) -> new long[]{Math.min(a[0], b[0]), Math.max(a[1], b[1])});
            if (readBySummary(record) || carriesFigures(record)) {
                change.added.add(record);
            }
        }
    }

    /** The transaction committed: what it did that was not taken yet is taken now. */
    synchronized void committed(Transaction transaction) {
        if (staged.remove(transaction)) {
            transaction.disputes.forEach((disputeId, change) -> take(transaction.suffix, disputeId, change));
        }
    }

    /** The transaction rolled back: what it did is forgotten. */
    synchronized void rolledBack(Transaction transaction) {
        staged.remove(transaction);
    }

    /**
     * Takes what staged transactions did to the dispute once the store shows it, at the version a
     * computation read: every stream they folded at least as far. One fold writes a stream, so the
     * transaction that folded those events has committed.
     */
    private void catchUp(String disputeId, Map<String, Long> shown) {
        for (Transaction transaction : staged) {
            Change change = transaction.disputes.get(disputeId);
            if (change != null && change.folded.entrySet().stream()
                    .allMatch(stream -> shown.getOrDefault(stream.getKey(), -1L) >= stream.getValue()[1])) {
                transaction.disputes.remove(disputeId);
                take(transaction.suffix, disputeId, change);
            }
        }
    }

    /**
     * Records added right after the version kept extend it; a change the version kept holds already (it
     * was read after the commit) changes nothing; anything else (an edit, a gap, another set of tables)
     * drops what is kept, to be read again.
     */
    private void take(String suffix, String disputeId, Change change) {
        Entry entry = entries.get(disputeId);
        if (entry == null) {
            return;
        }
        if (change.edited || !entry.suffix.equals(suffix)) {
            replace(disputeId, null);
            return;
        }
        if (change.folded.entrySet().stream()
                .allMatch(stream -> entry.version.getOrDefault(stream.getKey(), -1L) >= stream.getValue()[1])) {
            return;
        }
        Map<String, Long> version = new HashMap<>(entry.version);
        for (Map.Entry<String, long[]> stream : change.folded.entrySet()) {
            long kept = version.getOrDefault(stream.getKey(), -1L);
            if (kept != stream.getValue()[0] - 1) {
                replace(disputeId, null);
                return;
            }
            version.put(stream.getKey(), stream.getValue()[1]);
        }
        int before = entry.weight();
        entry.version = Map.copyOf(version);
        List<StoredRecord> summaryRecords = new ArrayList<>(entry.summaryRecords);
        change.added.stream().filter(RoundInputs::readBySummary).forEach(summaryRecords::add);
        entry.summaryRecords = List.copyOf(summaryRecords);
        change.added.stream().filter(RoundInputs::carriesFigures).forEach(entry.figures::add);
        entry.shares = null;
        weight += entry.weight() - before;
        evictBeyondWeight();
    }

    static boolean readBySummary(StoredRecord record) {
        return Summaries.TYPES.contains(record.type());
    }

    static boolean carriesFigures(StoredRecord record) {
        return !record.claims().isEmpty();
    }

    private void replace(String disputeId, Entry entry) {
        Entry before = entry == null ? entries.remove(disputeId) : entries.put(disputeId, entry);
        weight += (entry == null ? 0 : entry.weight()) - (before == null ? 0 : before.weight());
        evictBeyondWeight();
    }

    /** Drops the disputes used least recently until what is kept weighs no more than allowed. */
    private void evictBeyondWeight() {
        for (Iterator<Entry> eldest = entries.values().iterator(); weight > maxRecords && eldest.hasNext(); ) {
            weight -= eldest.next().weight();
            eldest.remove();
        }
    }
}
