package org.labourtracker.projections.people;

import java.util.List;

import org.labourtracker.projections.timeline.TimelineEntry;

/**
 * A legal case: its defendants, charges, stage and verdict as the dispute's legal track has them, the
 * dispute it belongs to, and its proceedings (opening, charges, hearings, verdicts, appeals, releases)
 * as timeline entries, withdrawn ones marked.
 *
 * @param disputeId   the dispute whose legal track the case is part of
 * @param legalCase   the case as it stands now
 * @param proceedings the case's records in the order they happened, retracted or merged ones marked
 */
public record CaseRecord(String disputeId, CaseView legalCase, List<TimelineEntry> proceedings) {
}
