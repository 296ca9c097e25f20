package org.labourtracker.api.description;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.labourtracker.api.TestUsers;
import org.labourtracker.api.security.Role;
import org.labourtracker.api.security.UserAccounts;
import org.labourtracker.client.ApiClient;
import org.labourtracker.client.api.ExchangeControllerApi;
import org.labourtracker.client.api.ReadingControllerApi;
import org.labourtracker.client.api.RecordingApi;
import org.labourtracker.client.api.RecordingControllerApi;
import org.labourtracker.client.api.TokenEndpointApi;
import org.labourtracker.client.model.Claim;
import org.labourtracker.client.model.ClaimView;
import org.labourtracker.client.model.DisputeFigures;
import org.labourtracker.client.model.Evidence;
import org.labourtracker.client.model.FigureGroup;
import org.labourtracker.client.model.OpenDispute;
import org.labourtracker.client.model.Organisation;
import org.labourtracker.client.model.Place;
import org.labourtracker.client.model.Recorded;
import org.labourtracker.client.model.ReportCasualties;
import org.labourtracker.client.model.Source;
import org.labourtracker.client.model.When;
import org.labourtracker.database.SameOnEveryDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.HttpClientErrorException;

/**
 * The README's flow through a Java client generated at build time (openapi-generator, library
 * resttemplate) from the committed description, with nothing added by hand: a monitor trades HTTP
 * Basic for a bearer token through the client's own settings, opens the Mangystau dispute, records
 * the conflicting official and independent death tolls, reads the figures and takes the exports.
 */
@SameOnEveryDatabase
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:generated-client;DB_CLOSE_DELAY=-1")
class GeneratedClientTest {

    private static final String DISPUTE = "mangystau-2011";
    private static final String SHOOTING = "Zhanaozen shooting, 16 December 2011";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;

    @BeforeEach
    void users() {
        TestUsers.createAll(accounts);
    }

    @Test
    void theReadmeFlowRunsThroughTheGeneratedClient() {
        ApiClient basic = client();
        basic.setUsername(TestUsers.username(Role.MONITOR));
        basic.setPassword(TestUsers.PASSWORD);
        String token = new TokenEndpointApi(basic).issue().getToken();
        ApiClient monitor = client();
        monitor.setBearerToken(token);

        Recorded opened = new RecordingControllerApi(monitor).openDispute(new OpenDispute().disputeId(DISPUTE)
                .recordId("opened").title("Mangystau oil workers strike").industry("Oil and gas")
                .status(OpenDispute.StatusEnum.ACTIVE)
                .employers(List.of(new Organisation().name("KarazhanbasMunai").owners(List.of("KazMunayGas", "CITIC Group"))))
                .evidence(evidence(LocalDate.of(2011, 5, 1), When.PrecisionEnum.MONTH, "Aktau")), null);
        assertThat(opened.getVersion()).isZero();

        Recorded killed = new RecordingApi(monitor).disputesCasualties(DISPUTE, new ReportCasualties()
                .recordId("shooting-killed").incident(SHOOTING).kind(ReportCasualties.KindEnum.KILLED)
                .claims(List.of(
                        new Claim().source(new Source().publisher("Government of Kazakhstan").kind(Source.KindEnum.OFFICIAL)
                                .reliability(Source.ReliabilityEnum.NOT_USUALLY_RELIABLE))
                                .low(13).best(13).high(13).wording("the deaths of 13 workers"),
                        new Claim().source(new Source().publisher("Human rights organisations").kind(Source.KindEnum.NGO)
                                .reliability(Source.ReliabilityEnum.FAIRLY_RELIABLE))
                                .low(70).wording("over 70 people were killed")))
                .evidence(evidence(LocalDate.of(2011, 12, 16), When.PrecisionEnum.DAY, "Zhanaozen")), null, null);
        assertThat(killed.getVersion()).isEqualTo(1L);

        ReadingControllerApi reading = new ReadingControllerApi(monitor);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !reading.figures(DISPUTE, null, null, null).getGroups().isEmpty());
        DisputeFigures figures = reading.figures(DISPUTE, null, null, null);
        FigureGroup deaths = figures.getGroups().get(0);
        assertThat(deaths.getKind()).isEqualTo(FigureGroup.KindEnum.KILLED);
        assertThat(deaths.getIncident()).isEqualTo(SHOOTING);
        assertThat(deaths.getClaims()).extracting(ClaimView::getLow).containsExactly(13, 70);
        assertThat(deaths.getClaims()).extracting(ClaimView::getWording)
                .containsExactly("the deaths of 13 workers", "over 70 people were killed");
        assertThat(deaths.getClaims()).extracting(claim -> claim.getSource().getKind())
                .containsExactly(Source.KindEnum.OFFICIAL, Source.KindEnum.NGO);
        FigureGroup first = reading.figures(DISPUTE, null, null, 1).getGroups().get(0);
        assertThat(first.getClaims()).extracting(ClaimView::getWording).containsExactly("the deaths of 13 workers");
        assertThat(first.getClaimCount()).isEqualTo(2);

