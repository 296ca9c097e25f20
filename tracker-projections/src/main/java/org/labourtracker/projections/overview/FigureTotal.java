package org.labourtracker.projections.overview;

import java.util.List;

import org.labourtracker.dispute.VictimCategory;
import org.labourtracker.projections.figures.FigureKind;

/**
 * A kind of figure over every dispute, kept apart by side and by the victims' category (police
 * killed are never added to strikers killed; null where the records do not say): never one merged number. {@code method}
 * says how the parts were put together and {@code parts} lists them, each with its own ranges, so a
 * reader can see what a total is made of and never takes a sum for one incident's figure.
 *
 * @param kind        what the figures count: KILLED, INJURED, ARRESTED, WORKERS_OUT, PARTICIPANTS ...
 * @param victims     who the people counted were (STRIKERS, POLICE ...), null where the records do not say
 * @param official    the total by official and employer sources
 * @param independent the total by every other source
 * @param method      SUM_OF_INCIDENTS (incidents added) or SUM_OF_DISPUTE_PEAKS (each dispute's peak head count added)
 * @param parts       the incidents or disputes' peaks added up, each with its own ranges
 */
public record FigureTotal(FigureKind kind, VictimCategory victims, SideTotal official, SideTotal independent, TotalMethod method,
                          List<FigurePart> parts) {
}
