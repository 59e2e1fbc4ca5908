package nl.autonomy.core.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import nl.autonomy.core.EvaluationOptions;
import nl.autonomy.core.FailOn;
import nl.autonomy.core.ScanOptions;
import nl.autonomy.core.ScanRequest;
import nl.autonomy.core.ScanResult;
import nl.autonomy.core.Scanner;
import nl.autonomy.core.fixtures.SampleResults;
import nl.autonomy.core.model.Aspect;
import nl.autonomy.core.model.AspectScore;
import nl.autonomy.core.model.Assessment;
import nl.autonomy.core.model.AutonomySummary;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.Finding;
import nl.autonomy.core.model.FindingStatus;
import nl.autonomy.core.model.FindingWaiver;
import nl.autonomy.core.model.LicenseCategory;
import nl.autonomy.core.model.LicenseInfo;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Score;
import nl.autonomy.core.model.Severity;
import nl.autonomy.core.model.SourceKind;
import nl.autonomy.core.model.Subject;
import nl.autonomy.core.model.VendorBasis;
import nl.autonomy.core.model.VendorRef;
import nl.autonomy.core.model.Verdict;
import nl.autonomy.core.policy.Evaluation;

/** Results for the writers of reports people read: assessed by the real policy engine where cheap. */
public final class ReportResults {

  public static final Instant TIME = Instant.parse("2026-11-28T09:30:00Z");

  private ReportResults() {
  }

  /** The hand-built Spring Boot application on Azure, judged by the shipped default policy. */
  public static ScanResult springBootOnAzure() {
    return assessed(SampleResults.springBootOnAzure(), FailOn.WARNING);
  }

  /** The same with resolution problems (an incomplete inventory). */
  public static ScanResult withProblems() {
    return assessed(SampleResults.withProblems(), FailOn.ERROR);
  }

  /** Markup, pipes, quotes and non-Latin letters in every value, assessed. */
  public static ScanResult oddCharacters() {
    return assessed(SampleResults.oddCharacters(), FailOn.ERROR);
  }

  /** Nothing found and nothing assessed. */
  public static ScanResult empty() {
    return SampleResults.empty();
  }

  /**
   * The real pipeline over a small npm + Python + Azure Blob Storage project, offline. Scanned from
   * a copy outside this repository, so that the provenance does not pick up this checkout's commit.
   */
  public static ScanResult scannedFixture() {
    Path copy = null;
    try {
      java.net.URI uri = ReportResults.class.getResource("/report/fixture-app").toURI();
      copy = Files.createTempDirectory("autonomy-report-fixture");
      if ("jar".equals(uri.getScheme())) {
        // other modules (the ledger) get this class from core's test jar: the fixture is inside it
        try (java.nio.file.FileSystem jar = java.nio.file.FileSystems.newFileSystem(uri, java.util.Map.of())) {
          copyTree(jar.provider().getPath(uri), copy);
        }
      } else {
        copyTree(Path.of(uri), copy);
      }
      ScanOptions options = ScanOptions.defaults().withOffline(true).withTimestamp(TIME);
      return new Scanner().scan(new ScanRequest(copy, "fixture-app", SourceKind.FOLDER, options,
          new EvaluationOptions("default", null, FailOn.WARNING), null, null));
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException(e);
    } finally {
      delete(copy);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A very large result: {@code count} npm components of many vendors and one finding per
   * component, half of them new, some waived; for size caps and rendering speed.
   */
  public static ScanResult large(int count) {
    ScanResult base = SampleResults.springBootOnAzure();
    List<Component> components = new ArrayList<>(base.inventory().components());
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String name = "pakket-" + i + "|met-pijp";
      String ref = "pkg:npm/%40vendor" + (i % 37) + "/pakket-" + i + "@1." + i + ".0";
      VendorRef vendor = new VendorRef("vendor" + (i % 37), "Vendor " + (i % 37) + " B.V.", "vendor" + (i % 37),
          i % 3 == 0 ? "US" : "NL", List.of(i % 3 == 0 ? "US" : "EU"), null, VendorBasis.CATALOG);
      components.add(Component.builder(ref, Ecosystem.NPM, name).purl(ref).group("@vendor" + (i % 37))
          .version("1." + i + ".0").vendor(vendor)
          .license(i % 5 == 0 ? LicenseInfo.unknown() : new LicenseInfo("MIT", LicenseCategory.PERMISSIVE, "declared"))
          .evidence(Evidence.lockfile("npm", Location.of("web/package-lock.json", 10 + i), "\"" + name + "\""))
          .build());
      findings.add(new Finding("license-unknown", i % 2 == 0 ? Severity.WARNING : Severity.INFO, Aspect.AGILITY,
          new Subject(Subject.Kind.COMPONENT, ref, "@vendor" + (i % 37) + "/" + name, nl.autonomy.core.model.Scope.RUNTIME),
          "The license of @vendor" + (i % 37) + "/" + name + " is not known | cannot be judged.",
          "Ask the vendor for the license or replace the component.",
          List.of(Evidence.lockfile("npm", Location.of("web/package-lock.json", 10 + i), name)),
          i % 10 == 0 ? new FindingWaiver("accepted until replaced", "team-parkeren", java.time.LocalDate.parse("2027-06-30")) : null,
          i % 4 < 2 ? FindingStatus.NEW : FindingStatus.EXISTING, 1.0, "fp-" + i));
    }
    Score score = new Score(41.5, List.of(new AspectScore(Aspect.CONFIDENTIALITY, 55, 45, 1),
        new AspectScore(Aspect.AGILITY, 20, 80, 1), new AspectScore(Aspect.RESILIENCE, 70, 30, 1)), List.of());
    AutonomySummary summary = new AutonomySummary(41, 3, 2, 3, 0, 0, count / 5, findings.size());
    Assessment assessment = new Assessment("default", "Default autonomy policy", "sha256:0123456789abcdef",
        nl.autonomy.core.FailOn.WARNING, Verdict.FAIL, "many new findings", score, "41% autonomous: many things", summary, findings, List.of());
    return new ScanResult(base.inventory().withComponents(components), 1, assessment);
  }

  private static ScanResult assessed(ScanResult scanned, FailOn failOn) {
    return scanned.withAssessment(new Evaluation().evaluate(scanned.inventory(),
        new EvaluationOptions("default", null, failOn), SampleResults.TIME));
  }

  /** The results every human-readable writer is checked against, with the language to write them in. */
  public static Stream<org.junit.jupiter.params.provider.Arguments> goldenCases() {
    WriterOptions english = WriterOptions.defaults();
    WriterOptions dutch = new WriterOptions(java.util.Locale.forLanguageTag("nl"));
    return Stream.of(
        org.junit.jupiter.params.provider.Arguments.of("spring-boot-azure.en", springBootOnAzure(), english),
        org.junit.jupiter.params.provider.Arguments.of("spring-boot-azure.nl", springBootOnAzure(), dutch),
        org.junit.jupiter.params.provider.Arguments.of("with-problems.en", withProblems(), english),
        org.junit.jupiter.params.provider.Arguments.of("scanned-fixture.en", scannedFixture(), english),
        org.junit.jupiter.params.provider.Arguments.of("empty.en", empty(), english));
  }
}
