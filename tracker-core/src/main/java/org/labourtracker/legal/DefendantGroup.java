package org.labourtracker.legal;

import java.time.Clock;

import org.labourtracker.evidence.Checks;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.PersonRole;

/**
 * Defendants tried together and not named one by one ("five police officers", "striking oil
 * workers"): a description, the part they played, and how many they were as a source put it, when a
 * source did. The id, chosen by the recorder, is what charges, judgements and releases name, as
 * they name a person's id.
 */
public record DefendantGroup(String id, String description, PersonRole role, Claim size, boolean inCustody) {

    void check(String path, Clock clock) {
        Checks.identifier(id, path + ".id");
        Checks.name(description, path + ".description");
        Checks.present(role, path + ".role");
        if (size != null) {
            size.check(path + ".size", clock);
        }
    }
}
