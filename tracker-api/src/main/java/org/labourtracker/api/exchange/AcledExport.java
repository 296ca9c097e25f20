package org.labourtracker.api.exchange;

import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.labourtracker.api.reading.Views;
import org.labourtracker.evidence.Coordinates;
import org.labourtracker.evidence.DatePrecision;
import org.labourtracker.evidence.Place;
import org.labourtracker.evidence.Source;
import org.labourtracker.evidence.When;
import org.labourtracker.projections.history.Standing;
import org.labourtracker.projections.timeline.TimelineEntry;
import org.springframework.stereotype.Service;

/**
 * A dispute's records as ACLED event rows ({@link AcledFormat#COLUMNS}), one per standing record of
 * the dispute's own stream, with ACLED's meanings (README: "ACLED exchange"):
 * <ul>
 * <li>{@code time_precision} 1 for a day, 2 for a range of at most 7 days, 3 for anything vaguer;
 *     {@code event_date} is the first day it may have been;</li>
 * <li>event type and sub-type from the kind of record (strikes and protests are peaceful protests,
 *     casualties excessive force against protesters, or by their perpetrator a violent demonstration
 *     or an attack, detentions arrests, sexual violence and disappearances their own sub-types, a
 *     signed agreement an agreement, a reorganisation, a union dissolved or refused registration a
 *     change to group/activity, the rest strategic developments of type other; docs/vocabulary.md);</li>
 * <li>{@code fatalities}: for a record of people killed, the lowest figure any source gives for it
 *     (each claim's best, else its low, else its high), ACLED's conservative single figure; else 0. A
 *     vague claim ("dozens") has no best: its low is the convention's, which is ACLED's own figure for
 *     "tens", "dozens" and "hundreds" (docs/vocabulary.md);</li>
 * <li>actors and interaction codes where the kind of record implies them (protesters, state forces,
 *     civilians), the employer or authority the record names otherwise;</li>
 * <li>{@code tags}: {@code dispute=…; record=…; tracker=<kind>/<sub-kind>}, which our ACLED import
 *     reads to put a row back as the record it came from.</li>
 * </ul>
 */
@Service
class AcledExport {

    private final Views views;

    AcledExport(Views views) {
        this.views = views;
    }

    String csv(String disputeId, boolean confidentialVisible) {
        Csv csv = new Csv(AcledFormat.COLUMNS);
        int number = 0;
        for (TimelineEntry entry : views.timeline(disputeId, confidentialVisible).entries()) {
            if (!disputeId.equals(entry.streamId()) || entry.standing() != Standing.STANDING || entry.when() == null) {
                continue;
            }
            number++;
            row(csv, disputeId, entry, number);
        }
        return csv.toString();
    }

    private static void row(Csv csv, String disputeId, TimelineEntry entry, int number) {
        Place where = entry.where();
        AcledFormat.Country country = AcledFormat.country(where == null ? null : where.country()).orElse(null);
        String countryName = country == null ? "" : country.name();
        Kind kind = Kind.of(entry);
        String actor1 = kind.actor1 == 0 ? named(entry) : actorName(kind.actor1, countryName);
        String actor2 = kind.actor2 == 0 ? null : actorName(kind.actor2, countryName);
        Integer interaction = kind.actor1 == 0 ? null
                : kind.actor2 == 0 ? kind.actor1 * 10 : Math.min(kind.actor1, kind.actor2) * 10 + Math.max(kind.actor1, kind.actor2);
        Coordinates coordinates = where == null ? null : where.coordinates();
        csv.row(country == null ? number : country.alpha3() + number,
                entry.when().earliest(), entry.when().earliest().getYear(), timePrecision(entry.when()),
                kind.disorder, kind.eventType, kind.subEventType,
                actor1, kind.actor1 == AcledFormat.PROTESTERS ? "Labour Group (" + countryName + ")" : null,
                kind.actor1 == 0 ? null : kind.actor1, actor2, null, kind.actor2 == 0 ? null : kind.actor2, interaction,
                "Violence against civilians".equals(kind.eventType) ? "Civilian targeting" : null,
                country == null ? null : String.format("%03d", country.numeric()), null, countryName,
                where == null ? null : where.region(), null, null, where == null ? null : where.name(),
                coordinates == null ? null : coordinates.latitude(), coordinates == null ? null : coordinates.longitude(),
                coordinates == null ? null : geoPrecision(coordinates),
                entry.sources() == null ? null : entry.sources().stream().map(Source::publisher).collect(Collectors.joining("; ")),
                null, entry.notes() == null ? entry.headline() : entry.headline() + ". " + entry.notes(),
                fatalities(entry), "dispute=" + disputeId + "; record=" + entry.recordId() + "; tracker=" + kind.tracker(entry),
                entry.recordedAt() == null ? null : entry.recordedAt().getEpochSecond());
    }

