package org.labourtracker.api.web;

import java.util.LinkedHashSet;
import java.util.List;

import org.labourtracker.api.map.Maps;
import org.labourtracker.api.map.TileServer;
import org.labourtracker.api.problem.InvalidRequest;
import org.labourtracker.api.reading.LiveFeed;
import org.labourtracker.api.reading.Views;
import org.labourtracker.api.security.Clearance;
import org.labourtracker.evidence.StreamNotFound;
import org.labourtracker.projections.history.TimelinePosition;
import org.labourtracker.projections.timeline.TimelineEntry;
import org.labourtracker.projections.timeline.TimelinePage;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A dispute: its summary, figures, timeline (a page at a time), demands, responses, people and court
 * cases, as the reader may see them, in sections reached from a row of links at the top. The page
 * keeps itself current through {@code live}: for each record that arrives it fetches that record's
 * fragment, rendered (and escaped) here like the rest.
 */
@Controller
@RequestMapping("/disputes/{disputeId}")
class DisputePage {

    static final String EMPLOYER_RESPONSE = "EmployerResponseRecorded";
    static final String STATE_ACTION = "StateActionRecorded";
    static final String INTERVENTION = "InterventionRecorded";
    /** Enough for a month of a busy dispute; the page stays short enough to scroll. */
    static final int TIMELINE_PAGE = 50;

    private final Views views;
    private final LiveFeed live;
    private final Formats fmt;
    private final Maps maps;
    private final TileServer tiles;
    private final ExportLinks exports;

    DisputePage(Views views, LiveFeed live, Formats fmt, Maps maps, TileServer tiles, ExportLinks exports) {
        this.views = views;
        this.live = live;
        this.fmt = fmt;
        this.maps = maps;
        this.tiles = tiles;
        this.exports = exports;
    }

    /** The page, its timeline {@value #TIMELINE_PAGE} records at a time from the cursor {@code after}. */
    @GetMapping
    String dispute(@PathVariable String disputeId, @RequestParam(required = false) String after, Authentication reader,
                   Model model) {
        boolean visible = Clearance.mayReadConfidential(reader);
        List<TimelineEntry> entries = views.timeline(disputeId, visible).entries();
        model.addAttribute("summary", views.summary(disputeId, visible));
        timelinePage(disputeId, after, visible, model);
        model.addAttribute("types", entries.stream().map(TimelineEntry::type)
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
        model.addAttribute("employerResponses", ofType(entries, EMPLOYER_RESPONSE));
        model.addAttribute("stateActions", ofType(entries, STATE_ACTION));
        model.addAttribute("interventions", ofType(entries, INTERVENTION));
        model.addAttribute("people", views.people(disputeId, visible));
        model.addAttribute("tiles", tiles);
        model.addAttribute("places", maps.dispute(disputeId, visible));
        model.addAttribute("mayExport", exports.offered(reader));
        figures(disputeId, visible, model);
        return "dispute";
    }

    /** The figures section alone, fetched again by the page when a record with figures arrives. */
    @GetMapping("/figures")
    String figures(@PathVariable String disputeId, Authentication reader, Model model) {
        figures(disputeId, Clearance.mayReadConfidential(reader), model);
        return "dispute :: figures";
    }

    /** The timeline's page alone, fetched again by the page once its live feed is subscribed. */
    @GetMapping("/timeline")
    String timeline(@PathVariable String disputeId, @RequestParam(required = false) String after,
                    Authentication reader, Model model) {
        timelinePage(disputeId, after, Clearance.mayReadConfidential(reader), model);
        return "dispute :: timeline";
    }

    /** One timeline entry, for the page to insert or replace when the live feed names it. */
    @GetMapping("/entries/{streamId}/{recordId}")
    String entry(@PathVariable String disputeId, @PathVariable String streamId, @PathVariable String recordId,
                 Authentication reader, Model model) {
        TimelineEntry entry = views.timeline(disputeId, Clearance.mayReadConfidential(reader)).entries().stream()
                .filter(e -> e.streamId().equals(streamId) && e.recordId().equals(recordId))
                .findFirst()
                .orElseThrow(() -> new StreamNotFound("recordId", "no record " + recordId + " in " + streamId));
        model.addAttribute("e", entry);
        return "fragments/timeline :: entry(e=${e})";
    }

    /** The live feed of the API, for a page signed in with its session rather than API credentials. */
    @GetMapping(path = "/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter live(@PathVariable String disputeId, Authentication reader) {
        boolean visible = Clearance.mayReadConfidential(reader);
        views.summary(disputeId, visible);
        return live.dispute(disputeId, visible);
    }

    private void timelinePage(String disputeId, String after, boolean visible, Model model) {
        String cursor = after == null || after.isBlank() ? null : after;
        TimelinePosition from;
        try {
            from = cursor == null ? null : TimelinePosition.ofCursor(cursor);
        } catch (IllegalArgumentException notACursor) {
            throw new InvalidRequest("after", "is not a cursor given by this timeline");
        }
        TimelinePage page = views.timelinePage(disputeId, from, TIMELINE_PAGE, visible);
        model.addAttribute("after", cursor);
        model.addAttribute("page", page);
        model.addAttribute("entries", page.entries());
    }

    private void figures(String disputeId, boolean visible, Model model) {
        model.addAttribute("charts", FigureChart.all(views.figures(disputeId, visible), fmt));
    }

    private static List<TimelineEntry> ofType(List<TimelineEntry> entries, String type) {
        return entries.stream().filter(entry -> entry.type().equals(type)).toList();
    }
}
