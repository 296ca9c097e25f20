package org.labourtracker.dispute;

import org.labourtracker.evidence.Name;

import jakarta.validation.constraints.NotNull;

/**
 * Which union backed or opposed a strike: at Marikana the strikers' own union opposed it.
 *
 * @param union  the union's name
 * @param stance whether it backed the strike or opposed it
 */
public record UnionStance(@NotNull @Name String union, @NotNull Stance stance) {
}
