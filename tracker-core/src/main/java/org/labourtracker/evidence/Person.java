package org.labourtracker.evidence;

/**
 * A named person. The id is chosen by the recorder and stays the same across records and
 * streams; a confidential name is stored whole and redacted for readers who may not see it.
 */
public record Person(String id, String name, PersonRole role, boolean confidential) {

    public void check(String path) {
        Checks.identifier(id, path + ".id");
        Checks.name(name, path + ".name");
        Checks.present(role, path + ".role");
    }
}
