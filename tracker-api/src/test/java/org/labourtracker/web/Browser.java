package org.labourtracker.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, both named explicitly so that
 * Selenium never looks for (or downloads) a browser or driver of its own.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /**
     * The README links the screenshots here; they are refreshed only when asked for
     * ({@code -Dtracker.screenshots.refresh=true}), so that a test run leaves the working tree as it was.
     */
    private static final Path DOCUMENTED = Path.of("..", "docs", "screenshots");

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;

    Browser(int port) throws IOException {
        this.base = "http://localhost:" + port;
        this.profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1280,1600", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
    }

    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    WebDriver driver() {
        return driver;
    }

    /**
     * Lays pages out as a screen this wide and high; below 600 px as a phone does, by the page's
     * viewport meta tag (a window alone cannot be made narrower than the desktop minimum).
     */
    void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
    }

    void open(String path) {
        driver.get(base + path);
    }

    /** Signs in through the sign-in form; whoever was signed in before is signed out first. */
    void signIn(String username, String password) {
        driver.manage().deleteAllCookies();
        open("/login");
        driver.findElement(By.name("username")).sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("#login button[type=submit]")).click();
        until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));
    }

    WebElement find(By by) {
        return until(ExpectedConditions.presenceOfElementLocated(by));
    }

    /**
     * Clicks a button that sends its form, or a link, and waits until the next page has replaced
     * this one: a look straight after a click may otherwise still read the page being left.
     */
    void submit(By by) {
        WebElement leaving = driver.findElement(By.tagName("html"));
        find(by).click();
        until(driver -> isGone(leaving));
    }

    /** Whether the element has left the page: stale, or in no document while Chrome swaps one for the next. */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException gone) {
            return true;
        } catch (WebDriverException swapping) {
            if (isSwapping(swapping)) {
                return true;
            }
            throw swapping;
        }
    }

    /** Chrome's answer for an element of a document being replaced (CI once failed on it, mid-navigation). */
    private static boolean isSwapping(WebDriverException error) {
        return String.valueOf(error.getMessage()).contains("does not belong to the document");
    }

    List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    String text(By by) {
        return find(by).getText();
    }

    /**
     * Waits for the condition, asking again when an element it found was redrawn before it was read:
     * the live feed replaces a timeline entry when its record changes (CI once failed on that), and a
     * page being replaced can leave an element in no document for a moment.
     */
    <T> T until(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class).until(page -> {
            try {
                return condition.apply(page);
            } catch (WebDriverException swapping) {
                if (isSwapping(swapping)) {
                    return null;
                }
                throw swapping;
            }
        });
    }

    void type(String name, String value) {
        WebElement field = driver.findElement(By.name(name));
        field.clear();
        field.sendKeys(value);
    }

    /** Date inputs take their text in the browser's locale; their value is always ISO, so set that. */
    void date(String name, String isoDate) {
        script("arguments[0].value = arguments[1];", driver.findElement(By.name(name)), isoDate);
    }

    void choose(By select, String value) {
        new Select(driver.findElement(select)).selectByValue(value);
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Runs a script that answers by calling the callback Selenium passes as its last argument. */
    Object asyncScript(String script) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script);
    }

    /** Saves what the window shows, at this height, to target/screenshots (and beside the README, if asked). */
    void screenshot(String name, int height) {
        driver.manage().window().setSize(new Dimension(1280, height));
        script("window.scrollTo(0, 0);");
        try {
            save(name);
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 1600));
        }
    }

    private void save(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot = SCREENSHOTS.resolve(name);
            Files.write(shot, driver.getScreenshotAs(OutputType.BYTES));
            if (Boolean.getBoolean("tracker.screenshots.refresh") && Files.isDirectory(DOCUMENTED)) {
                Files.copy(shot, DOCUMENTED.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves what the window shows, at this height, from the top of an element of the page down. */
    void screenshot(String name, int height, By from) {
        driver.manage().window().setSize(new Dimension(1280, height));
        script("arguments[0].scrollIntoView();", driver.findElement(from));
        try {
            save(name);
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 1600));
        }
    }

    /** Saves what a phone this wide shows of the page from the top of an element down, as {@link #screenshot} does. */
    void phoneScreenshot(String name, int width, int height, By from) {
        viewport(width, height);
        try {
            script("arguments[0].scrollIntoView();", driver.findElement(from));
            save(name);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
