package org.labourtracker.projections.timeline;

/** The {@code limit} records recorded last over every dispute, as a reader with this clearance may see them. */
public record RecentRecordsQuery(int limit, boolean confidentialVisible) {
}
