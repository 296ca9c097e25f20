package org.labourtracker.projections.timeline;

import java.util.List;

/** The records recorded last over every dispute, the latest first, each with its dispute. */
public record RecentRecords(List<Recent> records) {

    /** A record recorded lately, as its dispute's timeline shows it. */
    public record Recent(String disputeId, TimelineEntry entry) {
    }
}
