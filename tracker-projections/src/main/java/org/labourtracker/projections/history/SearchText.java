package org.labourtracker.projections.history;

import java.lang.reflect.RecordComponent;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Evidence;
import org.labourtracker.evidence.Person;
import org.labourtracker.evidence.Place;
import org.labourtracker.evidence.Source;

/**
 * The words a record is found by: its headline, notes, place, its own fields, its sources (publisher,
 * title, address, author), its figures' wording and the people it names, as a given {@link Redactor}
 * shows them. The read models store them for every reader ({@link #of}); a search checks them again as
 * its reader sees them, so that what the store matched is found only where the reader could read it.
 * <p>
 * Words are compared normalised: lower case, accents dropped, anything but letters and digits a space,
 * so that "Özen" finds "ozen" and "Sokolova's" finds "sokolova". A term matches a word it begins.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int CAPITAL_SIGMA = 0x03A3;

    private SearchText() {
    }

    /**
     * The record's words for every reader, normalised: what the read models store. {@code demandTexts}
     * holds the words of the demands of the record's dispute by id ({@link Describe#demandTexts}), so that
     * a demand's outcome is found by the demand's words as its headline tells them.
     */
    public static String of(StoredRecord record, Map<String, String> demandTexts) {
        return normalise(String.join(" ", parts(record, Redactor.of(true, Confidentiality.NONE, List.of()),
                demandTexts)));
    }

    /** The record's texts as the redactor shows them, headline first, then notes, each source, figure and person. */
    public static List<String> parts(StoredRecord record, Redactor redactor, Map<String, String> demandTexts) {
        List<String> parts = new ArrayList<>();
        Evidence evidence = record.evidence();
        parts.add(Describe.headline(record.payload(), demandTexts));
        add(parts, evidence.notes());
        Place where = evidence.where();
        if (where != null) {
            add(parts, where.name());
            add(parts, where.region());
        }
        Describe.details(record.payload(), redactor).values().forEach(value -> words(value, parts));
        for (Source source : nonNull(redactor.sources(evidence.sources()))) {
            sourceParts(source, parts);
        }
        for (Claim claim : nonNull(redactor.claims(record.claims()))) {
            add(parts, claim.wording());
            sourceParts(claim.source(), parts);
        }
        for (Person person : redactor.people(record.people())) {
            add(parts, person.name());
        }
        return parts;
    }

    /**
     * The record's words as the redactor shows them, normalised, without the names the reader may not
     * see: where a redaction leaves a name in free text (a note, an incident, a title), the answer's
     * masking replaces it, and the search must not find what the reader is not shown.
     */
    public static String seen(StoredRecord record, Redactor redactor, Map<String, String> demandTexts,
                              Collection<String> hiddenNames) {
        return without(normalise(String.join(" ", parts(record, redactor, demandTexts))), hiddenNames);
    }

    /** The names and ids, and each of their words, of the people in {@code mentions} whom the redactor hides. */
    public static Set<String> hiddenNames(Collection<StoredRecord> mentions, Redactor redactor) {
        Set<String> hidden = new HashSet<>();
        for (StoredRecord record : mentions) {
            for (Person person : record.people()) {
                if (redactor.hides(person.id())) {
                    hidden.add(person.id());
                    if (person.name() != null) {
                        hidden.add(person.name());
                        hidden.addAll(Arrays.asList(normalise(person.name()).strip().split(" ")));
                    }
                }
            }
        }
        hidden.remove("");
        return hidden;
    }

    /**
     * Lower case, without accents, each run of other characters than letters and digits one space,
     * with a space before and after, so that {@code " term"} finds a word beginning with the term.
     */
    public static String normalise(String text) {
        if (text == null) {
            return " ";
        }
        String spaced = words(text);
        return spaced.isEmpty() ? " " : " " + spaced + " ";
    }

    /**
     * The words of a text, in one pass over it (the regular expressions of {@link #wordsByExpressions} were
     * an eighth of a rebuild's time), with the same answer: each character decomposed as NFD does, its
     * marks dropped and the rest lower-cased. A capital sigma lower-cases by where it stands in its word
     * (a final one as ς), so a text that holds one is read by the expressions.
     */
    private static String words(String text) {
        StringBuilder words = new StringBuilder(text.length());
        boolean apart = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) {
                apart = append(words, c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c, apart);
                continue;
            }
            if (c == CAPITAL_SIGMA) {
                return wordsByExpressions(text);
            }
            String decomposed = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFD);
            for (int j = 0; j < decomposed.length(); ) {
                int part = decomposed.codePointAt(j);
                j += Character.charCount(part);
                apart = isMark(part) ? apart : append(words, Character.toLowerCase(part), apart);
            }
        }
        return words.toString();
    }

    /** Adds a letter or digit, after a space if others came before it; answers whether a word has ended. */
    private static boolean append(StringBuilder words, int c, boolean apart) {
        if (!isWordCharacter(c)) {
            return true;
        }
        if (apart && !words.isEmpty()) {
            words.append(' ');
        }
        words.appendCodePoint(c);
        return false;
    }

    /** {@code [\p{L}\p{N}]}, as {@link #NOT_A_WORD} leaves it. */
    private static boolean isWordCharacter(int c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
        }
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** {@code \p{M}}, as {@link #MARKS} drops it. */
    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** The words as the regular expressions make them: decomposed, marks dropped, lower-cased, split. */
    static String wordsByExpressions(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return NOT_A_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The normalised words of a query, each once, in order. */
    public static List<String> terms(String query) {
        return Arrays.stream(normalise(query).strip().split(" ")).filter(t -> !t.isEmpty()).distinct().toList();
    }

    /** Whether every term begins a word of the normalised text. */
    public static boolean matches(String normalised, Collection<String> terms) {
        return terms.stream().allMatch(term -> normalised.contains(" " + term));
    }

    /**
     * The normalised text with each hidden name (normalised, as whole words) taken out, the longest
     * first, as the answer's masking takes confidential names out of what a reader is shown.
     */
    public static String without(String normalised, Collection<String> hiddenNames) {
        List<String> hidden = hiddenNames.stream().map(SearchText::normalise).filter(h -> !h.isBlank()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        String text = normalised;
        for (String name : hidden) {
            String before;
            do {
                before = text;
                text = text.replace(name, " ");
            } while (!text.equals(before));
        }
        return text;
    }

    private static void sourceParts(Source source, List<String> parts) {
        if (source != null) {
            add(parts, source.publisher());
            add(parts, source.title());
            add(parts, source.url());
            add(parts, source.author());
        }
    }

    /** The words of a field's value: text, a constant's words, and the texts inside lists and records. */
    private static void words(Object value, List<String> parts) {
        if (value instanceof String text) {
            add(parts, text);
        } else if (value instanceof Enum<?> constant) {
            add(parts, Describe.words(constant.name()));
        } else if (value instanceof Collection<?> values) {
            values.forEach(v -> words(v, parts));
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> words(v, parts));
        } else if (value != null && value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    words(component.getAccessor().invoke(value), parts);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("a record's accessor is public", e);
                }
            }
        }
    }

    private static void add(List<String> parts, String text) {
        if (text != null && !text.isBlank()) {
            parts.add(text);
        }
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
