package org.labourtracker.projections.overview;

import java.util.List;

import org.labourtracker.projections.figures.FigureKind;

/**
 * A kind of figure over every dispute, kept apart by side: never one merged number. {@code method}
 * says how the parts were put together and {@code parts} lists them, each with its own ranges, so a
 * reader can see what a total is made of and never takes a sum for one incident's figure.
 */
public record FigureTotal(FigureKind kind, SideTotal official, SideTotal independent, TotalMethod method,
                          List<FigurePart> parts) {
}
