package org.labourtracker.projections;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.labourtracker.dispute.DetentionKind;
import org.labourtracker.dispute.DisputeCommand.OpenDispute;
import org.labourtracker.dispute.DisputeCommand.ReportDetentions;
import org.labourtracker.dispute.DisputeStatus;
import org.labourtracker.editorial.EditorialCommand.ChangeConfidentiality;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Evidence;
import org.labourtracker.evidence.Person;
import org.labourtracker.evidence.PersonRole;
import org.labourtracker.evidence.Place;
import org.labourtracker.evidence.Reliability;
import org.labourtracker.evidence.Source;
import org.labourtracker.evidence.SourceKind;
import org.labourtracker.evidence.When;
import org.labourtracker.legal.CaseCommand.OpenCase;
import org.labourtracker.legal.Defendant;
import org.labourtracker.projections.figures.ClaimView;
import org.labourtracker.projections.figures.FigureKind;
import org.labourtracker.projections.history.Redactor;
import org.labourtracker.projections.history.TimelinePosition;
import org.labourtracker.projections.people.DisputePeople;
import org.labourtracker.projections.people.PersonView;
import org.labourtracker.projections.timeline.TimelineEntry;
import org.labourtracker.projections.timeline.TimelinePage;
import org.labourtracker.projections.timetravel.DisputeAsKnownQuery;
import org.springframework.test.context.TestPropertySource;

