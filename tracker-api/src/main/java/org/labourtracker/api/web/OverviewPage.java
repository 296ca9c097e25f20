package org.labourtracker.api.web;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.labourtracker.api.map.Maps;
import org.labourtracker.api.map.TileServer;
import org.labourtracker.api.reading.Filters;
import org.labourtracker.api.reading.Search;
import org.labourtracker.api.reading.Views;
import org.labourtracker.api.security.Clearance;
import org.labourtracker.dispute.DisputeStatus;
import org.labourtracker.projections.overview.DisputeBrief;
import org.labourtracker.projections.overview.Overview;
import org.labourtracker.projections.overview.PeriodCount;
import org.labourtracker.projections.timeline.RecentRecords;
import org.labourtracker.projections.timeline.TimelineEntry;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The front page: disputes by region, records per month, figures with their spread, the latest records. */
@Controller
class OverviewPage {

    private static final int RECENT = 12;
    /** Disputes listed at most: the active first, the latest begun first. */
    static final int SHOWN = 100;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private final Views views;
    private final Search search;
    private final ExportLinks exports;
    private final Maps maps;
    private final TileServer tiles;

    OverviewPage(Views views, Search search, ExportLinks exports, Maps maps, TileServer tiles) {
        this.views = views;
        this.search = search;
        this.exports = exports;
        this.maps = maps;
        this.tiles = tiles;
    }

    /** A record in the list of the latest, with the dispute it belongs to. */
    record Recent(String disputeId, String disputeTitle, TimelineEntry entry) {
    }

    @GetMapping("/")
    String overview(@RequestParam Map<String, String> parameters, Authentication reader, Model model) {
        boolean visible = Clearance.mayReadConfidential(reader);
        Overview overview = views.overview();
        FilterForm form = FilterForm.of(parameters);
        Filters filters = form.filters() == null ? Filters.NONE : form.filters();
        List<DisputeBrief> found = search.disputes(filters, reader, true, null, SHOWN + 1);
        List<DisputeBrief> shown = found.size() > SHOWN ? found.subList(0, SHOWN) : found;
        model.addAttribute("overview", overview);
        model.addAttribute("form", form);
        model.addAttribute("mayExport", exports.offered(reader));
        model.addAttribute("statuses", List.of(DisputeStatus.values()));
        model.addAttribute("shown", shown);
        model.addAttribute("more", found.size() > SHOWN);
        model.addAttribute("tiles", tiles);
        model.addAttribute("places", maps.disputes(shown));
        model.addAttribute("regions", BarList.of(overview.byRegion().stream()
                .map(facet -> new BarList.Count(facet.key(), facet.total(), facet.active())).toList()));
        model.addAttribute("months", BarList.of(overview.eventsPerMonth().stream()
                .sorted(Comparator.comparing(PeriodCount::period))
                .map(period -> new BarList.Count(period(period.period()), period.records(), 0)).toList()));
        List<RecentRecords.Recent> recent = views.recent(RECENT, visible);
        Set<String> named = new HashSet<>();
        overview.totals().forEach(total -> total.parts().forEach(part -> named.add(part.disputeId())));
        recent.forEach(r -> named.add(r.disputeId()));
        Map<String, String> titles = views.titles(named);
        model.addAttribute("titles", titles);
        model.addAttribute("recent", recent.stream()
                .map(r -> new Recent(r.disputeId(), titles.getOrDefault(r.disputeId(), r.disputeId()), r.entry())).toList());
        return "overview";
    }

    /** {@code 2011-05} as "May 2011"; a year alone stands for records known only to the year. */
    private static String period(String period) {
        return period.length() == 4 ? period + " (month unknown)" : MONTH.format(YearMonth.parse(period));
    }
}
