package org.labourtracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

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
import org.labourtracker.database.SameOnEveryDatabase;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages in a real browser, on the demo data as a new user sees it: the overview, the 2011
 * dispute with the official and the independent death tolls side by side, the record form (a
 * record without a source refused and nothing stored; a valid one appearing in an open page without
 * a reload, its hostile text shown as text), redaction by role, the audit page (with the checkpoint,
 * one an auditor pasted, and a record's inclusion proof) and a rebuild.
 * Skipped where Debian's chromium and chromedriver are not installed; CI installs them. One browser
 * and one application serve every test; the pages photographed for the README come first, before
 * the tests that add records.
 */
@SameOnEveryDatabase
@DemoApplication
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardTest {

    static final String DISPUTE = "mangystau-oil-strike-2011";
    static final String SHOOTING = "Zhanaozen shooting, 16 December 2011";
    /** Named (confidential) as a source in the demo data: auditors see the name, readers do not. */
    static final String CONFIDENTIAL_NAME = "Alexander Mukha";
    static final String HOSTILE_NOTES = "<script>alert(1)</script> seen at the gate";
    static final String MIXED_SCRIPTS = "Жанар Zhanar ژانار";

    static Browser browser;

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
    void theOverviewShowsTheDemoData() {
        signIn(Role.VIEWER);
        browser.open("/");

        assertThat(browser.text(By.id("dispute-count"))).isEqualTo("2");
        assertThat(browser.text(By.id("by-region"))).contains("KZ / Mangystau Region");
        assertThat(browser.text(By.id("disputes"))).contains("Mangystau oil workers' strike",
                "Zhanaozen oil-service strikes");
        assertThat(browser.text(By.id("events-per-month"))).contains("Dec 2011", "Jul 2021");
        assertThat(browser.text(By.cssSelector("#figures tr[data-kind=KILLED]"))).contains("Killed");
        assertThat(browser.findAll(By.cssSelector("#recent li"))).isNotEmpty();
        // Both disputes share Zhanaozen's marker; Aktau, Shetpe and the region's centre have one each.
        awaitMaps();
        assertThat(browser.findAll(By.cssSelector(".map .marker"))).hasSize(4);
        assertThat(browser.findAll(By.cssSelector(".map .marker.approximate"))).singleElement()
                .satisfies(marker -> assertThat(marker.getAttribute("aria-label"))
                        .isEqualTo("Mangystau oil workers' strike: Mangystau Region, KZ · 8 records approximate: region centre"));
        browser.screenshot("overview.png", 1700);
        browser.phoneScreenshot("phone.png", 390, 1400, By.id("disputes"));
    }

    @Test
    @Order(2)
    void theDisputePageShowsTheOfficialAndTheIndependentDeathFiguresSideBySide() {
        signIn(Role.VIEWER);
        openDispute();

        WebElement killed = browser.find(By.cssSelector(
                "figure.figure-chart[data-kind='Killed'][data-incident='" + SHOOTING + "']"));
        assertThat(killed.findElement(By.cssSelector("[data-side=official] dd")).getText()).isEqualTo("10–13");
        assertThat(killed.findElement(By.cssSelector("[data-side=independent] dd")).getText()).isEqualTo("10–70+");
        assertThat(killed.getText()).contains("the deaths of 13 workers", "over 70 people were killed",
                "Officials claim that ten people were killed", "at least 17 dead");
        WebElement corrected = browser.find(By.id("entry-" + DISPUTE + "--police-fire"));
        assertThat(corrected.getAttribute("class")).contains("corrected");
        assertThat(corrected.getText()).contains("state run oil refinery", "16 Dec 2011", "Day");
        assertThat(browser.find(By.id("entry-" + DISPUTE + "--martial-law")).getText()).contains("retracted");
        assertThat(browser.text(By.id("entry-" + DISPUTE + "--open"))).contains("May 2011", "Month");
        assertThat(browser.text(By.id("people"))).contains("Nataliya Sokolova", "six years");
        assertThat(browser.text(By.id("cases"))).contains("Nataliya Sokolova", "Inciting a social conflict");
        awaitMaps();
        assertThat(browser.findAll(By.cssSelector(".map .marker"))).hasSize(4);
        assertThat(browser.text(By.cssSelector("#places-section .place-list"))).contains(
                "Zhanaozen, Mangystau Region, KZ · 28 records settlement",
                "Mangystau Region, KZ · 8 records approximate: region centre");
        assertThat(browser.find(By.id("exports")).getText()).contains("timeline as CSV", "every record as NDJSON",
                "ACLED-like CSV");
        browser.screenshot("dispute.png", 1900);

        browser.open("/people/nataliya-sokolova");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Nataliya Sokolova");
        browser.screenshot("person.png", 1100);
    }

    @Test
    @Order(3)
    void theTimelineFiltersByKindOfRecord() {
        signIn(Role.VIEWER);
        openDispute();

        browser.choose(By.id("kind-filter"), "CasualtiesReported");

        assertThat(browser.findAll(By.cssSelector("#timeline li.entry:not(.hidden)")))
                .isNotEmpty()
                .allSatisfy(entry -> assertThat(entry.getAttribute("data-type")).isEqualTo("CasualtiesReported"));
    }

    @Test
    @Order(4)
    void readersDoNotSeeAConfidentialNameThatAuditorsSee() {
        signIn(Role.VIEWER);
        openDispute();
        String square = "entry-" + DISPUTE + "--square-16-december";
        assertThat(browser.text(By.id(square))).contains("[confidential]", "confidential source")
                .doesNotContain(CONFIDENTIAL_NAME);
        assertThat(browser.driver().getPageSource()).doesNotContain(CONFIDENTIAL_NAME);

        signIn(Role.AUDITOR);
        openDispute();
        assertThat(browser.text(By.id(square))).contains(CONFIDENTIAL_NAME);
    }

    @Test
    @Order(5)
    void auditorsSeeTheRawStreamTheIntegrityCheckTheEditsAndThePastAsKnown() {
        signIn(Role.AUDITOR);
        browser.open("/audit");
        assertThat(browser.text(By.id("integrity-result"))).startsWith("Intact");
        assertThat(Long.parseLong(browser.text(By.id("checkpoint-size")))).isGreaterThanOrEqualTo(74);
        String kept = browser.text(By.id("checkpoint-note"));
        browser.find(By.id("supplied-checkpoint")).sendKeys(kept);
        browser.submit(By.cssSelector("#consistency-form button"));
        assertThat(browser.text(By.id("supplied-check"))).contains("it is consistent with the log");

        browser.open("/audit/disputes/" + DISPUTE);
        browser.submit(By.cssSelector("#raw a.leaf-link"));
        assertThat(browser.text(By.id("proof-result"))).contains("the record is in the signed log");
        browser.open("/audit/disputes/" + DISPUTE);
        assertThat(browser.findAll(By.cssSelector("#raw tr.raw-event"))).hasSizeGreaterThan(50);
        assertThat(browser.text(By.cssSelector("#raw tr.raw-event[data-record=open] .recorded-by")))
                .isEqualTo("demo-data");
        assertThat(browser.text(By.id("edits"))).contains("state run oil refinery", "not martial law");
        assertThat(browser.text(By.id("stream-integrity"))).contains("intact").doesNotContain("broken");

        browser.date("happenedBy", "2011-06-30");
        browser.submit(By.id("as-known-submit"));
        int known = Integer.parseInt(browser.text(By.id("snapshot-records")));
        assertThat(known).isPositive().isLessThan(browser.findAll(By.cssSelector("#raw tr.raw-event")).size());
        assertThat(browser.text(By.id("snapshot-timeline"))).contains("Strike started at KarazhanbasMunai")
                .doesNotContain(SHOOTING);

        browser.date("happenedBy", "");
        browser.script("arguments[0].value = '2011-12-20 00:00';", browser.find(By.id("knownAt")));
        browser.submit(By.id("as-known-submit"));
        assertThat(browser.text(By.id("as-known-error"))).contains("Nothing about this dispute had been recorded");
        // the raw stream follows the date: nothing had been stored by then
        assertThat(browser.text(By.id("raw-stored-by"))).isEqualTo("; those stored by 2011-12-20 00:00:00 UTC");
        assertThat(browser.findAll(By.cssSelector("#raw tr.raw-event"))).isEmpty();

        // what changed since 2011: every record of the demo added, and its corrections with their reasons
        browser.script("arguments[0].value = '2011-12-20';", browser.find(By.id("changes-from")));
        browser.submit(By.id("changes-submit"));
        assertThat(browser.findAll(By.cssSelector("#changes tr.change[data-change=ADDED]")))
                .hasSizeGreaterThan(50);
        assertThat(browser.text(By.id("changes"))).contains("state run oil refinery", "not martial law");
        assertThat(browser.findAll(By.cssSelector("#changes tr.change[data-change=CORRECTED]"))).isNotEmpty();
        browser.screenshot("what-changed.png", 1000, By.id("what-changed"));
        browser.script("arguments[0].value = '';", browser.find(By.id("changes-from")));
        browser.script("arguments[0].value = '2011-12-20';", browser.find(By.id("changes-to")));
        browser.submit(By.id("changes-submit"));
        assertThat(browser.text(By.id("changes-count"))).isEqualTo("0 changes");
    }

    @Test
    @Order(6)
    void aRecordWithoutASourceIsRefusedAndAValidOneAppearsInAnOpenPageWithoutAReload() {
        signIn(Role.MONITOR);
        openDispute();
        browser.script("window.notReloaded = true;");
        int records = Integer.parseInt(browser.text(By.cssSelector("[data-summary=records]")));
        String watching = browser.driver().getWindowHandle();
        long stored = eventStore.readEvents(DISPUTE).asStream().count();

        browser.driver().switchTo().newWindow(WindowType.WINDOW);
        browser.open("/disputes/" + DISPUTE + "/record/casualties");
        browser.choose(By.name("kind"), "INJURED");
        browser.type("incident", "Night raid at the gate");
        // a day on the timeline's first page (the first 50 records), the page open in the other window
        browser.date("evidence.when.on", "2011-12-16");
        browser.type("evidence.where.name", "Zhanaozen");
        browser.type("claims[0].low", "2");
        browser.type("claims[0].wording", "two workers beaten");
        browser.type("named[0].id", "worker-mixed-scripts");
        browser.type("named[0].name", MIXED_SCRIPTS);
        browser.choose(By.name("named[0].role"), "WORKER");
        browser.type("evidence.notes", HOSTILE_NOTES);
        browser.submit(By.id("record-submit"));

        assertThat(browser.text(By.cssSelector(".field-error[data-field='evidence.sources']"))).isEqualTo("is required");
        assertThat(browser.find(By.name("evidence.notes")).getAttribute("value")).isEqualTo(HOSTILE_NOTES);
        assertThat(browser.find(By.name("named[0].name")).getAttribute("value")).isEqualTo(MIXED_SCRIPTS);
        assertThat(browser.find(By.name("incident")).getAttribute("value")).isEqualTo("Night raid at the gate");
        assertThat(eventStore.readEvents(DISPUTE).asStream().count()).isEqualTo(stored);

        browser.type("evidence.sources[0].publisher", "A witness at the gate");
        browser.choose(By.name("evidence.sources[0].kind"), "WITNESS");
        browser.choose(By.name("evidence.sources[0].reliability"), "CANNOT_BE_JUDGED");
        browser.choose(By.name("claims[0].source"), "0");
        String recordId = browser.find(By.name("recordId")).getAttribute("value");
        browser.submit(By.id("record-submit"));
        browser.find(By.id("recorded-notice"));
        browser.driver().close();

        browser.driver().switchTo().window(watching);
        WebElement entry = browser.find(By.id("entry-" + DISPUTE + "--" + recordId));
        assertThat(browser.script("return window.notReloaded === true;")).isEqualTo(true);
        assertThat(entry.findElement(By.className("notes")).getText()).isEqualTo(HOSTILE_NOTES);
        assertThat(entry.findElement(By.className("person-name")).getText()).isEqualTo(MIXED_SCRIPTS);
        assertThat(entry.findElements(By.tagName("script"))).isEmpty();
        assertThat(alertShown()).isFalse();
        browser.until(ExpectedConditions.textToBe(By.cssSelector("[data-summary=records]"),
                Integer.toString(records + 1)));
    }

    @Test
    @Order(7)
    void anAdministratorWatchesARebuildToTheEnd() {
        signIn(Role.ADMIN);
        browser.open("/admin");

        browser.find(By.id("rebuild-dispute-records")).click();
        assertThat(browser.text(By.id("confirm-rebuild-title"))).isEqualTo("Rebuild dispute-records?");
        browser.find(By.id("confirm-rebuild-dispute-records")).click();

        assertThat(browser.text(By.id("rebuilding"))).contains("dispute-records");
        By state = By.cssSelector("tr[data-read-model=dispute-records] .state");
        browser.until(ExpectedConditions.textToBe(state, "up to date"));
        assertThat(browser.find(By.cssSelector("tr[data-read-model=dispute-records] progress"))
                .getAttribute("value")).isEqualTo("1");
        browser.until(ExpectedConditions.textToBe(By.id("rebuilding"), "dispute-records is rebuilt and up to date."));
    }

    /**
     * Opens the 2011 dispute and waits until its live feed is subscribed: the page then fetches its
     * timeline and figures again, and elements found before that would be gone.
     */
    private void openDispute() {
        browser.open("/disputes/" + DISPUTE);
        browser.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-live", "connected"));
    }

    /** Waits until every map on the page has drawn its markers and outlines. */
    private void awaitMaps() {
        browser.until(driver -> browser.script(
                "return Array.from(document.querySelectorAll('.map')).every(map => map.dataset.drawn === 'true');"));
    }

    private void signIn(Role role) {
        browser.signIn(TestUsers.username(role), TestUsers.PASSWORD);
    }

    private boolean alertShown() {
        try {
            browser.driver().switchTo().alert();
            return true;
        } catch (NoAlertPresentException none) {
            return false;
        }
    }
}
