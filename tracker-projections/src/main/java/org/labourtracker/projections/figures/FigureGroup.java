package org.labourtracker.projections.figures;

import java.util.List;

import org.labourtracker.dispute.VictimCategory;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The figures of one kind for one incident and one category of victims (null when the records do not
 * say; police killed and strikers killed in the same clash are two groups): every claim with its source (standing or not), and the
 * ranges of the standing ones by side. {@code incident} is the incident a record names, or the
 * headline of the record when it names none (each such record is an incident of its own).
 *
 * @param key         what tells the group from the dispute's others (kind, victims, and the incident or, for a
 *                    record that names none, the record), for cursors; not part of an answer
 * @param kind      what the figures count: KILLED, INJURED, ARRESTED, WORKERS_OUT, PARTICIPANTS ...
 * @param incident  the incident a record names, or the record's headline when it names none
 * @param victims   who the people counted were (STRIKERS, POLICE, BYSTANDERS ...), null when the records do not say
 * @param recordIds   the records whose claims are in the group (in an answer that gives the first claims only, the
 *                    records of those)
 * @param recordCount how many records the group has in all
 * @param claims      every claim with its source, standing or not (in an answer that gives the first claims only,
 *                    those)
 * @param claimCount  how many claims the group has in all
 * @param spread      the ranges of the standing claims, official and independent apart, from every claim
 */
public record FigureGroup(@JsonIgnore String key, FigureKind kind, String incident, VictimCategory victims,
                          List<String> recordIds, int recordCount, List<ClaimView> claims, int claimCount,
                          Spread spread) {

    FigureGroup(String key, FigureKind kind, String incident, VictimCategory victims, List<String> recordIds,
                List<ClaimView> claims, Spread spread) {
        this(key, kind, incident, victims, recordIds, recordIds.size(), claims, claims.size(), spread);
    }

    /**
     * The group with its first {@code most} claims and their records only; the counts and the ranges stay
     * those of the whole group, so a reader sees what was left out.
     */
    public FigureGroup firstClaims(int most) {
        if (claims.size() <= most) {
            return this;
        }
        List<ClaimView> first = claims.subList(0, most);
        List<String> theirs = first.stream().map(ClaimView::recordId).distinct().toList();
        return new FigureGroup(key, kind, incident, victims, theirs, recordCount, List.copyOf(first), claimCount,
                spread);
    }
}
