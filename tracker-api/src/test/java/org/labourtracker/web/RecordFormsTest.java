package org.labourtracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.labourtracker.api.TestUsers;
import org.labourtracker.api.security.Role;
import org.labourtracker.api.security.UserAccounts;
import org.labourtracker.projections.admin.ReplayService;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The record forms in a real browser, as a monitor uses them on the demo data: a casualty with two
 * claims, each from its own source; a legal case opened in the dispute and its verdict; a correction
 * reached from the record's own link; a record of the wrong kind replaced by one of another kind; and
 * a submission with three mistakes, every one shown at once and nothing stored. Its own application
 * and database, so that what it records changes no other page test's demo data.
 * <p>
 * The figures are the Zhanaozen shooting of 16 December 2011 as two of the seed articles give them:
 * "Government officials reported the deaths of 13 workers, but other sources claim over 70 people were
 * killed" (David Firestone, "Police massacre striking oil workers in Kazakhstan", World Socialist Web
 * Site, 19 December 2011), and "as many as seventy have been killed" (Working Class Self Organization
 * blog, "Striking workers slaughtered in Kazakhstan", 17 December 2011). The verdict is the one the
 * first article reports: the union's lawyer Nataliya Sokolova, six years in prison since August 2011
 * for "inciting a social conflict".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:web-record-forms;DB_CLOSE_DELAY=-1",
        "tracker.demo=true"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RecordFormsTest {

    private static final String DISPUTE = DashboardTest.DISPUTE;
    private static final String CASE = "sokolova-form-2011";

    static Browser browser;
    /** The casualty record the first test stores, corrected by a later one. */
    static String casualty;

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    EventStore eventStore;
    @Autowired
    ReplayService replays;

    @BeforeAll
    static void chromiumIsInstalled() {
        Assumptions.assumeTrue(Browser.installed(),
                "Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
    }

    @BeforeEach
    void start() throws IOException {
        TestUsers.createAll(accounts);
        ReadModels.awaitCaughtUp(eventStore, replays);
        if (browser == null) {
            browser = new Browser(port);
            browser.signIn(TestUsers.username(Role.MONITOR), TestUsers.PASSWORD);
        }
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    @Order(1)
    void aCasualtyIsRecordedWithTwoClaimsEachFromItsOwnSource() {
        browser.open("/disputes/" + DISPUTE + "/record");
        browser.choose(By.id("kind-choice"), "casualties");
        browser.submit(By.id("kind-submit"));
        browser.until(ExpectedConditions.textToBe(By.id("kind-title"), "Casualties"));
        casualty = browser.find(By.name("recordId")).getAttribute("value");

        zhanaozenShooting();
        browser.submit(By.id("record-submit"));

        browser.find(By.id("recorded-notice"));
        // read afresh if a live update redraws the entry meanwhile
        List<String> claims = browser.until(driver -> {
            try {
                return driver.findElement(By.id("entry-" + DISPUTE + "--" + casualty))
                        .findElements(By.cssSelector("ul.claims li")).stream().map(WebElement::getText).toList();
            } catch (StaleElementReferenceException redrawn) {
                return null;
            }
        });
        assertThat(claims).hasSize(2);
        assertThat(claims.get(0)).startsWith("13 ").contains("the deaths of 13 workers")
                .endsWith("according to World Socialist Web Site");
        assertThat(claims.get(1)).startsWith("10–70 ").contains("as many as seventy have been killed")
                .endsWith("according to Working Class Self Organization");
    }

    @Test
    @Order(2)
    void aListGetsAnotherRowFromItsButtonWithoutLosingWhatWasTyped() {
        browser.open("/disputes/" + DISPUTE + "/record/casualties");
        browser.type("incident", "Zhanaozen shooting, 16 December 2011");
        assertThat(browser.findAll(By.name("claims[2].best"))).isEmpty();

        browser.submit(By.cssSelector("button[name=_add][value=claims]"));

        browser.find(By.name("claims[2].best"));
        assertThat(browser.find(By.name("incident")).getAttribute("value")).isEqualTo("Zhanaozen shooting, 16 December 2011");
        assertThat(browser.findAll(By.id("error-summary"))).isEmpty();
    }

    @Test
    @Order(3)
    void aSubmissionWithThreeMistakesShowsEveryOneAtOnceAndStoresNothing() {
        long stored = eventStore.readEvents(DISPUTE).asStream().count();
        browser.open("/disputes/" + DISPUTE + "/record/casualties");
        zhanaozenShooting();
        browser.type("claims[0].best", "thirteen");
        browser.type("claims[1].low", "1O");
        browser.type("evidence.sources[1].publisher", "");
        browser.submit(By.id("record-submit"));

        WebElement summary = browser.find(By.id("error-summary"));
        assertThat(summary.findElement(By.tagName("h2")).getText()).isEqualTo("Nothing was stored: 3 problems to put right");
        assertThat(summary.findElements(By.tagName("a")).stream().map(WebElement::getText).toList())
                .containsExactlyInAnyOrder("Source 2 › Publisher: is required",
                        "Claim 1 › Best: must be a whole number, such as 70",
                        "Claim 2 › Low: must be a whole number, such as 70");
        assertThat(browser.script("return document.activeElement.id;")).isEqualTo("error-summary");
        for (String field : List.of("evidence.sources[1].publisher", "claims[0].best", "claims[1].low")) {
            WebElement input = browser.find(By.name(field));
            String error = input.getAttribute("aria-describedby");
            assertThat(browser.find(By.id(error)).getText()).isNotBlank();
            assertThat(summary.findElement(By.cssSelector("a[href='#" + input.getAttribute("id") + "']"))).isNotNull();
        }
        assertThat(browser.find(By.name("claims[0].best")).getAttribute("value")).isEqualTo("thirteen");
        assertThat(eventStore.readEvents(DISPUTE).asStream().count()).isEqualTo(stored);
    }

    /**
     * Three mistakes only the API's rules catch (the form can read every value): a country that is not
     * an ISO code, a source's address that is not absolute and a language that is not a tag. All come
     * back in one answer, each at its input.
     */
    @Test
    @Order(3)
    void threeMistakesTheApiFindsAreShownAtOnce() {
        long stored = eventStore.readEvents(DISPUTE).asStream().count();
        browser.open("/disputes/" + DISPUTE + "/record/casualties");
        zhanaozenShooting();
        browser.type("evidence.where.country", "ZZ");
        browser.type("evidence.sources[0].url", "wsws.org/en/articles/2011/12/kaza-d19.html");
        browser.type("evidence.sources[1].language", "English");
        browser.submit(By.id("record-submit"));

        WebElement summary = browser.find(By.id("error-summary"));
        assertThat(summary.findElement(By.tagName("h2")).getText()).isEqualTo("Nothing was stored: 3 problems to put right");
        assertThat(summary.findElements(By.tagName("a")).stream().map(WebElement::getText).toList())
                .containsExactlyInAnyOrder("Where › Country (ISO code, such as KZ): must be an ISO 3166 alpha-2 code such as KZ",
                        "Source 1 › Address (URL): must be an absolute http or https address",
                        "Source 2 › Language (en, ru, kk ...): must be a language tag such as en, ru or kk");
        for (String field : List.of("evidence.where.country", "evidence.sources[0].url", "evidence.sources[1].language")) {
            WebElement input = browser.find(By.name(field));
            assertThat(browser.find(By.id(input.getAttribute("aria-describedby"))).getText()).isNotBlank();
        }
        assertThat(eventStore.readEvents(DISPUTE).asStream().count()).isEqualTo(stored);
    }

    @Test
    @Order(4)
    void aLegalCaseIsOpenedInTheDisputeAndItsVerdictRecorded() {
        browser.open("/disputes/" + DISPUTE + "/record/cases");
        browser.type("caseId", CASE);
        browser.type("title", "Prosecution of the union's lawyer Nataliya Sokolova (from the form)");
        browser.type("defendants[0].person.id", "nataliya-sokolova");
        browser.type("defendants[0].person.name", "Nataliya Sokolova");
        browser.choose(By.name("defendants[0].person.role"), "LAWYER");
        browser.find(By.name("defendants[0].inCustody")).click();
        browser.date("evidence.when.on", "2011-08-01");
        browser.choose(By.name("evidence.when.precision"), "MONTH");
        firstArticle(0);
        browser.submit(By.id("record-submit"));

        browser.until(ExpectedConditions.textToBe(By.tagName("h1"),
                "Prosecution of the union's lawyer Nataliya Sokolova (from the form)"));
        browser.open("/cases/" + CASE + "/record/verdicts");
        String verdict = browser.find(By.name("recordId")).getAttribute("value");
        browser.type("judgements[0].defendantId", "nataliya-sokolova");
        browser.choose(By.name("judgements[0].finding"), "CONVICTED");
        browser.choose(By.name("judgements[0].sentence.kind"), "PRISON");
        browser.type("judgements[0].sentence.months", "72");
        browser.type("judgements[0].sentence.terms", "six years");
        browser.date("evidence.when.on", "2011-08-01");
        browser.choose(By.name("evidence.when.precision"), "MONTH");
        firstArticle(0);
        browser.type("evidence.notes", "Serving a six-year prison sentence since August for \"inciting a social conflict\".");
        browser.submit(By.id("record-submit"));

        WebElement entry = browser.find(By.id("entry-" + CASE + "--" + verdict));
        assertThat(entry.findElement(By.cssSelector("ul.details")).getText())
                .isEqualTo("nataliya-sokolova: Convicted, Prison (six years)");
    }

    @Test
    @Order(5)
    void aRecordIsCorrectedFromItsOwnLink() {
        browser.open("/disputes/" + DISPUTE);
        browser.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-live", "connected"));
        browser.submit(By.cssSelector("#entry-" + DISPUTE + "--" + casualty + " .correct-link"));

        assertThat(browser.find(By.name("correctedRecordId")).getAttribute("value")).isEqualTo(casualty);
        browser.type("reason", "A later report gives the toll the authorities came to acknowledge");
        browser.type("correction.notes", "At least 17 dead, as reported ten years on (Blog of Emancipation, 21 July 2021).");
        browser.submit(By.id("record-submit"));

        // the page may be drawn before the read model has the correction; the live feed then redraws the entry
        By corrected = By.id("entry-" + DISPUTE + "--" + casualty);
        browser.until(ExpectedConditions.attributeContains(corrected, "class", "corrected"));
        String entry = "#entry-" + DISPUTE + "--" + casualty;
        browser.until(ExpectedConditions.textToBe(By.cssSelector(entry + " .notes"),
                "At least 17 dead, as reported ten years on (Blog of Emancipation, 21 July 2021)."));
        browser.until(ExpectedConditions.textToBe(By.cssSelector(entry + " .edit .reason"),
                "A later report gives the toll the authorities came to acknowledge"));
    }

    /**
     * The commission of 17 December 2011 was entered as a state action; a monitor replaces it with an
     * intervention by a national body. The new record's form starts from the old one's date, place,
     * sources and notes, and names the record it replaces ({@code evidence.supersedes}); the old record
     * stays in the timeline, superseded by the new one.
     */
    @Test
    @Order(6)
    void aRecordOfTheWrongKindIsReplacedByOneOfAnotherKind() {
        browser.open("/disputes/" + DISPUTE + "/record/corrections?record=commission");
        browser.choose(By.id("replace-kind"), "interventions");
        browser.submit(By.id("replace-submit"));

        browser.until(ExpectedConditions.textToBe(By.id("kind-title"), "Interventions"));
        assertThat(browser.find(By.name("evidence.when.on")).getAttribute("value")).isEqualTo("2011-12-17");
        assertThat(browser.find(By.name("evidence.where.name")).getAttribute("value")).isEqualTo("Zhanaozen");
        assertThat(browser.find(By.name("evidence.sources[0].publisher")).getAttribute("value"))
                .isEqualTo("World Socialist Web Site");
        assertThat(browser.find(By.name("evidence.notes")).getAttribute("value"))
                .isEqualTo("A special commission to investigate the events.");
        assertThat(browser.find(By.name("evidence.supersedes.recordId")).getAttribute("value")).isEqualTo("commission");

        String replacement = browser.find(By.name("recordId")).getAttribute("value");
        browser.choose(By.name("kind"), "INQUIRY_ESTABLISHED");
        browser.type("body", "Special commission set up by President Nursultan Nazarbayev");
        browser.choose(By.name("bodyType"), "NATIONAL_INSTITUTION");
        browser.type("evidence.supersedes.reason", "An inquiry is an intervention, not a state action");
        browser.submit(By.id("record-submit"));

        browser.until(ExpectedConditions.textToBe(By.tagName("h1"), "Mangystau oil workers' strike"));
        assertThat(browser.findAll(By.id("error-summary"))).isEmpty();
        // the entry's own page, wherever the timeline's pages put it, once the read model has the replacement
        By superseded = By.cssSelector("#entry-" + DISPUTE + "--commission .badge.superseded");
        browser.open("/disputes/" + DISPUTE + "/entries/" + DISPUTE + "/commission");
        browser.until(driver -> {
            if (driver.findElements(superseded).isEmpty()) {
                driver.navigate().refresh();
                return false;
            }
            return true;
        });
        assertThat(browser.find(superseded).getText()).isEqualTo("superseded by " + replacement);
    }

    private static void zhanaozenShooting() {
        browser.type("incident", "Zhanaozen shooting, 16 December 2011");
        browser.choose(By.name("kind"), "KILLED");
        browser.choose(By.name("victims"), "STRIKERS");
        browser.choose(By.name("perpetrator"), "STATE_FORCES");
        browser.date("evidence.when.on", "2011-12-16");
        browser.type("evidence.where.name", "Zhanaozen");
        firstArticle(0);
        browser.type("evidence.sources[1].publisher", "Working Class Self Organization");
        browser.type("evidence.sources[1].title", "Striking workers slaughtered in Kazakhstan");
        browser.date("evidence.sources[1].publishedOn", "2011-12-17");
        browser.type("evidence.sources[1].language", "en");
        browser.choose(By.name("evidence.sources[1].kind"), "NGO");
        browser.choose(By.name("evidence.sources[1].reliability"), "CANNOT_BE_JUDGED");
        browser.choose(By.name("claims[0].source"), "0");
        browser.type("claims[0].best", "13");
        browser.type("claims[0].wording", "the deaths of 13 workers");
        browser.choose(By.name("claims[1].source"), "1");
        browser.type("claims[1].low", "10");
        browser.type("claims[1].high", "70");
        browser.type("claims[1].wording", "as many as seventy have been killed");
    }

    private static void firstArticle(int row) {
        String source = "evidence.sources[" + row + "].";
        browser.type(source + "publisher", "World Socialist Web Site");
        browser.type(source + "title", "Police massacre striking oil workers in Kazakhstan");
        browser.type(source + "author", "David Firestone");
        browser.date(source + "publishedOn", "2011-12-19");
        browser.type(source + "language", "en");
        browser.choose(By.name(source + "kind"), "MEDIA");
        browser.choose(By.name(source + "reliability"), "FAIRLY_RELIABLE");
    }
}
