package org.labourtracker.projections.overview;

import java.util.List;

import org.labourtracker.dispute.VictimCategory;
import org.labourtracker.projections.figures.FigureKind;

/**
 * A kind of figure over every dispute, kept apart by side and by the victims' category (police
 * killed are never added to strikers killed; null where the records do not say): never one merged number. {@code method}
 * says how the parts were put together and {@code parts} lists them (the first 100, by dispute), each with
 * its own ranges, so a reader can see what a total is made of and never takes a sum for one incident's figure.
 *
 * @param kind        what the figures count: KILLED, INJURED, ARRESTED, WORKERS_OUT, PARTICIPANTS ...
 * @param victims     who the people counted were (STRIKERS, POLICE ...), null where the records do not say
 * @param official    the total by official and employer sources
 * @param independent the total by every other source
 * @param method      SUM_OF_INCIDENTS (incidents added) or SUM_OF_DISPUTE_PEAKS (each dispute's peak head count added)
 * @param disputes    how many disputes have parts in the total
 * @param partCount   how many parts were added up
 * @param parts       the incidents or disputes' peaks added up, each with its own ranges: the first 100 in the
 *                    order of the disputes' ids, all of them when partCount is no more
 */
public record FigureTotal(FigureKind kind, VictimCategory victims, SideTotal official, SideTotal independent, TotalMethod method,
                          int disputes, int partCount, List<FigurePart> parts) {
}
