package org.labourtracker.api.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.labourtracker.ZhanaozenCase.AKTAU;
import static org.labourtracker.ZhanaozenCase.ZHANAOZEN;
import static org.labourtracker.ZhanaozenCase.evidence;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.labourtracker.ZhanaozenCase;
import org.labourtracker.api.Http;
import org.labourtracker.api.TestUsers;
import org.labourtracker.api.security.Role;
import org.labourtracker.api.security.UserAccounts;
import org.labourtracker.dispute.DetentionKind;
import org.labourtracker.dispute.DisputeCommand.ReportDetentions;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Evidence;
import org.labourtracker.evidence.Money;
import org.labourtracker.evidence.Person;
import org.labourtracker.evidence.PersonRole;
import org.labourtracker.evidence.Reliability;
import org.labourtracker.evidence.Source;
import org.labourtracker.evidence.SourceKind;
import org.labourtracker.evidence.When;
import org.labourtracker.legal.CaseCommand.CloseCase;
import org.labourtracker.legal.CaseCommand.DeliverVerdict;
import org.labourtracker.legal.CaseCommand.FileCharges;
import org.labourtracker.legal.CaseCommand.OpenCase;
import org.labourtracker.legal.CaseClosure;
import org.labourtracker.legal.Defendant;
import org.labourtracker.legal.DefendantGroup;
import org.labourtracker.legal.Finding;
import org.labourtracker.legal.Judgement;
import org.labourtracker.legal.Sentence;
import org.labourtracker.legal.SentenceKind;
import org.labourtracker.legal.SentenceLength;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The legal track of Zhanaozen recorded over HTTP. Human Rights Watch's World Report 2013: "In May
 * 2012, five officers were convicted for 'abuse of power'" (no officer named); Eurasianet, 4 June
 * 2012: "Roza Tuletayeva was sentenced to seven years in prison" in the trial of 37 residents in
 * Aktau; Eurasianet, 6 August 2012 (republished by Signal Fire): the appeal "of five police officers
 * imprisoned for unlawfully shooting protestors" was rejected (no officer's own term given). The
 * arrests of 16 December are the dispute's detention record that the officers' charges cite. The
 * fine and the withdrawn charges are variants, not reported.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:legal-track-api;DB_CLOSE_DELAY=-1")
class LegalTrackApiTest {

    private static final String MONITOR = TestUsers.basic(Role.MONITOR);
    private static final Source WORLD_REPORT_2013 = new Source("Human Rights Watch",
            "World Report 2013: Kazakhstan", "https://www.hrw.org/world-report/2013/country-chapters/kazakhstan", null,
            LocalDate.of(2013, 1, 31), "en", SourceKind.NGO, Reliability.USUALLY_RELIABLE, false);
    private static final Evidence IN_2012 = evidence(When.year(2012), AKTAU, WORLD_REPORT_2013);
    private static final Evidence RESIDENTS_SENTENCED = evidence(When.day(2012, 6, 4), AKTAU, new Source("Eurasianet",
            "Kazakhstan: New Zhanaozen Verdicts Cause Shoes to Fly",
            "https://eurasianet.org/kazakhstan-new-zhanaozen-verdicts-cause-shoes-to-fly", null, LocalDate.of(2012, 6, 4),
            "en", SourceKind.MEDIA, Reliability.USUALLY_RELIABLE, false));
    private static final Evidence APPEALS_REJECTED = evidence(When.month(2012, 8), AKTAU, new Source("Eurasianet",
            "Kazakhstan: Thirteen Still Behind Bars After Zhanaozen Appeal",
            "http://www.signalfire.org/2012/08/06/kazakhstan-thirteen-still-behind-bars-after-zhanaozen-appeal/", null,
            LocalDate.of(2012, 8, 6), "en", SourceKind.MEDIA, Reliability.USUALLY_RELIABLE, false));
    private static final Person TULETAYEVA =
            new Person("roza-tuletayeva", "Roza Tuletayeva", PersonRole.WORKER, false);

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ObjectMapper json;

    Http http;

    @BeforeEach
    void setUp() {
        TestUsers.createAll(accounts);
        http = new Http(port);
    }

