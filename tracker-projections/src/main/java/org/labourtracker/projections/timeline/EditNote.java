package org.labourtracker.projections.timeline;

import java.time.Instant;

import org.labourtracker.editorial.Correction;
import org.labourtracker.projections.history.Edit;

/** An editorial record shown with the record it edited: what changed (for a correction), why, who, when. */
public record EditNote(String recordId, Edit.Kind kind, String reason, Instant recordedAt, String recordedBy,
                       Correction correction, String keptRecordId) {
}
