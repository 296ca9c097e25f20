package org.labourtracker.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.labourtracker.dispute.DisputeCommand;
import org.labourtracker.editorial.EditorialCommand;
import org.labourtracker.evidence.Violation;
import org.labourtracker.legal.CaseCommand;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The record form without a server: the fields it lays out from a command, the JSON it sends, and
 * where it shows the rules the API names. The figures are those of the Zhanaozen shooting of
 * 16 December 2011 as two of the seed articles give them: "Government officials reported the deaths
 * of 13 workers, but other sources claim over 70 people were killed" (David Firestone, "Police
 * massacre striking oil workers in Kazakhstan", World Socialist Web Site, 19 December 2011), and
 * "Officials claim that ten people were killed ... as many as seventy" (Working Class Self
 * Organization blog, "Striking workers slaughtered in Kazakhstan", 17 December 2011).
 */
class RecordFormTest {

    private static final Formats FORMATS = new Formats();

    @Test
    void aCasualtyWithTwoClaimsSendsEachClaimWithACopyOfItsOwnSource() throws Exception {
        RecordForm form = casualties(zhanaozenShooting());

        JsonNode record = form.record();

        assertThat(form.refused()).isFalse();
        assertThat(record).isEqualTo(new ObjectMapper().readTree("""
                {"recordId": "shooting", "incident": "Zhanaozen shooting, 16 December 2011", "kind": "KILLED",
                 "victims": "STRIKERS", "perpetrator": "STATE_FORCES",
                 "claims": [
                   {"source": %s, "best": 13, "wording": "the deaths of 13 workers"},
                   {"source": %s, "low": 10, "high": 70, "wording": "as many as seventy have been killed"}],
                 "evidence": {"when": {"on": "2011-12-16", "precision": "DAY"},
                   "where": {"name": "Zhanaozen", "region": "Mangystau Region", "country": "KZ"},
                   "sources": [%s, %s]}}
                """.formatted(WSWS, BLOG, WSWS, BLOG)));
    }

    @Test
    void aRuleBrokenInTheSecondClaimSentIsShownAtTheRowItWasTypedIn() {
        Map<String, String> typed = zhanaozenShooting();
        typed.keySet().removeIf(name -> name.startsWith("claims[0]"));
        typed.put("claims[2].source", "0");
        typed.put("claims[2].low", "80");
        typed.put("claims[2].best", "70");
        RecordForm form = casualties(typed);

        assertThat(form.record().path("claims").size()).isEqualTo(2);
        form.reject("claims[1].low", "must not exceed best");
        form.reject("claims[0].source", "is required");
        // the claim's copy of a source row breaks what the row breaks: said once, at the row
        form.reject("claims[0].source.publisher", "is required");

        assertThat(form.error("claims[2].low")).isEqualTo("must not exceed best");
        assertThat(form.error("claims[1].source")).isEqualTo("is required");
        assertThat(form.summary()).extracting(RecordForm.SummaryLine::text).containsExactly(
                "Claim 3 › Low: must not exceed best", "Claim 2 › According to: is required");
        assertThat(form.summary()).extracting(RecordForm.SummaryLine::id)
                .containsExactly("f-claims-2-low", "f-claims-1-source");
    }

    @Test
    void threeMistakesAreShownAtOnceAndTheFormIsNotSent() {
        Map<String, String> typed = zhanaozenShooting();
        typed.put("claims[0].best", "thirteen");
        typed.put("claims[1].low", "1O");
        typed.remove("evidence.sources[1].publisher");
        RecordForm form = casualties(typed);

        form.record();

        assertThat(form.unreadable()).isTrue();
        assertThat(form.summary()).extracting(RecordForm.SummaryLine::text).containsExactlyInAnyOrder(
                "Claim 1 › Best: must be a whole number, such as 70",
                "Claim 2 › Low: must be a whole number, such as 70",
                "Source 2 › Publisher: is required");
    }

    @Test
    void aRuleWithoutAFieldOfTheFormIsListedWithItsPath() {
        RecordForm form = casualties(zhanaozenShooting());
        form.record();

        form.reject("recordId", "is already the id of another record");

        assertThat(form.summary()).containsExactly(
                new RecordForm.SummaryLine("recordId is already the id of another record", null));
    }

    @Test
    void everyKindOfRecordHasAFormWithItsOwnFields() {
        assertThat(fields(CaseCommand.DeliverVerdict.class, "caseId")).contains("judgements[0].defendantId",
                "judgements[0].finding", "judgements[0].sentence.kind", "judgements[0].sentence.months",
                "judgements[0].sentence.fine.amount", "judgements[0].sentence.fine.currency", "summary",
                "evidence.sources[1].publisher");
        assertThat(fields(EditorialCommand.CorrectRecord.class, "streamId")).contains("correctedRecordId", "reason",
                "correction.when.on", "correction.sources[0].publisher", "correction.claims[1].source")
                .doesNotContain("streamId", "recordId");
        assertThat(fields(DisputeCommand.OpenDispute.class, null)).contains("disputeId", "title",
                "employers[0].name", "employers[0].owners[0]", "unions[0].name");
    }