    @Test
    void policeOfficersTriedAsAGroupAndAStrikeLeaderSentencedAreShownInThePeopleView() throws Exception {
        String dispute = "legal-" + System.nanoTime();
        openDispute(dispute);
        post("/api/disputes/" + dispute + "/detentions", new ReportDetentions(dispute, "shooting-arrests",
                ZhanaozenCase.SHOOTING, DetentionKind.ARRESTED,
                List.of(Claim.of(ZhanaozenCase.WSWS, null, 70, null, "70 arrested")), List.of(),
                evidence(When.day(2011, 12, 16), ZHANAOZEN, ZhanaozenCase.WSWS)));

        String police = dispute + "-police";
        DefendantGroup officers = new DefendantGroup("police-officers",
                "Police officers accused over the shooting in the town square", PersonRole.POLICE_OFFICER,
                Claim.of(WORLD_REPORT_2013, null, 5, null, "five police officers"), false);
        post("/api/cases", new OpenCase(police, "officers-tried", dispute,
                "Trial of police officers over the Zhanaozen shooting", "Aktau City Court", null, null,
                List.of(officers), 0, IN_2012));
        post("/api/cases/" + police + "/charges", new FileCharges(police, "officers-charged", List.of(),
                List.of("Abuse of power"), List.of("shooting-arrests"), IN_2012));
        post("/api/cases/" + police + "/verdicts", new DeliverVerdict(police, "officers-sentenced",
                List.of(new Judgement("police-officers", Finding.CONVICTED, new Sentence(SentenceKind.PRISON, null,
                        SentenceLength.UNKNOWN, null, "imprisoned for unlawfully shooting protestors"))),
                null, APPEALS_REJECTED));

        String residents = dispute + "-residents";
        post("/api/cases", new OpenCase(residents, "residents-tried", dispute,
                "Trial of Zhanaozen residents over the December 2011 unrest", "Aktau City Court", null,
                List.of(new Defendant(TULETAYEVA, true)), null, 0, IN_2012));
        post("/api/cases/" + residents + "/verdicts", new DeliverVerdict(residents, "tuletayeva-sentenced",
                List.of(new Judgement(TULETAYEVA.id(), Finding.CONVICTED,
                        new Sentence(SentenceKind.PRISON, 84, null, null, "seven years in prison"))),
                null, RESIDENTS_SENTENCED));

        JsonNode people = await().atMost(Duration.ofSeconds(30)).until(() -> peopleView(dispute),
                view -> view.path("cases").size() == 2
                        && view.at("/cases/1/defendants/0/finding").asText().equals("CONVICTED"));

        JsonNode policeCase = people.at("/cases/0");
        assertThat(policeCase.path("againstOfficials").asBoolean()).isTrue();
        assertThat(policeCase.path("stage").asText()).isEqualTo("DECIDED");
        JsonNode group = policeCase.at("/groups/0");
        assertThat(group.path("defendantId").asText()).isEqualTo("police-officers");
        assertThat(group.path("role").asText()).isEqualTo("POLICE_OFFICER");
        assertThat(group.at("/size/best").asInt()).isEqualTo(5);
        assertThat(group.at("/size/wording").asText()).isEqualTo("five police officers");
        assertThat(group.path("charges").toString()).isEqualTo("[\"Abuse of power\"]");
        assertThat(group.at("/sentence/length").asText()).isEqualTo("UNKNOWN");
        assertThat(group.at("/sentence/months").isMissingNode()).isTrue();
        assertThat(group.at("/sentence/terms").asText()).isEqualTo("imprisoned for unlawfully shooting protestors");
        assertThat(group.path("inCustody").asBoolean()).isTrue();
        assertThat(policeCase.at("/arrests/0/recordId").asText()).isEqualTo("shooting-arrests");
        assertThat(policeCase.at("/arrests/0/incident").asText()).isEqualTo(ZhanaozenCase.SHOOTING);

        JsonNode tuletayeva = people.at("/people/0");
        assertThat(tuletayeva.path("name").asText()).isEqualTo("Roza Tuletayeva");
        assertThat(tuletayeva.path("standing").asText()).isEqualTo("SENTENCED");
        // months alone are an exact length
        assertThat(tuletayeva.at("/sentence/months").asInt()).isEqualTo(84);
        assertThat(tuletayeva.at("/sentence/length").asText()).isEqualTo("EXACT");
    }

