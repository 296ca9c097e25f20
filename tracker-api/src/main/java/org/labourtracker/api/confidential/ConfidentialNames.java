package org.labourtracker.api.confidential;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.labourtracker.api.transparency.LogKey;
import org.labourtracker.dispute.DisputeEvent;
import org.labourtracker.legal.CaseEvent;
import org.labourtracker.evidence.Person;
import org.labourtracker.projections.history.Confidentiality;
import org.labourtracker.projections.history.RecordTable;
import org.labourtracker.projections.history.StoredRecord;
import org.labourtracker.projections.people.PeopleStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who is confidential, across every dispute and legal case, and the words that name them: every
 * name they were recorded under, its words of four letters or more, and their person id. A person
 * is confidential everywhere once any stream holds them so (a mention marked confidential, or a
 * confidentiality change there that is in force); lifting it takes a change in each stream that
 * holds them so. Read from the people read model, again only when it has changed, and asked at
 * most every {@code tracker.security.confidential-names-refresh}.
 */
@Component
public class ConfidentialNames {

    /** Every kind of record: any can name people on its evidence (an official, an executive). */
    private static final List<String> NAMING = Stream.of(DisputeEvent.class.getPermittedSubclasses(),
            CaseEvent.class.getPermittedSubclasses()).flatMap(Arrays::stream).map(Class::getSimpleName).toList();
    private static final int SHORTEST_WORD = 4;

    private final RecordTable people;
    private final byte[] pseudonymKey;
    private final Clock clock;
    private final Duration refresh;
    private volatile Cached cached = new Cached("", Map.of(), Instant.MIN);

    /** The words of confidential names, each with the pseudonym that replaces it. */
    public record Terms(Map<String, String> replacements) {

        public boolean isEmpty() {
            return replacements.isEmpty();
        }

        /** The terms {@code text} contains. */
        public List<String> foundIn(String text) {
            return text == null ? List.of()
                    : replacements.keySet().stream().filter(text::contains).toList();
        }
    }

    private record Cached(String mark, Map<String, String> replacements, Instant checkedAt) {
    }

    /**
     * @param refresh how long the names found stay in use before the read model is asked whether
     *                they changed: deriving them reads every record that names a person
     */
    ConfidentialNames(PeopleStore store, Clock clock, LogKey logKey,
                      @Value("${tracker.security.pseudonym-key:}") String pseudonymKey,
                      @Value("${tracker.security.confidential-names-refresh:200ms}") Duration refresh) {
        this.people = store.table();
        this.clock = clock;
        this.refresh = refresh;
        // unset, derived from the log's signing key: as secret, kept outside the database, and the
        // same on every node and after every restart
        this.pseudonymKey = pseudonymKey.isEmpty() ? logKey.derived("pseudonyms")
                : pseudonymKey.getBytes(StandardCharsets.UTF_8);
    }

    public Terms current() {
        Cached known = cached;
        Instant now = clock.instant();
        if (known.checkedAt().plus(refresh).isAfter(now)) {
            return new Terms(known.replacements());
        }
        synchronized (this) {
            known = cached;
            if (known.checkedAt().plus(refresh).isAfter(now)) {
                return new Terms(known.replacements());
            }
            String mark = people.changeMark();
            known = new Cached(mark, known.mark().equals(mark) ? known.replacements() : replacements(), now);
            cached = known;
        }
        return new Terms(known.replacements());
    }

    private Map<String, String> replacements() {
        List<StoredRecord> records = people.ofTypes(NAMING);
        Confidentiality changes = people.confidentiality();
        Map<String, Set<String>> names = new HashMap<>();
        Set<String> confidential = new HashSet<>();
        Map<String, Map<String, Boolean>> flagged = new HashMap<>();
        for (StoredRecord record : records) {
            for (Person person : record.people()) {
                names.computeIfAbsent(person.id(), id -> new HashSet<>()).add(person.name());
                flagged.computeIfAbsent(record.streamId(), s -> new HashMap<>())
                        .merge(person.id(), person.confidential(), Boolean::logicalOr);
            }
        }
        flagged.forEach((stream, byPerson) -> byPerson.forEach((id, flag) -> {
            if (changes.override(stream, id).orElse(flag)) {
                confidential.add(id);
            }
        }));
        changes.byStream().forEach((stream, byPerson) -> byPerson.forEach((id, flag) -> {
            if (flag) {
                confidential.add(id);
            }
        }));
        List<Map.Entry<String, String>> terms = new ArrayList<>();
        for (String id : confidential) {
            String pseudonym = pseudonym(id);
            terms.add(Map.entry(id, pseudonym));
            for (String name : names.getOrDefault(id, Set.of())) {
                if (name == null || name.isBlank()) {
                    continue;
                }
                terms.add(Map.entry(name, pseudonym));
                for (String word : name.split("[\\s\\p{Punct}]+")) {
                    if (word.codePointCount(0, word.length()) >= SHORTEST_WORD) {
                        terms.add(Map.entry(word, pseudonym));
                    }
                }
            }
        }
        // Longest first, so that a whole name is replaced before any of its words.
        terms.sort((a, b) -> Integer.compare(b.getKey().length(), a.getKey().length()));
        Map<String, String> ordered = new LinkedHashMap<>();
        terms.forEach(term -> ordered.putIfAbsent(term.getKey(), term.getValue()));
        return Collections.unmodifiableMap(ordered);
    }

    /** Keyed, so that nobody can test a guessed person id against it. */
    private String pseudonym(String personId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(pseudonymKey, "HmacSHA256"));
            byte[] digest = mac.doFinal(personId.getBytes(StandardCharsets.UTF_8));
            return "[confidential person " + HexFormat.of().formatHex(digest, 0, 4) + "]";
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java has HmacSHA256", e);
        }
    }
}