    @Test
    void oneMoreRowIsShownWhenItsButtonIsPressed() {
        Map<String, String> typed = zhanaozenShooting();
        typed.put(RecordForm.ADD, "claims");
        RecordForm form = casualties(typed);

        form.addRow(form.rowAsked());

        assertThat(form.fieldNames()).contains("claims[2].best").doesNotContain("claims[3].best");
        assertThat(form.rowAsked()).isNull();
    }

    @Test
    void aProblemDocumentWithAListOfErrorsGivesEachAndOneWithoutGivesItsField() {
        ProblemDetail several = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_ENTITY);
        several.setProperty("errors", List.of(new Violation("claims[0].low", "must not exceed best"),
                new Violation("evidence.sources", "must have 1 to 500 entries")));
        ProblemDetail one = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, "incident is required");
        one.setProperty("field", "incident");
        one.setProperty("reason", "is required");

        assertThat(RecordPage.refusals(several)).containsExactly(
                new RecordForm.Refusal("claims[0].low", "must not exceed best"),
                new RecordForm.Refusal("evidence.sources", "must have 1 to 500 entries"));
        assertThat(RecordPage.refusals(one)).containsExactly(new RecordForm.Refusal("incident", "is required"));
    }

    private static Set<String> fields(Class<?> command, String streamId) {
        Set<String> filledIn = streamId == null ? Set.of("recordId") : Set.of("recordId", streamId);
        return new RecordForm(FormShape.of(command, filledIn), Map.of(), FORMATS::words).fieldNames();
    }

    private static RecordForm casualties(Map<String, String> typed) {
        return new RecordForm(FormShape.of(DisputeCommand.ReportCasualties.class, Set.of("recordId", "disputeId")),
                typed, FORMATS::words);
    }

    private static final String WSWS = """
            {"publisher": "World Socialist Web Site", "title": "Police massacre striking oil workers in Kazakhstan",
             "author": "David Firestone", "publishedOn": "2011-12-19", "language": "en", "kind": "MEDIA",
             "reliability": "FAIRLY_RELIABLE"}""";
    private static final String BLOG = """
            {"publisher": "Working Class Self Organization", "title": "Striking workers slaughtered in Kazakhstan",
             "publishedOn": "2011-12-17", "language": "en", "kind": "NGO", "reliability": "CANNOT_BE_JUDGED"}""";

    private static Map<String, String> zhanaozenShooting() {
        Map<String, String> typed = new HashMap<>();
        typed.put("recordId", "shooting");
        typed.put("incident", "Zhanaozen shooting, 16 December 2011");
        typed.put("kind", "KILLED");
        typed.put("victims", "STRIKERS");
        typed.put("perpetrator", "STATE_FORCES");
        typed.put("evidence.when.on", "2011-12-16");
        typed.put("evidence.when.precision", "DAY");
        typed.put("evidence.where.name", "Zhanaozen");
        typed.put("evidence.where.region", "Mangystau Region");
        typed.put("evidence.where.country", "KZ");
        typed.put("evidence.sources[0].publisher", "World Socialist Web Site");
        typed.put("evidence.sources[0].title", "Police massacre striking oil workers in Kazakhstan");
        typed.put("evidence.sources[0].author", "David Firestone");
        typed.put("evidence.sources[0].publishedOn", "2011-12-19");
        typed.put("evidence.sources[0].language", "en");
        typed.put("evidence.sources[0].kind", "MEDIA");
        typed.put("evidence.sources[0].reliability", "FAIRLY_RELIABLE");
        typed.put("evidence.sources[1].publisher", "Working Class Self Organization");
        typed.put("evidence.sources[1].title", "Striking workers slaughtered in Kazakhstan");
        typed.put("evidence.sources[1].publishedOn", "2011-12-17");
        typed.put("evidence.sources[1].language", "en");
        typed.put("evidence.sources[1].kind", "NGO");
        typed.put("evidence.sources[1].reliability", "CANNOT_BE_JUDGED");
        typed.put("claims[0].source", "0");
        typed.put("claims[0].best", "13");
        typed.put("claims[0].wording", "the deaths of 13 workers");
        typed.put("claims[1].source", "1");
        typed.put("claims[1].low", "10");
        typed.put("claims[1].high", "70");
        typed.put("claims[1].wording", "as many as seventy have been killed");
        return typed;
    }
}
