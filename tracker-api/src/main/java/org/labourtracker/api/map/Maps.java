package org.labourtracker.api.map;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.labourtracker.api.map.Placement.Located;
import org.labourtracker.api.reading.Views;
import org.labourtracker.projections.overview.DisputeBrief;
import org.labourtracker.projections.overview.DisputeFilter;
import org.springframework.stereotype.Service;

/**
 * The maps of the overview and of each dispute, made from the timelines as the reader may see them, so
 * that they redact alike: a marker names a dispute and a place, never a person.
 */
@Service
public class Maps {

    private final Views views;
    private final CountryCentres countryCentres;

    Maps(Views views, CountryCentres countryCentres) {
        this.views = views;
        this.countryCentres = countryCentres;
    }

    /** Every dispute at the places of its records. */
    public MapMarkers overview(boolean confidentialVisible) {
        List<Located> every = everyRecord(confidentialVisible, null).toList();
        return new Placement(every, countryCentres).markers(every);
    }

    /** The disputes named (those the overview's filters keep) at the places of their records. */
    public MapMarkers disputes(Set<String> disputeIds, boolean confidentialVisible) {
        List<Located> every = everyRecord(confidentialVisible, null).toList();
        return new Placement(every, countryCentres)
                .markers(every.stream().filter(record -> disputeIds.contains(record.disputeId())).toList());
    }

    /** One dispute at the places of its records; an unknown dispute is a 404, as for its timeline. */
    public MapMarkers dispute(String disputeId, boolean confidentialVisible) {
        String title = views.summary(disputeId, confidentialVisible).title();
        List<Located> own = views.timeline(disputeId, confidentialVisible).entries().stream()
                .map(entry -> new Located(disputeId, title, entry)).toList();
        List<Located> every = Stream.concat(own.stream(), everyRecord(confidentialVisible, disputeId)).toList();
        return new Placement(every, countryCentres).markers(own);
    }

    private Stream<Located> everyRecord(boolean confidentialVisible, String except) {
        return views.everyDispute(DisputeFilter.NONE).stream()
                .filter(brief -> !brief.disputeId().equals(except))
                .flatMap(brief -> records(brief, confidentialVisible));
    }

    private Stream<Located> records(DisputeBrief brief, boolean confidentialVisible) {
        return views.timeline(brief.disputeId(), confidentialVisible).entries().stream()
                .map(entry -> new Located(brief.disputeId(), brief.title(), entry));
    }
}
