package org.labourtracker.editorial;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.labourtracker.evidence.Checks;
import org.labourtracker.evidence.Evidence;
import org.labourtracker.evidence.Person;
import org.labourtracker.evidence.RecordIdReused;
import org.labourtracker.evidence.StreamNotFound;
import org.labourtracker.evidence.Supersession;

/**
 * The part of a stream's state that editorial rules and idempotency need: which record ids are
 * taken (and the version of the stream each made), which records can still be edited, which have
 * figures, and which people are named.
 */
public final class RecordLog {

    private enum Standing { STANDING, RETRACTED, MERGED, SUPERSEDED }

    /** A record id taken: what its record said, and the sequence number of the last event with that id. */
    private record Taken(Fingerprint said, long sequence) {
    }

    private final Map<String, Taken> taken = new HashMap<>();
    private final Map<String, Standing> substantive = new HashMap<>();
    private final Set<String> withFigures = new HashSet<>();
    private final Set<String> people = new HashSet<>();

    /**
     * True when {@code command} was sent before: its record id is in the stream with the same
     * content. The same id with other content is not a retry and is refused, naming the fields
     * that differ, so that a record is never silently dropped.
     */
    public boolean isRepeat(String streamId, String recordId, Record command) {
        Taken stored = taken.get(recordId);
        if (stored == null) {
            return false;
        }
        List<String> differing = stored.said().differences(command);
        if (!differing.isEmpty()) {
            throw new RecordIdReused(streamId, recordId, stored.said().kind().getSimpleName(), differing);
        }
        return true;
    }

    /**
     * The version of the stream that the record with this id made: the sequence number of the last event
     * that carries the id (a record that supersedes another is followed by the mark of that). A command
     * is answered with it, a repeat too, so that its caller is never told a version that others' records
     * made.
     */
    public long versionMadeBy(String recordId) {
        Taken record = taken.get(recordId);
        if (record == null) {
            throw new IllegalStateException("no record " + recordId + " in the stream");
        }
        return record.sequence();
    }

    /** Notes a substantive record (anything but an edit) as it is applied to the aggregate, at this sequence number. */
    public void recorded(Record event, long sequence, String recordId, boolean hasFigures, Collection<Person> named) {
        taken.put(recordId, new Taken(Fingerprint.of(event), sequence));
        substantive.put(recordId, Standing.STANDING);
        if (hasFigures) {
            withFigures.add(recordId);
        }
        named.forEach(person -> people.add(person.id()));
    }

    /** Notes an edit as it is applied to the aggregate, at this sequence number. */
    public void edited(EditorialEvent event, long sequence) {
        if (event instanceof EditorialEvent.RecordSuperseded superseded) {
            // its record id is the replacement's, already taken by the replacement itself
            taken.computeIfPresent(superseded.recordId(), (id, replacement) -> new Taken(replacement.said(), sequence));
            substantive.put(superseded.supersededRecordId(), Standing.SUPERSEDED);
            return;
        }
        taken.put(event.recordId(), new Taken(Fingerprint.of((Record) event), sequence));
        if (event instanceof EditorialEvent.RecordRetracted retracted) {
            substantive.put(retracted.retractedRecordId(), Standing.RETRACTED);
        } else if (event instanceof EditorialEvent.DuplicateMerged merged) {
            substantive.put(merged.duplicateRecordId(), Standing.MERGED);
        }
    }

    /**
     * The mark that a new record {@code recordId} supersedes the record its evidence names, or null
     * when it supersedes none. The superseded record must be in this stream and still stand: not
     * retracted, merged or already superseded. Call it before applying the new record.
     */
    public EditorialEvent.RecordSuperseded superseding(String streamId, String recordId, Evidence evidence) {
        Supersession supersedes = evidence == null ? null : evidence.supersedes();
        if (supersedes == null) {
            return null;
        }
        String field = "evidence.supersedes.recordId";
        if (!exists(supersedes.recordId())) {
            throw new StreamNotFound(field, "no record with this id in the stream");
        }
        Checks.require(substantive.get(supersedes.recordId()) != Standing.SUPERSEDED, field,
                "the record was already superseded");
        Checks.require(isStanding(supersedes.recordId()), field, "the record was retracted or merged");
        return new EditorialEvent.RecordSuperseded(streamId, recordId, supersedes.recordId(), supersedes.reason());
    }

    boolean exists(String recordId) {
        return substantive.containsKey(recordId);
    }

    boolean isStanding(String recordId) {
        return substantive.get(recordId) == Standing.STANDING;
    }

    boolean hasFigures(String recordId) {
        return withFigures.contains(recordId);
    }

    boolean names(String personId) {
        return people.contains(personId);
    }
}
