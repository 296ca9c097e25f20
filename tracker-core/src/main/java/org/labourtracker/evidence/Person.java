package org.labourtracker.evidence;

import jakarta.validation.constraints.NotNull;

/**
 * A named person. The id is chosen by the recorder and stays the same across records and
 * streams; a confidential name is stored whole and redacted for readers who may not see it.
 *
 * @param id           the recorder's id for the person, the same in every record
 * @param name         the person's name
 * @param role         the part the person plays in the dispute
 * @param confidential whether the name is shown only to readers cleared to see it
 */
public record Person(@NotNull @Identifier String id, @NotNull @Name String name, @NotNull PersonRole role,
                     boolean confidential) {
}
