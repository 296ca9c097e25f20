package org.labourtracker.evidence;

import jakarta.validation.constraints.NotNull;

/**
 * Who did what, to whom, or stepped in: a type, a name where one is known, and the role in this
 * record. {@code alleged} marks a link that the record's sources assert but that is not
 * established (a killing by unknown assailants that a union ties to the company).
 *
 * @param type    what kind of actor: state forces, company security, a union, unknown ...
 * @param name    the actor's name, where one is known
 * @param role    the actor's part in this record
 * @param alleged whether the link is asserted by the sources but not established
 */
public record Actor(@NotNull ActorType type, @Name String name, @NotNull ActorRole role, boolean alleged) {
}
