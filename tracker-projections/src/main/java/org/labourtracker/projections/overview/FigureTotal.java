package org.labourtracker.projections.overview;

import org.labourtracker.projections.figures.FigureKind;

/** A kind of figure over every dispute, kept apart by side: never one merged number. */
public record FigureTotal(FigureKind kind, SideTotal official, SideTotal independent) {
}
