package org.labourtracker.evidence;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What every record carries: when it happened, where, its sources (at least one), notes, and the
 * actors it names. Records stored before actors existed read as naming none; an empty list is not
 * written, so a record without actors is stored (and hashed, and exported) as before.
 *
 * @param when    when it happened, as exactly as it is known
 * @param where   where it happened
 * @param sources the sources that tell of it, at least one
 * @param notes   the recorder's notes, free text
 * @param actors  who did it, to whom, or stepped in
 */
public record Evidence(@NotNull @Valid When when,
                       @NotNull @Valid Place where,
                       @NotNull @Size(min = 1, max = Checks.MAX_LIST) List<@NotNull @Valid Source> sources,
                       @FreeText String notes,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY)
                       @Size(max = Checks.MAX_LIST) List<@NotNull @Valid Actor> actors) {

    public Evidence {
        actors = actors == null ? List.of() : actors;
    }

    public Evidence(When when, Place where, List<Source> sources, String notes) {
        this(when, where, sources, notes, List.of());
    }

    /** The rules between fields; each field's own rules are on its component. */
    public void check(String path) {
        when.check(path + ".when");
    }

    /** The rules between the estimates of each claim. */
    public static void checkClaims(List<Claim> claims, String path) {
        for (int i = 0; i < claims.size(); i++) {
            claims.get(i).check(path + "[" + i + "]");
        }
    }

    public static void checkPeople(List<Person> people, String path) {
        Checks.require(people.stream().map(Person::id).distinct().count() == people.size(), path, "must not name a person twice");
    }
}
