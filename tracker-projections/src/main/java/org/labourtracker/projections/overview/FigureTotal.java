package org.labourtracker.projections.overview;

import java.util.List;

import org.labourtracker.dispute.VictimCategory;
import org.labourtracker.projections.figures.FigureKind;

/**
 * A kind of figure over every dispute, kept apart by side and by the victims' category (police
 * killed are never added to strikers killed; null where the records do not say): never one merged number. {@code method}
 * says how the parts were put together and {@code parts} lists them, each with its own ranges, so a
 * reader can see what a total is made of and never takes a sum for one incident's figure.
 */
public record FigureTotal(FigureKind kind, VictimCategory victims, SideTotal official, SideTotal independent, TotalMethod method,
                          List<FigurePart> parts) {
}