/**
 * Confidential people and sources are hidden from readers who may not see them, in every view, and
 * a confidentiality change applies to every mention in its stream. The people and the witness here
 * are made up for the test. The past as known is kept from the first answer on.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:redaction;DB_CLOSE_DELAY=-1")
class RedactionTest extends ReadSideTest {

    static final String DISPUTE = "redaction-check";
    static final Source WITNESS = new Source("Witness at the gate", "Interview", null, null, LocalDate.of(2011, 12, 20),
            "ru", SourceKind.WITNESS, Reliability.CANNOT_BE_JUDGED, true);
    static final Source PAPER = new Source("Local paper", null, null, null, LocalDate.of(2011, 12, 20), "ru",
            SourceKind.MEDIA, Reliability.FAIRLY_RELIABLE, false);
    static final Person HIDDEN_STRIKER = new Person("striker-a", "Aigerim Testova", PersonRole.WORKER, true);
    static final Person NAMED_STRIKER = new Person("striker-b", "Bolat Testov", PersonRole.WORKER, false);

    @Test
    void anInstantNotYetPassedIsNeverKeptSoARecordRecordedBeforeItStillEntersTheAnswer() {
        String dispute = "not-yet-settled";
        Place town = new Place("Zhanaozen", "Mangystau Region", "KZ", null);
        send(List.of(new OpenDispute(dispute, "open", "A made-up dispute", "Oil and gas", DisputeStatus.ACTIVE,
                List.of(), List.of(), new Evidence(When.day(2011, 12, 1), town, List.of(PAPER), null))));
        // as a node whose clock runs an hour behind another's would be asked
        Instant anHourAhead = Instant.now().plusSeconds(3600);
        assertThat(asKnown(DisputeAsKnownQuery.knownAt(dispute, anHourAhead, false)).timeline().entries())
                .extracting(TimelineEntry::recordId).containsExactly("open");

        send(List.of(new ReportDetentions(dispute, "detained", "Night raid", DetentionKind.DETAINED,
                List.of(new Claim(PAPER, 12, 12, 12, "twelve taken away")), List.of(NAMED_STRIKER),
                new Evidence(When.day(2011, 12, 18), town, List.of(PAPER), null))));

        assertThat(asKnown(DisputeAsKnownQuery.knownAt(dispute, anHourAhead, false)).timeline().entries())
                .extracting(TimelineEntry::recordId).containsExactly("open", "detained");
    }

    @Test
    void confidentialNamesAndSourcesAreHiddenUntilConfidentialityChanges() {
        Place town = new Place("Zhanaozen", "Mangystau Region", "KZ", null);
        Evidence evidence = new Evidence(When.day(2011, 12, 18), town, List.of(PAPER, WITNESS), null);
        send(List.of(
                new OpenDispute(DISPUTE, "open", "A made-up dispute", "Oil and gas", DisputeStatus.ACTIVE, List.of(),
                        List.of(), new Evidence(When.day(2011, 12, 1), town, List.of(PAPER), null)),
                new ReportDetentions(DISPUTE, "detained", "Night raid", DetentionKind.DETAINED,
                        List.of(new Claim(WITNESS, 12, 12, 12, "twelve taken away")),
                        List.of(HIDDEN_STRIKER, NAMED_STRIKER), evidence),
                new OpenCase("redaction-case", "case-opened", DISPUTE, "Case against a striker", null, null,
                        List.of(new Defendant(NAMED_STRIKER, true)), List.of(), 0, evidence)));
        awaitReadModels();

        // readers who may not see confidential records
        TimelineEntry detained = timeline(DISPUTE, false).entry("detained").orElseThrow();
        assertThat(detained.people()).extracting(Person::id, Person::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("confidential-1", Redactor.HIDDEN),
                        org.assertj.core.groups.Tuple.tuple("striker-b", "Bolat Testov"));
        assertThat(detained.sources()).extracting(Source::publisher).containsExactly("Local paper", Redactor.HIDDEN);
        assertThat(detained.sources().get(1).kind()).isEqualTo(SourceKind.WITNESS);
        ClaimView claim = figures(DISPUTE, false).group(FigureKind.DETAINED, "Night raid").orElseThrow().claims().get(0);
        assertThat(claim.source().publisher()).isEqualTo(Redactor.HIDDEN);
        assertThat(figures(DISPUTE, false).group(FigureKind.DETAINED, "Night raid").orElseThrow().spread()
                .independent().low()).isEqualTo(12);
        DisputePeople people = people(DISPUTE, false);
        assertThat(people.person("confidential-1").orElseThrow().name()).isEqualTo(Redactor.HIDDEN);
        assertThat(people.person("confidential-1").orElseThrow().inCustody()).isTrue();
        assertThat(List.of(timeline(DISPUTE, false), figures(DISPUTE, false), people, summary(DISPUTE, false))
                .toString()).doesNotContain("Aigerim", "striker-a", "Witness at the gate");

        // readers who may
        assertThat(timeline(DISPUTE, true).entry("detained").orElseThrow().people()).extracting(Person::name)
                .containsExactly("Aigerim Testova", "Bolat Testov");
        assertThat(people(DISPUTE, true).person("striker-a").orElseThrow().confidential()).isTrue();
        assertThat(figures(DISPUTE, true).toString()).contains("Witness at the gate");

        Instant beforeTheChanges = Instant.now();
        // the past as known then is kept, with the striker still named
        assertThat(asKnown(DisputeAsKnownQuery.knownAt(DISPUTE, beforeTheChanges, false)).people()
                .person("striker-b").orElseThrow().name()).isEqualTo("Bolat Testov");
        send(List.of(
                new ChangeConfidentiality(DISPUTE, "striker-b-at-risk", "striker-b", true,
                        "Threatened after the first report"),
                new ChangeConfidentiality(DISPUTE, "striker-a-named", "striker-a", false,
                        "Agreed to be named once abroad")));
        awaitReadModels();

        DisputePeople after = people(DISPUTE, false);
        assertThat(after.person("striker-a").orElseThrow().name()).isEqualTo("Aigerim Testova");
        PersonView hidden = after.person("confidential-1").orElseThrow();
        assertThat(hidden.name()).isEqualTo(Redactor.HIDDEN);
        // the change in the dispute's stream hides the defendant of the legal case too
        assertThat(after.legalCase("redaction-case").orElseThrow().defendants()).extracting(d -> d.name())
                .containsExactly(Redactor.HIDDEN);
        assertThat(List.of(after, timeline(DISPUTE, false)).toString()).doesNotContain("Bolat", "striker-b");
        // and the past as known then is shown with today's decisions on who must stay hidden
        assertThat(asKnown(DisputeAsKnownQuery.knownAt(DISPUTE, beforeTheChanges, false)).toString())
                .doesNotContain("Bolat", "striker-b");
        // on every page of its timeline
        TimelinePosition from = null;
        List<String> shown = new ArrayList<>();
        do {
            TimelinePage page = asKnown(new DisputeAsKnownQuery(DISPUTE, beforeTheChanges, null, from, 1, false))
                    .timeline();
            assertThat(page.toString()).doesNotContain("Bolat", "striker-b");
            page.entries().forEach(entry -> shown.add(entry.recordId()));
            from = page.next() == null ? null : TimelinePosition.ofCursor(page.next());
        } while (from != null);
        assertThat(shown).containsExactly("open", "detained", "case-opened");
        assertThat(people(DISPUTE, true).person("striker-b").orElseThrow().name()).isEqualTo("Bolat Testov");
    }
}
