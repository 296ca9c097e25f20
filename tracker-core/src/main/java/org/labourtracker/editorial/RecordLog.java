package org.labourtracker.editorial;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.labourtracker.evidence.Person;

/**
 * The part of a stream's state that editorial rules and idempotency need: which record ids are
 * taken, which records can still be edited, which have figures, and which people are named.
 */
public final class RecordLog {

    private enum Standing { STANDING, RETRACTED, MERGED }

    private final Set<String> taken = new HashSet<>();
    private final Map<String, Standing> substantive = new HashMap<>();
    private final Set<String> withFigures = new HashSet<>();
    private final Set<String> people = new HashSet<>();

    /** True when a record with this id is already in the stream: the command was sent before. */
    public boolean contains(String recordId) {
        return taken.contains(recordId);
    }

    /** Notes a substantive record (anything but an edit) as it is applied to the aggregate. */
    public void recorded(String recordId, boolean hasFigures, Collection<Person> named) {
        taken.add(recordId);
        substantive.put(recordId, Standing.STANDING);
        if (hasFigures) {
            withFigures.add(recordId);
        }
        named.forEach(person -> people.add(person.id()));
    }

    public void edited(EditorialEvent event) {
        taken.add(event.recordId());
        if (event instanceof EditorialEvent.RecordRetracted retracted) {
            substantive.put(retracted.retractedRecordId(), Standing.RETRACTED);
        } else if (event instanceof EditorialEvent.DuplicateMerged merged) {
            substantive.put(merged.duplicateRecordId(), Standing.MERGED);
        }
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
