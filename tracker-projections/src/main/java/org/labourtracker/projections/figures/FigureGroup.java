package org.labourtracker.projections.figures;

import java.util.List;

import org.labourtracker.dispute.VictimCategory;

/**
 * The figures of one kind for one incident and one category of victims (null when the records do not
 * say; police killed and strikers killed in the same clash are two groups): every claim with its source (standing or not), and the
 * ranges of the standing ones by side. {@code incident} is the incident a record names, or the
 * headline of the record when it names none (each such record is an incident of its own).
 *
 * @param kind      what the figures count: KILLED, INJURED, ARRESTED, WORKERS_OUT, PARTICIPANTS ...
 * @param incident  the incident a record names, or the record's headline when it names none
 * @param victims   who the people counted were (STRIKERS, POLICE, BYSTANDERS ...), null when the records do not say
 * @param recordIds the records whose claims are in the group
 * @param claims    every claim with its source, standing or not
 * @param spread    the ranges of the standing claims, official and independent apart
 */
public record FigureGroup(FigureKind kind, String incident, VictimCategory victims, List<String> recordIds, List<ClaimView> claims,
                          Spread spread) {
}
