package org.labourtracker.evidence;

import java.time.Clock;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What every record carries: when it happened, where, its sources (at least one), notes, and the
 * actors it names. Records stored before actors existed read as naming none; an empty list is not
 * written, so a record without actors is stored (and hashed, and exported) as before.
 */
public record Evidence(When when, Place where, List<Source> sources, String notes,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Actor> actors) {

    public Evidence {
        actors = actors == null ? List.of() : actors;
    }

    public Evidence(When when, Place where, List<Source> sources, String notes) {
        this(when, where, sources, notes, List.of());
    }

    public void check(String path, Clock clock) {
        Checks.present(when, path + ".when").check(path + ".when", clock);
        Checks.present(where, path + ".where").check(path + ".where");
        checkSources(sources, path + ".sources", clock);
        Checks.optionalText(notes, path + ".notes");
        Checks.size(actors, path + ".actors", 0);
        for (int i = 0; i < actors.size(); i++) {
            actors.get(i).check(path + ".actors[" + i + "]");
        }
    }

    public static void checkSources(List<Source> sources, String path, Clock clock) {
        Checks.size(sources, path, 1);
        for (int i = 0; i < sources.size(); i++) {
            sources.get(i).check(path + "[" + i + "]", clock);
        }
    }

    public static void checkClaims(List<Claim> claims, String path, Clock clock, int min) {
        Checks.size(claims, path, min);
        for (int i = 0; i < claims.size(); i++) {
            claims.get(i).check(path + "[" + i + "]", clock);
        }
    }

    public static void checkPeople(List<Person> people, String path) {
        Checks.size(people, path, 0);
        for (int i = 0; i < people.size(); i++) {
            people.get(i).check(path + "[" + i + "]");
        }
        Checks.require(people.stream().map(Person::id).distinct().count() == people.size(), path, "must not name a person twice");
    }
}
