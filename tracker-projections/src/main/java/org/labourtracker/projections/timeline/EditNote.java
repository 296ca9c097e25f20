package org.labourtracker.projections.timeline;

import java.time.Instant;

import org.labourtracker.editorial.Correction;
import org.labourtracker.projections.history.Edit;

/**
 * An editorial record shown with the record it edited: what changed (for a correction), why, who, when.
 *
 * @param recordId     the editorial record's id
 * @param kind         CORRECTED, RETRACTED or MERGED
 * @param reason       why the record was edited, in the editor's words
 * @param recordedAt   when the edit was recorded
 * @param recordedBy   who recorded the edit
 * @param correction   what a correction changed, null for a retraction or merge
 * @param keptRecordId for a merge, the record kept in place of the duplicate; else null
 */
public record EditNote(String recordId, Edit.Kind kind, String reason, Instant recordedAt, String recordedBy,
                       Correction correction, String keptRecordId) {
}
