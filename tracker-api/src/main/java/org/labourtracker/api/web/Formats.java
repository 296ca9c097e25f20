package org.labourtracker.api.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Counted;
import org.labourtracker.evidence.Place;
import org.labourtracker.evidence.Vague;
import org.labourtracker.evidence.When;
import org.labourtracker.legal.CaseEvent;
import org.labourtracker.legal.Sentence;
import org.labourtracker.projections.figures.ClaimView;
import org.labourtracker.projections.figures.SideRange;
import org.labourtracker.projections.overview.FigureTotal;
import org.labourtracker.projections.overview.SideTotal;
import org.labourtracker.projections.people.CitedDetention;
import org.labourtracker.projections.people.PeopleViews;
import org.labourtracker.projections.timeline.TimelineEntry;
import org.springframework.stereotype.Component;

/**
 * Words and numbers as the pages print them, called from the templates as {@code @fmt}. Dates keep
 * their precision: a date known to the month is printed as a month, never as its first day.
 */
@Component("fmt")
class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter RECORDED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final Set<String> CASE_RECORDS = Arrays.stream(CaseEvent.class.getPermittedSubclasses())
            .map(Class::getSimpleName).collect(Collectors.toUnmodifiableSet());

    public String when(When when) {
        if (when == null) {
            return "";
        }
        return switch (when.precision()) {
            case DAY -> DAY.format(when.on());
            case MONTH -> MONTH.format(when.on());
            case YEAR -> Integer.toString(when.on().getYear());
            case RANGE -> DAY.format(when.on()) + " – " + DAY.format(when.until());
        };
    }

    /** The precision in a word, shown beside the date. */
    public String precision(When when) {
        return when == null ? "" : words(when.precision());
    }

    public String date(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public String instant(Instant instant) {
        return instant == null ? "" : RECORDED.format(instant);
    }

    /** Whether the entry is a record of a legal case, whose stream is the case: for a link to the case's page. */
    public boolean ofLegalCase(TimelineEntry entry) {
        return CASE_RECORDS.contains(entry.type());
    }

    /** An enum constant or a record type as words: {@code STRIKE_DECLARED_ILLEGAL} → "strike declared illegal". */
    public String words(Object constant) {
        if (constant == null) {
            return "";
        }
        String name = constant.toString();
        if (name.chars().anyMatch(Character::isLowerCase)) {
            name = name.replaceAll("([a-z])([A-Z])", "$1 $2");
        }
        String spaced = name.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** A sentence as words, with its length and any fine: "prison, 72 months (six years)". */
    public String sentence(Sentence sentence) {
        return PeopleViews.sentence(sentence);
    }

    /** A detention a case cites, by its incident, or by its id when the dispute holds no such record. */
    public String arrest(CitedDetention arrest) {
        if (arrest.kind() == null) {
            return arrest.recordId() + " (not recorded)";
        }
        return words(arrest.kind()) + (arrest.incident() == null ? "" : ": " + arrest.incident());
    }

    public String place(Place place) {
        if (place == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (String part : new String[] {place.name(), place.region(), place.country()}) {
            if (part != null && !part.isBlank()) {
                text.append(text.isEmpty() ? "" : ", ").append(part);
            }
        }
        return text.toString();
    }

    public String claim(Claim claim) {
        return claim == null ? "" : read(claim.vague(), claim.counted(), figure(claim.low(), claim.best(), claim.high()));
    }

    public String claim(ClaimView claim) {
        return claim == null ? "" : read(claim.vague(), claim.counted(), figure(claim.low(), claim.best(), claim.high()));
    }

    /**
     * A vague claim's range is the convention's reading of the source's words ("dozens"), marked
     * approximate; a claim counting employers or establishments says so.
     */
    private static String read(Vague vague, Counted counted, String figure) {
        return (vague == null ? "" : "≈ ") + figure + (counted == null || counted.isPeople() ? ""
                : " " + counted.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** A side's range, or "no figure" when that side claims nothing. */
    public String range(SideRange range) {
        if (range == null || !range.claimed()) {
            return "no figure";
        }
        return (range.vague() ? "≈ " : "") + span(range.low(), range.high(), range.openAbove());
    }

    public String total(SideTotal total) {
        if (total == null || total.incidents() == 0) {
            return "no figure";
        }
        return (total.vague() ? "≈ " : "") + span(total.low(), total.high(), total.openAbove());
    }

    /**
     * How a total was put together, in words beside it: "3 incidents added up", "2 disputes' peaks added
     * up", or "one incident" when there is nothing to add.
     */
    public String method(FigureTotal total) {
        int disputes = total.disputes();
        int parts = total.partCount();
        return switch (total.method()) {
            case SUM_OF_INCIDENTS -> parts == 1 ? "one incident"
                    : parts + " incidents" + (disputes > 1 ? " in " + disputes + " disputes" : "") + " added up";
            case SUM_OF_DISPUTE_PEAKS -> parts == 1 ? "one dispute's peak" : parts + " disputes' peaks added up";
        };
    }

    private static String figure(Integer low, Integer best, Integer high) {
        String range = null;
        if (low != null && high != null) {
            range = low.equals(high) ? number(low) : number(low) + "–" + number(high);
        } else if (low != null) {
            range = number(low) + "+";
        } else if (high != null) {
            range = "up to " + number(high);
        }
        if (best == null) {
            return range;
        }
        boolean exact = low != null && low.equals(high) && low.equals(best);
        return range == null || exact ? number(best) : number(best) + " (" + range + ")";
    }

    /** "10–13"; "10–70+" when some claim gives no upper figure; "up to 800" when none gives a lower one. */
    private static String span(Integer low, Integer high, boolean openAbove) {
        if (low == null && high == null) {
            return "unknown";
        }
        if (low == null) {
            return "up to " + number(high) + (openAbove ? "+" : "");
        }
        String text = high == null || high.equals(low) ? number(low) : number(low) + "–" + number(high);
        return openAbove ? text + "+" : text;
    }

    private static String number(Integer value) {
        return String.format(Locale.ENGLISH, "%,d", value);
    }
}