    static int timePrecision(When when) {
        if (when.precision() == DatePrecision.DAY) {
            return AcledFormat.DAY;
        }
        if (when.precision() == DatePrecision.RANGE && ChronoUnit.DAYS.between(when.earliest(), when.latest()) <= 6) {
            return AcledFormat.WEEK;
        }
        return AcledFormat.MONTH;
    }

    /** The lowest figure any source gives for the people killed; 0 for every other record. */
    static int fatalities(TimelineEntry entry) {
        if (!"CasualtiesReported".equals(entry.type()) || entry.details() == null
                || !"KILLED".equals(String.valueOf(entry.details().get("kind"))) || entry.claims() == null) {
            return 0;
        }
        return entry.claims().stream()
                .map(claim -> claim.best() != null ? claim.best() : claim.low() != null ? claim.low() : claim.high())
                .filter(Objects::nonNull).mapToInt(Integer::intValue).min().orElse(0);
    }

    private static int geoPrecision(Coordinates coordinates) {
        return switch (coordinates.precision()) {
            case EXACT, SETTLEMENT -> 1;
            case NEAR -> 2;
            case REGION, COUNTRY -> 3;
        };
    }

    private static String actorName(int code, String country) {
        return switch (code) {
            case AcledFormat.STATE_FORCES -> "Police Forces of " + country;
            case AcledFormat.PROTESTERS -> "Protesters (" + country + ")";
            case AcledFormat.RIOTERS -> "Rioters (" + country + ")";
            default -> "Civilians (" + country + ")";
        };
    }

    private static String named(TimelineEntry entry) {
        Map<String, Object> details = entry.details() == null ? Map.of() : entry.details();
        Object named = Stream.of("employer", "authority", "body").map(details::get).filter(Objects::nonNull)
                .findFirst().orElse(null);
        return named == null ? null : named.toString();
    }

    /** The ACLED event type of a kind of record, and the actors it implies (0: none implied). */
    private record Kind(String disorder, String eventType, String subEventType, int actor1, int actor2, String path) {

        static Kind of(TimelineEntry entry) {
            Object sub = entry.details() == null ? null : entry.details().get("kind");
            return switch (entry.type()) {
                case "StrikeRecorded" -> protest("strikes");
                case "ProtestRecorded" -> protest("protests");
                case "CasualtiesReported" -> casualties(entry.details().get("perpetrator"));
                case "DetentionsReported" -> new Kind("Strategic developments", "Strategic developments", "Arrests",
                        AcledFormat.STATE_FORCES, AcledFormat.PROTESTERS, "detentions");
                case "AbuseReported" -> new Kind("Political violence", "Violence against civilians",
                        switch (String.valueOf(sub)) {
                            case "DISAPPEARANCE" -> "Abduction/forced disappearance";
                            case "SEXUAL_VIOLENCE" -> "Sexual violence";
                            default -> "Attack";
                        },
                        AcledFormat.STATE_FORCES, AcledFormat.CIVILIANS, "abuses");
                case "EmployerResponseRecorded" -> other(switch (String.valueOf(sub)) {
                    case "AGREEMENT_SIGNED" -> "Agreement";
                    case "REORGANISATION" -> "Change to group/activity";
                    default -> "Other";
                }, "employer-responses");
                case "StateActionRecorded" -> other("UNION_DISSOLVED".equals(String.valueOf(sub))
                        || "UNION_REGISTRATION_REFUSED".equals(String.valueOf(sub)) ? "Change to group/activity" : "Other",
                        "state-actions");
                case "InterventionRecorded" -> other("Other", "interventions");
                case "DisputeOpened" -> other("Other", "open");
                default -> other("Other", "other");
            };
        }

        /**
         * By whom: the state's forces (or, as before perpetrators were recorded, nobody said) against
         * protesters; strikers or protesters a violent demonstration; anyone else, the unknown
         * included, an attack on civilians.
         */
        private static Kind casualties(Object perpetrator) {
            String by = String.valueOf(perpetrator);
            if (perpetrator == null || "STATE_FORCES".equals(by)) {
                return new Kind("Political violence; Demonstrations", "Protests", "Excessive force against protesters",
                        AcledFormat.STATE_FORCES, AcledFormat.PROTESTERS, "casualties");
            }
            if ("PROTESTERS".equals(by) || "WORKERS".equals(by)) {
                return new Kind("Demonstrations", "Riots", "Violent demonstration", AcledFormat.RIOTERS, 0, "casualties");
            }
            return new Kind("Political violence", "Violence against civilians", "Attack", 0, AcledFormat.CIVILIANS,
                    "casualties");
        }

        private static Kind protest(String path) {
            return new Kind("Demonstrations", "Protests", "Peaceful protest", AcledFormat.PROTESTERS, 0, path);
        }

        private static Kind other(String subEventType, String path) {
            return new Kind("Strategic developments", "Strategic developments", subEventType, 0, 0, path);
        }

        String tracker(TimelineEntry entry) {
            Object sub = entry.details() == null ? null : entry.details().get("kind");
            String kind = "other".equals(path) ? entry.type() : path;
            return sub == null ? kind : kind + "/" + sub;
        }
    }
}
