package org.labourtracker.projections.timeline;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Person;
import org.labourtracker.evidence.Place;
import org.labourtracker.evidence.Source;
import org.labourtracker.evidence.When;
import org.labourtracker.projections.history.Edit;
import org.labourtracker.projections.history.Standing;

/**
 * One record of a dispute (or of one of its legal cases) as it stands now: when (with its precision)
 * and where it happened, its sources, figures, named people and notes after every correction; who
 * recorded it when; and whether it still stands. A corrected record keeps its {@code original} and
 * lists its corrections in {@code edits}; a retracted, merged or superseded one stays in the timeline,
 * marked (a superseded one names its replacement in its edit of kind SUPERSEDED).
 *
 * @param streamId   the dispute or case whose record it is
 * @param recordId   the record's id in that stream
 * @param sequence   the record's place in its stream, the event that first recorded it
 * @param type       the kind of record, such as {@code StrikeRecorded}
 * @param headline   what happened, in one line
 * @param when       when it happened, with its precision, as corrected
 * @param where      where it happened, as corrected
 * @param sources    its sources, as corrected; confidential ones only for a reader who may see them
 * @param claims     its figures, each with its source, as corrected
 * @param people     the people it names, as the reader may see them
 * @param notes      the recorder's notes, as corrected
 * @param details    the record's own fields (status, employer, demand, judgements, ...) by name
 * @param recordedAt when it was first recorded
 * @param recordedBy who first recorded it
 * @param standing   STANDING, RETRACTED or MERGED (into mergedInto as a duplicate)
 * @param mergedInto the record it was merged into as a duplicate, else null
 * @param edits      the corrections, retraction or merge of this record, in the order recorded
 * @param original   its evidence and figures as first recorded, null when never corrected
 * @param leafIndex  where the record is in the transparency log, once it is there (the API adds it)
 */
public record TimelineEntry(String streamId,
                            String recordId,
                            long sequence,
                            String type,
                            String headline,
                            When when,
                            Place where,
                            List<Source> sources,
                            List<Claim> claims,
                            List<Person> people,
                            String notes,
                            Map<String, Object> details,
                            Instant recordedAt,
                            String recordedBy,
                            Standing standing,
                            String mergedInto,
                            List<EditNote> edits,
                            Original original,
                            Long leafIndex) {

    public boolean corrected() {
        return original != null;
    }

    /** The record that replaced this one, if a new record superseded it. */
    public String supersededBy() {
        return standing == Standing.SUPERSEDED ? edits.stream().filter(e -> e.kind() == Edit.Kind.SUPERSEDED)
                .map(EditNote::keptRecordId).reduce((a, b) -> b).orElse(null) : null;
    }

    public TimelineEntry withLeafIndex(Long index) {
        return new TimelineEntry(streamId, recordId, sequence, type, headline, when, where, sources, claims, people, notes,
                details, recordedAt, recordedBy, standing, mergedInto, edits, original, index);
    }
}
