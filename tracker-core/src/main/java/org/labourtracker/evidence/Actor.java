package org.labourtracker.evidence;

/**
 * Who did what, to whom, or stepped in: a type, a name where one is known, and the role in this
 * record. {@code alleged} marks a link that the record's sources assert but that is not
 * established (a killing by unknown assailants that a union ties to the company).
 */
public record Actor(ActorType type, String name, ActorRole role, boolean alleged) {

    public void check(String path) {
        Checks.present(type, path + ".type");
        Checks.optionalName(name, path + ".name");
        Checks.present(role, path + ".role");
    }
}
