package org.labourtracker.dispute;

import java.util.List;

import org.labourtracker.evidence.Checks;

/** An employer or a union in a dispute; employers name their owners (a parent company, the state). */
public record Organisation(String name, List<String> owners) {

    void check(String path) {
        Checks.name(name, path + ".name");
        List<String> listed = Checks.orEmpty(owners);
        Checks.size(listed, path + ".owners", 0);
        for (int i = 0; i < listed.size(); i++) {
            Checks.name(listed.get(i), path + ".owners[" + i + "]");
        }
    }
}
