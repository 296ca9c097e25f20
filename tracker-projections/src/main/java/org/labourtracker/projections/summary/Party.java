package org.labourtracker.projections.summary;

import java.util.List;

/** An employer (with its owners) or a union in a dispute, and the record that named it first. */
public record Party(String name, List<String> owners, String recordId) {
}
