package org.labourtracker.projections.history;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.labourtracker.editorial.Correction;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Person;
import org.labourtracker.evidence.Source;

/**
 * Hides confidential people and sources from readers who may not see them. A person is confidential
 * in a stream when a confidentiality change in that stream says so, or, without one, when any mention
 * in that stream marks them so; a person confidential in any stream of a view is hidden throughout
 * it. Hidden people keep their role and get a pseudonym ({@code confidential-1}, ...) that is stable
 * within one answer, so that a reader can tell them apart without learning who they are.
 */
public final class Redactor {

    public static final String HIDDEN = "[confidential]";

    private static final java.util.Comparator<StoredRecord> RECORDING_ORDER = java.util.Comparator
            .comparing(StoredRecord::recordedAt)
            .thenComparing(StoredRecord::streamId)
            .thenComparingLong(StoredRecord::sequence);

    private final boolean visible;
    private final Set<String> hidden;
    private final Map<String, String> pseudonyms = new LinkedHashMap<>();

    private Redactor(boolean visible, Set<String> hidden) {
        this.visible = visible;
        this.hidden = hidden;
    }

    /**
     * A redactor for one answer. {@code records} must hold every mention of the people the answer may
     * show; pseudonyms are numbered in the order people were first mentioned by recording time, so
     * they stay the same as records are added.
     */
    public static Redactor of(boolean confidentialVisible, Confidentiality changes, Collection<StoredRecord> records) {
        List<StoredRecord> recorded = records.stream().sorted(RECORDING_ORDER).toList();
        Map<String, Map<String, Boolean>> mentioned = new HashMap<>();
        Set<String> firstMentions = new java.util.LinkedHashSet<>();
        for (StoredRecord record : recorded) {
            for (Person person : record.people()) {
                mentioned.computeIfAbsent(record.streamId(), s -> new HashMap<>())
                        .merge(person.id(), person.confidential(), Boolean::logicalOr);
                firstMentions.add(person.id());
            }
        }
        Set<String> confidential = new HashSet<>();
        mentioned.forEach((stream, people) -> people.forEach((id, flagged) -> {
            if (changes.override(stream, id).orElse(flagged)) {
                confidential.add(id);
            }
        }));
        changes.byStream().forEach((stream, people) -> people.forEach((id, flag) -> {
            if (flag) {
                confidential.add(id);
            }
        }));
        Redactor redactor = new Redactor(confidentialVisible, Set.copyOf(confidential));
        if (!confidentialVisible) {
            firstMentions.stream().filter(confidential::contains).forEach(redactor::personId);
        }
        return redactor;
    }

    public boolean isConfidential(String personId) {
        return hidden.contains(personId);
    }

    public boolean hides(String personId) {
        return !visible && hidden.contains(personId);
    }

    public Person person(Person person) {
        boolean confidential = hidden.contains(person.id());
        if (confidential && !visible) {
            return new Person(personId(person.id()), HIDDEN, person.role(), true);
        }
        return new Person(person.id(), person.name(), person.role(), confidential);
    }

    public List<Person> people(List<Person> people) {
        return people == null ? List.of() : people.stream().map(this::person).toList();
    }

    public String personId(String id) {
        if (id == null || !hides(id)) {
            return id;
        }
        return pseudonyms.computeIfAbsent(id, k -> "confidential-" + (pseudonyms.size() + 1));
    }

    public List<String> personIds(List<String> ids) {
        return ids == null ? List.of() : ids.stream().map(this::personId).toList();
    }

    public Source source(Source source) {
        if (source == null || visible || !source.confidential()) {
            return source;
        }
        return new Source(HIDDEN, null, null, null, null, null, source.kind(), source.reliability(), true);
    }

    public List<Source> sources(List<Source> sources) {
        return sources == null ? null : sources.stream().map(this::source).toList();
    }

    public Claim claim(Claim claim) {
        return new Claim(source(claim.source()), claim.low(), claim.best(), claim.high(), claim.wording(),
                claim.vague(), claim.counted());
    }

    public List<Claim> claims(List<Claim> claims) {
        return claims == null ? null : claims.stream().map(this::claim).toList();
    }

    public Correction correction(Correction correction) {
        if (correction == null) {
            return null;
        }
        return new Correction(correction.when(), correction.where(), sources(correction.sources()),
                claims(correction.claims()), correction.notes());
    }
}