        ExchangeControllerApi exchange = new ExchangeControllerApi(monitor);
        await().atMost(Duration.ofSeconds(30)).until(() -> exchange.timelineCsv(DISPUTE).lines().count() == 4);
        List<String> timeline = exchange.timelineCsv(DISPUTE).lines().toList();
        assertThat(timeline.get(0)).startsWith("event_id_cnty,stream_id,event_date,");
        assertThat(timeline).filteredOn(row -> row.startsWith("shooting-killed,")).hasSize(2);
        assertThat(exchange.figuresCsv(DISPUTE).lines().toList()).hasSize(3);
        List<String> ndjson = exchange.ndjson(DISPUTE, null).lines().toList();
        assertThat(ndjson).hasSize(3);
        assertThat(ndjson.get(0)).as("a monitor's export is redacted, and says so")
                .contains("\"labourTrackerExport\":1").contains("\"redacted\":true");
        assertThat(ndjson.get(2)).startsWith("{\"stream\":\"disputes\",\"kind\":\"casualties\"");
    }

    @Test
    void aBrokenRuleComesBackAsAProblemDocumentNamingTheField() {
        ApiClient monitor = client();
        monitor.setUsername(TestUsers.username(Role.MONITOR));
        monitor.setPassword(TestUsers.PASSWORD);

        assertThatThrownBy(() -> new RecordingControllerApi(monitor).openDispute(new OpenDispute().disputeId("unsourced")
                .title("A strike").status(OpenDispute.StatusEnum.ACTIVE)
                .evidence(new Evidence().when(new When().on(LocalDate.of(2021, 1, 5)).precision(When.PrecisionEnum.DAY))
                        .where(new Place().name("Zhanaozen").country("KZ")).sources(List.of())), null))
                .isInstanceOfSatisfying(HttpClientErrorException.class, problem -> {
                    assertThat(problem.getStatusCode().value()).isEqualTo(422);
                    assertThat(problem.getResponseHeaders().getContentType().toString()).isEqualTo("application/problem+json");
                    assertThat(problem.getResponseBodyAsString()).contains("\"field\":\"evidence.sources\"");
                });
    }

    @Test
    void withoutCredentialsTheClientGets401() {
        assertThatThrownBy(() -> new ReadingControllerApi(client()).overview())
                .isInstanceOfSatisfying(HttpClientErrorException.class,
                        problem -> assertThat(problem.getStatusCode().value()).isEqualTo(401));
    }

    private ApiClient client() {
        return new ApiClient().setBasePath("http://localhost:" + port);
    }

    private static Evidence evidence(LocalDate on, When.PrecisionEnum precision, String place) {
        return new Evidence().when(new When().on(on).precision(precision))
                .where(new Place().name(place).region("Mangystau Region").country("KZ"))
                .sources(List.of(new Source().publisher("World Socialist Web Site")
                        .title("Police massacre striking oil workers in Kazakhstan").kind(Source.KindEnum.MEDIA)
                        .reliability(Source.ReliabilityEnum.FAIRLY_RELIABLE)));
    }
}