    @Test
    void aFineIsRecordedInItsCurrencyAndABadCurrencyIsAProblemNamingTheField() throws Exception {
        String dispute = "fine-" + System.nanoTime();
        openDispute(dispute);
        String trial = dispute + "-case";
        post("/api/cases", new OpenCase(trial, "opened", dispute, "Trial of Roza Tuletayeva", "Aktau City Court",
                "Mangystau regional prosecutor's office", List.of(new Defendant(TULETAYEVA, false)), null, 0,
                IN_2012));

        Sentence fined = new Sentence(SentenceKind.FINE, null, null, new Money(new BigDecimal("500000"), "KZT"), null);
        ObjectNode badCurrency = json.valueToTree(new DeliverVerdict(trial, "fined",
                List.of(new Judgement(TULETAYEVA.id(), Finding.CONVICTED, fined)), null, IN_2012));
        ((ObjectNode) badCurrency.at("/judgements/0/sentence/fine")).put("currency", "tenge");
        Http.Response refused = http.send("POST", "/api/cases/" + trial + "/verdicts", MONITOR, badCurrency.toString());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("field").asText()).isEqualTo("judgements[0].sentence.fine.currency");

        post("/api/cases/" + trial + "/verdicts", new DeliverVerdict(trial, "fined",
                List.of(new Judgement(TULETAYEVA.id(), Finding.CONVICTED, fined)), null, IN_2012));
        JsonNode stored = http.get("/api/audit/streams/" + trial, TestUsers.basic(Role.AUDITOR)).json();
        assertThat(stored).hasSize(2);
        assertThat(stored.at("/1/record/judgements/0/sentence/fine/amount").decimalValue())
                .isEqualByComparingTo("500000");
        assertThat(stored.at("/1/record/judgements/0/sentence/fine/currency").asText()).isEqualTo("KZT");
        assertThat(stored.at("/0/record/prosecutor").asText()).isEqualTo("Mangystau regional prosecutor's office");
    }

    @Test
    void withdrawnChargesCloseACaseThatThenTakesNoVerdict() throws Exception {
        String dispute = "closed-" + System.nanoTime();
        openDispute(dispute);
        String trial = dispute + "-case";
        post("/api/cases", new OpenCase(trial, "opened", dispute, "Trial of Roza Tuletayeva", null, null,
                List.of(new Defendant(TULETAYEVA, true)), null, 0, IN_2012));
        post("/api/cases/" + trial + "/closures", new CloseCase(trial, "charges-withdrawn",
                CaseClosure.CHARGES_WITHDRAWN, null, IN_2012));

        Http.Response refused = http.send("POST", "/api/cases/" + trial + "/verdicts", MONITOR,
                json.writeValueAsString(new DeliverVerdict(trial, "acquitted",
                        List.of(new Judgement(TULETAYEVA.id(), Finding.ACQUITTED, null)), null, IN_2012)));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("field").asText()).isEqualTo("caseId");

        JsonNode people = await().atMost(Duration.ofSeconds(30)).until(() -> peopleView(dispute),
                view -> view.at("/cases/0/stage").asText().equals("CLOSED"));
        assertThat(people.at("/cases/0/closure").asText()).isEqualTo("CHARGES_WITHDRAWN");
        assertThat(people.at("/people/0/standing").asText()).isEqualTo("CHARGES_DROPPED");
    }

    private void openDispute(String dispute) throws Exception {
        ObjectNode open = json.valueToTree(ZhanaozenCase.commands().get(0));
        open.put("disputeId", dispute);
        Http.Response response = http.send("POST", "/api/disputes", MONITOR, open.toString());
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    private void post(String path, Object command) throws Exception {
        Http.Response response = http.send("POST", path, MONITOR, json.writeValueAsString(command));
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(201);
    }

    private JsonNode peopleView(String dispute) {
        return http.get("/api/disputes/" + dispute + "/people", TestUsers.basic(Role.VIEWER)).json();
    }
}
