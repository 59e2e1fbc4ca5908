package nl.autonomy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code autonomy exit-plan} end to end, through Main as a user runs it. */
class ExitPlanCommandTest {

  @TempDir
  static Path tmp;

  private static Path report;

  /** One real scan of parkeren-azure, saved: the plans below read it back without scanning again. */
  @BeforeAll
  static void scanOnce() {
    MainTest.Run r = MainTest.run("scan", "../../samples/parkeren-azure", "--offline", "--fail-on", "never", "-q",
        "-o", tmp.resolve("scan").toString());
    assertThat(r.exit()).as(r.err()).isZero();
    report = tmp.resolve("scan/report.json");
  }

  @Test
  void scansAndPlansLeavingAVendor() throws Exception {
    Path out = tmp.resolve("from-scan");
    MainTest.Run r = MainTest.run("exit-plan", "../../samples/parkeren-azure", "--offline", "--vendor", "microsoft",
        "-o", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Leaving Microsoft: overall 62 → 100").contains("6 services").contains("effort high");
    assertThat(out.resolve("exit-plan.json")).isRegularFile();
    assertThat(out.resolve("exit-plan.md")).isRegularFile();
    assertThat(Files.readString(out.resolve("exit-plan.html"))).contains("Content-Security-Policy")
        .contains("type=\"checkbox\"");
  }

  @Test
  void readsASavedReportWithoutScanningAndRanks() throws Exception {
    Path out = tmp.resolve("from-report");
    MainTest.Run r = MainTest.run("exit-plan", report.toString(), "--rank", "-o", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("  1. Azure Functions / App Service");
    String json = Files.readString(out.resolve("exit-plan.json"));
    assertThat(json).contains("\"ranking\"").contains("\"whatIf\"");
    // the report the scan wrote already names the ways out and links to the plan
    assertThat(Files.readString(report.resolveSibling("report.html"))).contains("href=\"exit-plan.html\"")
        .contains("Ways out");
    assertThat(Files.readString(report.resolveSibling("report.md"))).contains("### Ways out");
  }

  @Test
  void writesDutch() throws Exception {
    Path out = tmp.resolve("nl");
    MainTest.Run r = MainTest.run("exit-plan", report.toString(), "--service", "azure-blob-storage", "--lang", "nl",
        "-o", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Azure Blob Storage verlaten");
    assertThat(Files.readString(out.resolve("exit-plan.md"))).contains("Waar het zit").contains("- [ ] ");
    assertThat(Files.readString(out.resolve("exit-plan.html"))).contains("lang=\"nl\"").contains("De uitweg");
  }

  @Test
  void aVendorNotInTheScanIsAUsageErrorNamingWhatWasFound() {
    MainTest.Run r = MainTest.run("exit-plan", report.toString(), "--vendor", "oracle", "-o",
        tmp.resolve("none").toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("no service of vendor 'oracle'").contains("azure-blob-storage (microsoft)");
    assertThat(tmp.resolve("none")).doesNotExist();
  }

  @Test
  void nothingChosenIsAUsageError() {
    MainTest.Run r = MainTest.run("exit-plan", report.toString(), "-o", tmp.resolve("x").toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--vendor ID, --service ID or --all");
  }

  @Test
  void aBrokenReportIsAnInputErrorNamingTheFile() throws Exception {
    Path broken = tmp.resolve("broken-report.json");
    Files.writeString(broken, "{\"schemaVersion\": \"1\", \"result\": ");
    MainTest.Run r = MainTest.run("exit-plan", broken.toString(), "--all", "-o", tmp.resolve("y").toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.INPUT);
    assertThat(r.err()).contains("broken-report.json");
  }
}
