package org.labourtracker.evidence;

import java.time.Clock;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What every record carries: when it happened, where, its sources (at least one), notes, the
 * actors it names, the people it names beyond those of its kind (an official, an executive, a board
 * member), and the earlier record it replaces, if any. Records stored before actors, people or
 * supersessions existed read as naming none; an empty list or absent supersession is not written,
 * so a record without them is stored (and hashed, and exported) as before.
 */
public record Evidence(When when, Place where, List<Source> sources, String notes,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Actor> actors,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Person> people,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Supersession supersedes) {

    public Evidence {
        actors = actors == null ? List.of() : actors;
        people = people == null ? List.of() : people;
    }

    public Evidence(When when, Place where, List<Source> sources, String notes) {
        this(when, where, sources, notes, List.of());
    }

    public Evidence(When when, Place where, List<Source> sources, String notes, List<Actor> actors) {
        this(when, where, sources, notes, actors, List.of(), null);
    }

    /** This evidence naming {@code people} as well. */
    public Evidence naming(List<Person> people) {
        return new Evidence(when, where, sources, notes, actors, people, supersedes);
    }

    /** This evidence for a record that replaces the earlier record {@code recordId}. */
    public Evidence superseding(String recordId, String reason) {
        return new Evidence(when, where, sources, notes, actors, people, new Supersession(recordId, reason));
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
        checkPeople(people, path + ".people");
        if (supersedes != null) {
            supersedes.check(path + ".supersedes");
        }
    }

    /** The people named on {@code evidence}, none when there is none. */
    public static List<Person> peopleOf(Evidence evidence) {
        return evidence == null ? List.of() : evidence.people();
    }

    /** The people a record names by its kind ({@code named}, which may be absent) and on its evidence. */
    public static List<Person> peopleOf(List<Person> named, Evidence evidence) {
        List<Person> onEvidence = peopleOf(evidence);
        if (onEvidence.isEmpty()) {
            return named;
        }
        List<Person> all = new java.util.ArrayList<>(Checks.orEmpty(named));
        all.addAll(onEvidence);
        return List.copyOf(all);
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
