package nl.autonomy.core.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.report.ReportResults;
import nl.autonomy.core.report.WriterOptions;
import nl.autonomy.core.testing.RequiredEnvironment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * report.html in real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, which
 * CI installs): no console error, no request besides the file itself, the sections are there, and
 * the component table filters and sorts. Shown as skipped where Chromium is not installed, and
 * failing there when {@code CI=true} ({@link RequiredEnvironment}).
 */
@Tag("browser")
class HtmlReportBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir
  static Path dir;

  private static ChromeDriver browser;

  private static boolean installed() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  /** Each test shows as skipped (or, with CI=true, fails) when Chromium is missing: never silently absent. */
  @BeforeEach
  void requireChromium() {
    RequiredEnvironment.require(installed(), "Chromium and chromedriver (" + CHROMIUM + ", " + CHROMEDRIVER + ")");
  }

  @BeforeAll
  static void start() throws IOException {
    if (!installed()) {
      return;
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=1280,2000",
        "--user-data-dir=" + Files.createDirectory(dir.resolve("chromium-profile")));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void theReportOfAScannedProjectLoadsCleanFiltersSortsAndIsPhotographed() throws IOException {
    Path page = open(ReportResults.springBootOnAzure(), "spring-boot-azure.html");

    for (String id : List.of("answer", "verdict", "services", "findings", "ownership", "components", "problems",
        "provenance")) {
      assertThat(browser.findElements(By.id(id))).as("section %s", id).hasSize(1);
    }
    assertThat(browser.findElement(By.cssSelector("#answer .answer")).getText()).contains("% autonomous");
    assertThat(browser.findElements(By.cssSelector("#ownership figure svg"))).hasSize(3);

    int all = visibleRows();
    assertThat(all).isEqualTo(12);
    WebElement filter = browser.findElement(By.id("component-filter"));
    filter.sendKeys("azure");
    assertThat(visibleRows()).isEqualTo(3);
    assertThat(browser.findElement(By.id("component-count")).getText()).isEqualTo("3 of 12 shown");
    filter.clear();
    filter.sendKeys(" ");
    assertThat(visibleRows()).isEqualTo(all);

    WebElement versionHeader = browser.findElement(By.cssSelector("#component-table thead th:nth-child(2)"));
    versionHeader.findElement(By.tagName("button")).click();
    assertThat(versionHeader.getAttribute("aria-sort")).isEqualTo("ascending");
    assertThat(firstCell(2)).isEqualTo("1.18.34");
    versionHeader.findElement(By.tagName("button")).click();
    assertThat(versionHeader.getAttribute("aria-sort")).isEqualTo("descending");
    assertThat(firstCell(2)).isEqualTo("42.7.4");

    assertCleanLoad(page);
    ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0);");
    Files.createDirectories(SCREENSHOTS);
    Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve("report-html.png"),
        StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void aDutchPageAndAnEmptyPageLoadCleanToo() throws IOException {
    Path dutch = open(ReportResults.withProblems(), new WriterOptions(java.util.Locale.forLanguageTag("nl")), "nl.html");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
    assertThat(browser.findElement(By.id("problems-h")).getText()).isEqualTo("Problemen tijdens de scan");
    assertCleanLoad(dutch);

    Path empty = open(ReportResults.empty(), "empty.html");
    assertThat(browser.findElements(By.id("component-table"))).isEmpty();
    assertCleanLoad(empty);
  }

  @Test
  void threeThousandComponentsFilterInTheBrowser() throws IOException {
    Path page = open(ReportResults.large(3000), "large.html");
    int all = visibleRows();
    browser.findElement(By.id("component-filter")).sendKeys("pakket-29");
    assertThat(visibleRows()).isBetween(1, all - 1).isEqualTo(111);
    assertThat(browser.findElement(By.id("component-count")).getText()).isEqualTo("111 of 3,012 shown");
    assertCleanLoad(page);
  }

  @Test
  void printingHidesTheControlsAndShowsEveryRowEvenWhenFiltered() throws IOException {
    open(ReportResults.springBootOnAzure(), "print.html");
    browser.findElement(By.id("component-filter")).sendKeys("azure");
    assertThat(displayedRows()).isEqualTo(3);
    browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
    try {
      assertThat(browser.findElement(By.tagName("nav")).isDisplayed()).isFalse();
      assertThat(browser.findElement(By.id("component-filter")).isDisplayed()).isFalse();
      assertThat(displayedRows()).isEqualTo(12);
    } finally {
      browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
    }
  }

  private static int displayedRows() {
    return (int) browser.findElements(By.cssSelector("#component-table tbody tr")).stream()
        .filter(WebElement::isDisplayed).count();
  }

  @Test
  void theDutchContractReportLoadsCleanWithEveryClauseAndItsOutcome() throws IOException {
    Path file = dir.resolve("contract.html");
    ScanResult result = nl.autonomy.core.report.ContractResults.delivered(dir);
    Files.writeString(file, new ProcurementHtmlWriter().render(result,
        new WriterOptions(java.util.Locale.forLanguageTag("nl"))));
    browser.manage().logs().get(LogType.BROWSER);
    browser.get(file.toUri().toString());
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");
    for (String id : List.of("identity", "policy", "verdict", "clauses", "exits", "problems", "files")) {
      assertThat(browser.findElements(By.id(id))).as("section %s", id).hasSize(1);
    }
    assertThat(browser.findElements(By.cssSelector("table.clauses tbody tr")))
        .hasSize(result.assessment().clauses().size());
    assertThat(browser.findElement(By.cssSelector("#clause-service-jurisdiction .outcome")).getText())
        .isEqualTo("ONTHEFFING");
    assertThat(browser.findElement(By.cssSelector("#clause-delivered-as-published .outcome")).getText())
        .isEqualTo("VOLDAAN");
    assertThat(browser.findElement(By.cssSelector("#clause-no-hard-lock-in .outcome")).getText())
        .isEqualTo("NIET VOLDAAN");
    assertCleanLoad(file);
    Files.createDirectories(SCREENSHOTS);
    Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve("contract-html.png"),
        StandardCopyOption.REPLACE_EXISTING);
  }

  /** The guard itself: a page that tries to fetch something is caught by the CSP and the console. */
  @Test
  void aRequestSmuggledIntoThePageIsBlockedAndLogged() throws IOException {
    String html = new HtmlReportWriter().render(ReportResults.empty(), WriterOptions.defaults())
        .replace("</main>", "<img src=\"https://cdn.example.org/tracker.png\" alt=\"\"></main>");
    Path file = dir.resolve("smuggled.html");
    Files.writeString(file, html);
    browser.manage().logs().get(LogType.BROWSER);
    browser.get(file.toUri().toString());
    List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).map(LogEntry::getMessage).toList();
    assertThat(errors).anySatisfy(m -> assertThat(m).contains("cdn.example.org").contains("Content Security Policy"));
  }

  private static Path open(ScanResult result, String name) throws IOException {
    return open(result, WriterOptions.defaults(), name);
  }

  private static Path open(ScanResult result, WriterOptions options, String name) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, new HtmlReportWriter().render(result, options));
    browser.manage().logs().get(LogType.BROWSER);
    browser.get(file.toUri().toString());
    return file;
  }

  /** Nothing was logged as an error (a blocked request is one, through the CSP) and nothing was fetched. */
  private static void assertCleanLoad(Path page) {
    List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
        .map(LogEntry::toString).toList();
    assertThat(errors).as("console of %s", page).isEmpty();
    Object resources = ((JavascriptExecutor) browser).executeScript(
        "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
    assertThat((List<?>) resources).as("requests of %s", page).isEmpty();
    Object navigations = ((JavascriptExecutor) browser).executeScript(
        "return performance.getEntriesByType('navigation').map(function (e) { return e.name; });");
    assertThat((List<?>) navigations).as("navigations of %s", page).hasSize(1);
  }

  private static int visibleRows() {
    Object n = ((JavascriptExecutor) browser).executeScript(
        "return Array.prototype.filter.call(document.querySelectorAll('#component-table tbody tr'),"
            + " function (r) { return !r.hidden; }).length;");
    return ((Number) n).intValue();
  }

  private static String firstCell(int column) {
    Object text = ((JavascriptExecutor) browser).executeScript(
        "var r = Array.prototype.find.call(document.querySelectorAll('#component-table tbody tr'),"
            + " function (r) { return !r.hidden; }); return r.cells[" + (column - 1) + "].textContent;");
    return (String) text;
  }
}
