package org.labourtracker.legal;

import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Identifier;
import org.labourtracker.evidence.Name;
import org.labourtracker.evidence.PersonRole;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Defendants tried together and not named one by one ("five police officers", "striking oil
 * workers"): a description, the part they played, and how many they were as a source put it, when a
 * source did. The id, chosen by the recorder, is what charges, judgements and releases name, as
 * they name a person's id.
 *
 * @param id          the recorder's id for the group, named by charges, judgements and releases
 * @param description who they are, such as "five police officers"
 * @param role        the part they played
 * @param size        how many they were, as a source put it
 * @param inCustody   whether they are held when the case opens
 */
public record DefendantGroup(@NotNull @Identifier String id, @NotNull @Name String description,
                             @NotNull PersonRole role, @Valid Claim size, boolean inCustody) {

    void check(String path) {
        if (size != null) {
            size.check(path + ".size");
        }
    }
}
