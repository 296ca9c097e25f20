package org.labourtracker.dispute;

import org.labourtracker.evidence.Checks;

/** Which union backed or opposed a strike: at Marikana the strikers' own union opposed it. */
public record UnionStance(String union, Stance stance) {

    void check(String path) {
        Checks.name(union, path + ".union");
        Checks.present(stance, path + ".stance");
    }
}
