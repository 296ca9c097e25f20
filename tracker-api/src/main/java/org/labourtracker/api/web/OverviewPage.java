package org.labourtracker.api.web;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.labourtracker.api.map.Maps;
import org.labourtracker.api.map.TileServer;
import org.labourtracker.api.reading.Search;
import org.labourtracker.api.reading.Views;
import org.labourtracker.api.security.Clearance;
import org.labourtracker.dispute.DisputeStatus;
import org.labourtracker.projections.overview.DisputeBrief;
import org.labourtracker.projections.overview.Overview;
import org.labourtracker.projections.overview.PeriodCount;
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
        List<DisputeBrief> briefs = overview.briefs().stream()
                .sorted(Comparator.comparing(DisputeBrief::active).reversed()
                        .thenComparing(brief -> brief.started() == null ? null : brief.started().on(),
                                Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        model.addAttribute("overview", overview);
        model.addAttribute("briefs", briefs);
        model.addAttribute("form", form);
        model.addAttribute("mayExport", exports.offered(reader));
        model.addAttribute("statuses", List.of(DisputeStatus.values()));
        List<DisputeBrief> shown = form.filters() == null ? briefs
                : briefs.stream().filter(search.keeps(form.filters(), reader)).toList();
        model.addAttribute("shown", shown);
        model.addAttribute("tiles", tiles);
        model.addAttribute("places", maps.disputes(shown.stream().map(DisputeBrief::disputeId)
                .collect(Collectors.toSet()), visible));
        model.addAttribute("regions", BarList.of(overview.byRegion().stream()
                .map(facet -> new BarList.Count(facet.key(), facet.total(), facet.active())).toList()));
        model.addAttribute("months", BarList.of(overview.eventsPerMonth().stream()
                .sorted(Comparator.comparing(PeriodCount::period))
                .map(period -> new BarList.Count(period(period.period()), period.records(), 0)).toList()));
        model.addAttribute("titles", briefs.stream().collect(Collectors.toMap(DisputeBrief::disputeId, DisputeBrief::title)));
        model.addAttribute("recent", recent(briefs, visible));
        return "overview";
    }

    /** The records entered last, over every dispute, as the reader may see them. */
    private List<Recent> recent(List<DisputeBrief> briefs, boolean visible) {
        Map<String, String> titles = briefs.stream()
                .collect(Collectors.toMap(DisputeBrief::disputeId, DisputeBrief::title));
        return briefs.stream()
                .flatMap(brief -> views.timeline(brief.disputeId(), visible).entries().stream()
                        .map(entry -> new Recent(brief.disputeId(), titles.get(brief.disputeId()), entry)))
                .sorted(Comparator.comparing((Recent r) -> r.entry().recordedAt()).reversed())
                .limit(RECENT)
                .toList();
    }

    /** {@code 2011-05} as "May 2011"; a year alone stands for records known only to the year. */
    private static String period(String period) {
        return period.length() == 4 ? period + " (month unknown)" : MONTH.format(YearMonth.parse(period));
    }
}
