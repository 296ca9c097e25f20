package org.labourtracker.api.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.labourtracker.api.problem.InvalidRequest;
import org.labourtracker.api.reading.Filters;
import org.labourtracker.api.reading.Search;
import org.labourtracker.dispute.DisputeStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Records found by their words, with the overview's filters and a kind, each linked to its place in
 * its dispute's timeline, a page of hits at a time, with the exports of the disputes found.
 */
@Controller
class SearchPage {

    private static final int PAGE = 50;

    private final Search search;
    private final ExportLinks exports;

    SearchPage(Search search, ExportLinks exports) {
        this.search = search;
        this.exports = exports;
    }

    /** A dispute among the hits, for its export links. */
    record Found(String disputeId, String title, long hits) {
    }

    @GetMapping("/search")
    String search(@RequestParam Map<String, String> parameters, Authentication reader, Model model) {
        FilterForm form = FilterForm.of(parameters);
        model.addAttribute("form", form);
        model.addAttribute("statuses", List.of(DisputeStatus.values()));
        model.addAttribute("kinds", Filters.kinds());
        model.addAttribute("mayExport", exports.offered(reader));
        Search.SearchPage page = null;
        if (form.filters() != null && !form.filters().terms().isEmpty()) {
            try {
                page = search.search(form.filters(), parameters.get("after"), PAGE, reader);
            } catch (InvalidRequest badCursor) {
                page = search.search(form.filters(), null, PAGE, reader);
            }
        }
        model.addAttribute("page", page);
        model.addAttribute("found", page == null ? List.of() : found(page));
        model.addAttribute("nextPage", page == null || page.next() == null ? null : next(form, page.next()));
        return "search";
    }

    /** The address of the following page: the same words and filters, after the last hit shown. */
    private static String next(FilterForm form, String cursor) {
        UriComponentsBuilder next = UriComponentsBuilder.fromPath("/search");
        FilterForm.FIELDS.stream().filter(field -> !form.value(field).isBlank())
                .forEach(field -> next.queryParam(field, form.value(field)));
        return next.queryParam("after", cursor).encode().build().toUriString();
    }

    private static List<Found> found(Search.SearchPage page) {
        Map<String, Found> byDispute = new LinkedHashMap<>();
        page.hits().forEach(hit -> byDispute.merge(hit.disputeId(), new Found(hit.disputeId(), hit.disputeTitle(), 1),
                (a, b) -> new Found(a.disputeId(), a.title(), a.hits() + 1)));
        return new ArrayList<>(byDispute.values());
    }
}
