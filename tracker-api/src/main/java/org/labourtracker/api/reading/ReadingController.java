package org.labourtracker.api.reading;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.labourtracker.api.problem.InvalidRequest;
import org.labourtracker.api.problem.Problems;
import org.labourtracker.api.security.Clearance;
import org.labourtracker.dispute.VictimCategory;
import org.labourtracker.projections.figures.ClaimView;
import org.labourtracker.projections.figures.DisputeFigures;
import org.labourtracker.projections.figures.FigureGroup;
import org.labourtracker.projections.figures.FigureKind;
import org.labourtracker.projections.overview.DisputeBrief;
import org.labourtracker.projections.overview.Overview;
import org.labourtracker.projections.organisations.OrganisationRecord;
import org.labourtracker.projections.people.CaseRecord;
import org.labourtracker.projections.people.CaseView;
import org.labourtracker.projections.people.DisputePeople;
import org.labourtracker.projections.people.PersonRecord;
import org.labourtracker.projections.people.PersonView;
import org.labourtracker.projections.summary.DisputeSummary;
import org.labourtracker.projections.timeline.TimelinePage;

import org.springdoc.core.annotations.ParameterObject;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * What dashboards read: the list of disputes with filters and a cursor, a dispute's summary,
 * timeline, figures and people, the overview, and live updates. Confidential names and sources
 * are redacted for everyone below AUDITOR.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class ReadingController {

    /** Fewer disputes than in the list of disputes, as each comes with many records: an organisation's, a person's. */
    private static final int MAX_DISPUTES_PAGE = 50;

    private final Views views;
    private final LiveFeed live;
    private final Search search;

    ReadingController(Views views, LiveFeed live, Search search) {
        this.views = views;
        this.live = live;
        this.search = search;
    }

    /**
     * A page of disputes ordered by id, and the cursor of the next page.
     *
     * @param disputes the page's disputes in brief
     * @param next     the cursor of the next page (pass it as after), null on the last page
     */
    record DisputePage(List<DisputeBrief> disputes, String next) {
    }

    /**
     * Disputes ordered by id, {@code limit} at a time. {@code q} keeps disputes with a record that holds
     * every word of it as the reader may see it; {@code from}/{@code to} those that may have begun in that
     * period; {@code kind} those with a standing record of that kind.
     */
    @GetMapping("/disputes")
    DisputePage disputes(@ParameterObject FilterParameters filter,
                         @Parameter(description = "the cursor given as next; none to start from the first dispute")
                         @RequestParam(required = false) String after,
                         @Parameter(description = "how many disputes at most, 1 to 200")
                         @RequestParam(defaultValue = "50") int limit,
                         Authentication reader) {
        Search.DisputesKept page = search.page(filter.filters(), reader, after, limit);
        return new DisputePage(page.disputes(), page.next());
    }

    /**
     * Records whose words (notes, headline, place, own fields, sources, figures' wording, people named)
     * hold every word of {@code q}, as the reader may see them, in timeline order over every dispute,
     * {@code limit} at a time; the dispute filters keep the records of the disputes they keep,
     * {@code kind} records of that kind, {@code from}/{@code to} records that may have happened then.
     */
    @GetMapping("/search")
    @Parameter(in = ParameterIn.QUERY, name = "q", required = true, description = "the words searched for, each as "
            + "the beginning of a word, case and accents aside; confidential names find records only for AUDITOR "
            + "and ADMIN")
    Search.SearchPage search(@ParameterObject FilterParameters filter,
                             @Parameter(description = "the cursor given as next; none to start from the first hit")
                             @RequestParam(required = false) String after,
                             @Parameter(description = "how many hits at most, 1 to 500")
                             @RequestParam(defaultValue = "50") int limit,
                             Authentication reader) {
        if (filter.q() == null || filter.q().isBlank()) {
            throw new InvalidRequest("q", "is required");
        }
        return search.search(filter.filters(), after, limit, reader);
    }

    /** The dispute's current picture: status, parties, workers out, demands, latest development. */
    @GetMapping("/disputes/{disputeId}")
    DisputeSummary summary(@PathVariable String disputeId, Authentication reader) {
        return views.summary(disputeId, Clearance.mayReadConfidential(reader));
    }

    /**
     * The dispute's timeline, {@code limit} records at a time in the timeline's order (when it
     * happened, then when it was recorded); {@code next} is the cursor of the following page.
     */
    @GetMapping("/disputes/{disputeId}/timeline")
    TimelinePage timeline(@PathVariable String disputeId,
                          @Parameter(description = "the cursor given as next; none to start from the first record")
                          @RequestParam(required = false) String after,
                          @Parameter(description = "how many records at most, 1 to 1000")
                          @RequestParam(defaultValue = "100") int limit,
                          Authentication reader) {
        return views.timelinePage(disputeId, Paging.afterInTimeline(after), Paging.limit(limit),
                Clearance.mayReadConfidential(reader));
    }

    /**
     * The dispute's figures by kind and incident: every source's claim beside the others, with the
     * ranges of the standing ones kept apart by side (official and independent), never averaged. The
     * groups come {@code limit} at a time, in the order their incidents happened; each gives its first
     * {@code claimsPerGroup} claims and says how many it has; the ranges are those of all of them, and
     * {@code /figures/claims} pages through every claim.
     */
    @GetMapping("/disputes/{disputeId}/figures")
    DisputeFigures figures(@PathVariable String disputeId,
                           @Parameter(description = "the cursor given as next; none to start from the first group")
                           @RequestParam(required = false) String after,
                           @Parameter(description = "how many groups at most, 1 to 1000")
                           @RequestParam(defaultValue = "100") int limit,
                           @Parameter(description = "how many claims of each group at most, 0 to 1000")
                           @RequestParam(defaultValue = "100") int claimsPerGroup,
                           Authentication reader) {
        return Paging.figures(views.figures(disputeId, Clearance.mayReadConfidential(reader)), "after", after, limit,
                claimsPerGroup);
    }

    /**
     * A claim of the dispute's figures with the group it is in.
     *
     * @param kind     what the group's figures count: KILLED, INJURED, ARRESTED, WORKERS_OUT, PARTICIPANTS ...
     * @param incident the group's incident: the one its records name, or the record's headline
     * @param victims  who the group's people counted were, null when the records do not say
     * @param claim    the claim with its source and status
     */
    record GroupClaim(FigureKind kind, String incident, VictimCategory victims, ClaimView claim) {
    }

    /**
     * A page of the claims of a dispute's figures, and the cursor of the next page.
     *
     * @param disputeId the dispute's id
     * @param claims    the page's claims, in the figures' order: group by group, claim by claim
     * @param next      the cursor of the next page (pass it as after), null on the last page
     */
    record ClaimPage(String disputeId, List<GroupClaim> claims, String next) {
    }

    /**
     * Every claim of the dispute's figures, each with its group, {@code limit} at a time in the order
     * of the figures: for a dispute whose groups hold more claims than a reader wants at once.
     */
    @GetMapping("/disputes/{disputeId}/figures/claims")
    ClaimPage claims(@PathVariable String disputeId,
                     @Parameter(description = "the cursor given as next; none to start from the first claim")
                     @RequestParam(required = false) String after,
                     @Parameter(description = "how many claims at most, 1 to 1000")
                     @RequestParam(defaultValue = "100") int limit,
                     Authentication reader) {
        Paging.limit(limit);
        List<GroupClaim> claims = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (FigureGroup group : views.figures(disputeId, Clearance.mayReadConfidential(reader)).groups()) {
            Map<String, Integer> ofRecord = new HashMap<>();
            for (ClaimView claim : group.claims()) {
                String record = claim.streamId() + "/" + claim.recordId();
                claims.add(new GroupClaim(group.kind(), group.incident(), group.victims(), claim));
                // a record may give one group several claims: they are told apart by their place
                keys.add(group.kind() + "|" + group.incident() + "|" + group.victims() + "|" + record + "|"
                        + ofRecord.merge(record, 1, Integer::sum));
            }
        }
        Paging.Page<GroupClaim> page = Paging.page(claims, keys, after, limit);
        return new ClaimPage(disputeId, page.items(), page.next());
    }

    /**
     * A page of the people named in a dispute and its legal track, with its court cases.
     *
     * @param disputeId the dispute's id
     * @param people    the page's people, as the reader may see them, in the order of the whole list
     * @param cases     the dispute's court cases, on every page
     * @param next      the cursor of the next page of people (pass it as after), null on the last page
     */
    record PeoplePage(String disputeId, List<PersonView> people, List<CaseView> cases, String next) {
    }

    /**
     * The people named in the dispute and its legal track (held now, standing, harm, facts),
     * {@code limit} at a time, and its cases.
     */
    @GetMapping("/disputes/{disputeId}/people")
    PeoplePage people(@PathVariable String disputeId,
                      @Parameter(description = "the cursor given as next; none to start from the first person")
                      @RequestParam(required = false) String after,
                      @Parameter(description = "how many people at most, 1 to 1000")
                      @RequestParam(defaultValue = "100") int limit,
                      Authentication reader) {
        Paging.limit(limit);
        DisputePeople people = views.people(disputeId, Clearance.mayReadConfidential(reader));
        Paging.Page<PersonView> page = Paging.page(people.people(),
                people.people().stream().map(PersonView::personId).toList(), after, limit);
        return new PeoplePage(disputeId, page.items(), people.cases(), page.next());
    }

    /**
     * A person across the disputes and cases naming them, by the id the recorder gave them, {@code limit}
     * disputes at a time in the order of their ids. Below AUDITOR a confidential person answers exactly
     * as an unknown id does, on every page.
     */
    @GetMapping("/people/{personId}")
    PersonRecord person(@PathVariable String personId,
                        @Parameter(description = "the cursor given as next; none to start from the first dispute")
                        @RequestParam(required = false) String after,
                        @Parameter(description = "how many disputes at most, 1 to " + MAX_DISPUTES_PAGE)
                        @RequestParam(defaultValue = "20") int limit,
                        Authentication reader) {
        return views.person(personId, Paging.afterDispute(after), disputesPerPage(limit),
                Clearance.mayReadConfidential(reader));
    }

    /** As every other not-found problem, but with no address: the address holds the id (see {@link PersonNotFound}). */
    @ExceptionHandler(PersonNotFound.class)
    ProblemDetail personNotFound(PersonNotFound missing) {
        ProblemDetail problem = Problems.fieldProblem(HttpStatus.NOT_FOUND, "not-found", "Not found", missing.field(),
                missing.reason());
        problem.setInstance(URI.create("/api/people/"));
        return problem;
    }

    /** A legal case: defendants, charges, stage and verdict, its proceedings and its dispute. */
    @GetMapping("/cases/{caseId}")
    CaseRecord legalCase(@PathVariable String caseId, Authentication reader) {
        return views.legalCase(caseId, Clearance.mayReadConfidential(reader));
    }

    /**
     * An employer or a union, by its exact recorded name: the disputes it is party to, {@code limit} at a
     * time in the order of their ids, and in each the first records naming it.
     */
    @GetMapping("/organisations/{name}")
    OrganisationRecord organisation(@Parameter(description = "the employer's or union's name, exactly as recorded")
                                    @PathVariable String name,
                                    @Parameter(description = "the cursor given as next; none to start from the first dispute")
                                    @RequestParam(required = false) String after,
                                    @Parameter(description = "how many disputes at most, 1 to " + MAX_DISPUTES_PAGE)
                                    @RequestParam(defaultValue = "20") int limit,
                                    Authentication reader) {
        return views.organisation(name, Paging.afterDispute(after), disputesPerPage(limit),
                Clearance.mayReadConfidential(reader));
    }

    private static int disputesPerPage(int limit) {
        if (limit < 1 || limit > MAX_DISPUTES_PAGE) {
            throw new InvalidRequest("limit", "must be between 1 and " + MAX_DISPUTES_PAGE);
        }
        return limit;
    }

    /**
     * Every dispute at a glance: counts by country, region, industry, employer and status, records per month,
     * and figure totals by kind, official and independent apart.
     */
    @GetMapping("/overview")
    Overview overview() {
        return views.overview();
    }

    /**
     * The dispute's changes as Server-Sent Events: a {@code timeline} event with each new or changed
     * record, a {@code summary} event with the dispute's new summary; redacted for the reader as the views are.
     */
    @GetMapping(path = "/disputes/{disputeId}/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter live(@PathVariable String disputeId, Authentication reader) {
        boolean visible = Clearance.mayReadConfidential(reader);
        views.summary(disputeId, visible);
        return live.dispute(disputeId, visible);
    }
}
