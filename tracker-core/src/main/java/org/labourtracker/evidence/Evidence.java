package org.labourtracker.evidence;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What every record carries: when it happened, where, its sources (at least one), notes, the
 * actors it names, the people it names beyond those of its kind (an official, an executive, a board
 * member), and the earlier record it replaces, if any. Records stored before actors, people or
 * supersessions existed read as naming none; an empty list or absent supersession is not written,
 * so a record without them is stored (and hashed, and exported) as before.
 *
 * @param when       when it happened, as exactly as it is known
 * @param where      where it happened
 * @param sources    the sources that tell of it, at least one
 * @param notes      the recorder's notes, free text
 * @param actors     who did it, to whom, or stepped in
 * @param people     people the record names beyond those of its kind: officials, executives, board members
 * @param supersedes the earlier record of the same stream that this one replaces, and why
 */
public record Evidence(@NotNull @Valid When when,
                       @NotNull @Valid Place where,
                       @NotNull @Size(min = 1, max = Checks.MAX_LIST) List<@NotNull @Valid Source> sources,
                       @FreeText String notes,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY)
                       @Size(max = Checks.MAX_LIST) List<@NotNull @Valid Actor> actors,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY)
                       @Size(max = Checks.MAX_LIST) List<@NotNull @Valid Person> people,
                       @JsonInclude(JsonInclude.Include.NON_NULL) @Valid Supersession supersedes) {

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

    /** The rules between fields; each field's own rules are on its component. */
    public void check(String path) {
        when.check(path + ".when");
        checkPeople(people, path + ".people");
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
        List<Person> all = new ArrayList<>(Checks.orEmpty(named));
        all.addAll(onEvidence);
        return List.copyOf(all);
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
