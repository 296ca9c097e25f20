package org.labourtracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.labourtracker.api.TestUsers;
import org.labourtracker.api.security.Role;
import org.labourtracker.api.security.UserAccounts;
import org.labourtracker.database.SameOnEveryDatabase;
import org.labourtracker.projections.admin.ReplayService;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page, as a role that may see it, checked by axe-core (WCAG 2.x A and AA and its best
 * practices) on a laptop screen and on two phones (390 and 360 px): no violation of any impact, and on
 * a phone no page wider than the screen. axe-core comes from the npm registry (.ci/axe-core puts it in
 * target/); without it the test is skipped, unless tracker.axe.required is set, as CI sets it.
 */
@SameOnEveryDatabase
@DemoApplication
class AccessibilityTest {

    private static final Path AXE = Path.of("target", "axe-core", "axe.min.js");
    private static final String DISPUTE = DashboardTest.DISPUTE;
    private static final int LAPTOP = 1366;
    private static final int PHONE = 390;
    private static final int SMALL_PHONE = 360;
    /** Each violation as one line: which rule, how bad, and the elements it found. */
    private static final String RUN_AXE = """
            const done = arguments[arguments.length - 1];
            axe.run(document).then(
                results => done(results.violations.map(v => v.id + ' (' + v.impact + '): '
                    + v.nodes.map(n => n.target.join(' ')).join(', '))),
                failure => done(['axe failed: ' + failure]));
            """;

    static Browser browser;
    static String axe;
    /** Who the browser is signed in as, so that views for the same role share one sign-in. */
    static Role signedIn;

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    EventStore eventStore;
    @Autowired
    ReplayService replays;

    /** A page as a role sees it, and the heading that shows it is that page, not a sign-in or error page. */
    record View(String name, Role role, String path, String heading) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> views() {
        List<View> views = List.of(
                new View("overview", Role.VIEWER, "/", "Overview"),
                new View("overview filtered", Role.VIEWER, "/?q=zhanaozen&industry=oil&status=BANNED", "Overview"),
                new View("search", Role.VIEWER, "/search?q=strike&from=2011-01-01", "Search records"),
                new View("a dispute", Role.VIEWER, "/disputes/" + DISPUTE, "Mangystau oil workers' strike"),
                new View("a dispute as an auditor", Role.AUDITOR, "/disputes/" + DISPUTE,
                        "Mangystau oil workers' strike"),
                new View("record form", Role.MONITOR, "/disputes/" + DISPUTE + "/record", "Record an event"),
                new View("casualty form", Role.MONITOR, "/disputes/" + DISPUTE + "/record/casualties", "Record an event"),
                new View("form opening a case", Role.MONITOR, "/disputes/" + DISPUTE + "/record/cases", "Record an event"),
                new View("verdict form", Role.MONITOR, "/cases/sokolova-2011/record/verdicts", "Record in the case"),
                new View("correction form", Role.MONITOR, "/disputes/" + DISPUTE + "/record/corrections?record=police-fire",
                        "Record an event"),
                new View("replacement of another kind", Role.MONITOR,
                        "/disputes/" + DISPUTE + "/record/interventions?supersedes=commission", "Record an event"),
                new View("form opening a dispute", Role.MONITOR, "/disputes/new", "Open a dispute"),
                new View("import", Role.MONITOR, "/import", "Import"),
                new View("audit", Role.AUDITOR, "/audit", "Audit"),
                new View("audit of a dispute", Role.AUDITOR, "/audit/disputes/" + DISPUTE,
                        "Audit: Mangystau oil workers' strike"),
                new View("what changed in a dispute", Role.AUDITOR, "/audit/disputes/" + DISPUTE + "?from=2011-12-20",
                        "Audit: Mangystau oil workers' strike"),
                new View("a leaf of the log", Role.AUDITOR, "/audit/leaves/0", "Leaf 0 of the log"),
                new View("admin", Role.ADMIN, "/admin", "Read models"),
                new View("a rebuild to confirm", Role.ADMIN, "/admin?confirm=dispute-records", "Read models"),
                new View("sign-in", null, "/login", "Labour tracker"),
                new View("unknown page", Role.VIEWER, "/no-such-page", "Not found"),
                new View("unknown dispute", Role.VIEWER, "/disputes/no-such-dispute", "Not found"),
                new View("a person", Role.VIEWER, "/people/nataliya-sokolova", "Nataliya Sokolova"),
                new View("a person as an auditor", Role.AUDITOR, "/people/nataliya-sokolova", "Nataliya Sokolova"),
                new View("a legal case", Role.VIEWER, "/cases/sokolova-2011",
                        "Prosecution of the union's lawyer Nataliya Sokolova"),
                new View("an employer", Role.VIEWER, "/organisations/UzenMunayGas", "UzenMunayGas"),
                new View("a union", Role.VIEWER, "/organisations/KarazhanbasMunai%20workers'%20trade%20union",
                        "KarazhanbasMunai workers' trade union"),
                new View("unknown person", Role.VIEWER, "/people/no-such-person", "Not found"),
                new View("forbidden page", Role.VIEWER, "/admin", "Not allowed"));
        return views.stream().flatMap(view -> Stream.of(Arguments.of(view, LAPTOP), Arguments.of(view, PHONE),
                Arguments.of(view, SMALL_PHONE)));
    }

    @BeforeAll
    static void checkerAndBrowser() throws IOException {
        if (Boolean.getBoolean("tracker.axe.required")) {
            assertThat(AXE).as("axe-core, put there by .ci/axe-core").isRegularFile();
        }
        Assumptions.assumeTrue(Files.isRegularFile(AXE), "axe-core is not in target/ (run .ci/axe-core)");
        Assumptions.assumeTrue(Browser.installed(),
                "Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
        axe = Files.readString(AXE);
    }

    @BeforeEach
    void start() throws IOException {
        TestUsers.createAll(accounts);
        ReadModels.awaitCaughtUp(eventStore, replays);
        if (browser == null) {
            browser = new Browser(port);
            browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        }
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.close();
            browser = null;
            signedIn = null;
        }
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("views")
    void thePageHasNoAccessibilityViolationAndFitsTheScreen(View view, int width) {
        signInAs(view.role());
        browser.viewport(width, width == LAPTOP ? 900 : 844);
        browser.open(view.path());
        if (view.path().equals("/disputes/" + DISPUTE)) {
            // The timeline and figures are fetched again once the live feed is subscribed.
            browser.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-live", "connected"));
        }
        // A map is checked once drawn, markers and country outlines included.
        browser.until(driver -> browser.script(
                "return Array.from(document.querySelectorAll('.map')).every(map => map.dataset.drawn === 'true');"));
        String heading = browser.text(By.tagName("h1"));

        browser.script(axe);
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) browser.asyncScript(RUN_AXE);
        long pageWidth = (Long) browser.script("return document.documentElement.scrollWidth;");

        SoftAssertions.assertSoftly(page -> {
            page.assertThat(heading).isEqualTo(view.heading());
            page.assertThat(violations).as("axe-core's violations on %s at %d px", view, width).isEmpty();
            if (width < LAPTOP) {
                page.assertThat(pageWidth).as("width of %s on a %d px phone", view, width).isLessThanOrEqualTo(width);
            }
        });
    }

    private void signInAs(Role role) {
        if (role == signedIn) {
            return;
        }
        if (role == null) {
            browser.driver().manage().deleteAllCookies();
        } else {
            browser.signIn(TestUsers.username(role), TestUsers.PASSWORD);
        }
        signedIn = role;
    }
}
