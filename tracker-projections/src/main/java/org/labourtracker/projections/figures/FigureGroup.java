package org.labourtracker.projections.figures;

import java.util.List;

/**
 * The figures of one kind for one incident: every claim with its source (standing or not), and the
 * ranges of the standing ones by side. {@code incident} is the incident a record names, or the
 * headline of the record when it names none (each such record is an incident of its own).
 */
public record FigureGroup(FigureKind kind, String incident, List<String> recordIds, List<ClaimView> claims,
                          Spread spread) {
}
