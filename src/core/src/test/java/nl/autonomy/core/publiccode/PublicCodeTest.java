package nl.autonomy.core.publiccode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.autonomy.core.FailOn;
import nl.autonomy.core.ScanOptions;
import nl.autonomy.core.ScanRequest;
import nl.autonomy.core.Scanner;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.publiccode.PublicCodeDetector;
import nl.autonomy.core.detect.support.DetectorFixture;
import nl.autonomy.core.model.Finding;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.model.PublicCode;
import nl.autonomy.core.policy.EvaluationContext;
import nl.autonomy.core.policy.PolicyEvaluator;
import nl.autonomy.core.policy.PolicyRepository;
import nl.autonomy.core.policy.VendorLookup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublicCodeTest {

  @TempDir
  Path dir;

  private Path write(String relative, String text) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  @Test
  void readsTheThreeDependsOnListsWithLinesAndSkipsBadEntriesWithAWarning() throws IOException {
    write("publiccode.yml", """
        publiccodeYmlVersion: "0.4"
        name: Parkeren
        dependsOn:
          open:
            - name: PostgreSQL
              versionMin: 14
            - version: "1.0"
          proprietary:
            - name: Azure Blob Storage
              optional: true
          hardware:
            - name: parking sensor
          cloud:
            - name: x
        """);
    Detection d = DetectorFixture.detect(new PublicCodeDetector(), dir);
    assertThat(d.publicCode()).hasSize(1);
    PublicCode p = d.publicCode().get(0);
    assertThat(p.name()).isEqualTo("Parkeren");
    assertThat(p.dependsOn()).extracting(PublicCode.Dependency::kind, PublicCode.Dependency::name,
            PublicCode.Dependency::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(PublicCode.Kind.OPEN, "PostgreSQL", 5),
            org.assertj.core.groups.Tuple.tuple(PublicCode.Kind.PROPRIETARY, "Azure Blob Storage", 9),
            org.assertj.core.groups.Tuple.tuple(PublicCode.Kind.HARDWARE, "parking sensor", 12));
    assertThat(p.dependsOn().get(0).versionMin()).isEqualTo("14");
    assertThat(p.dependsOn().get(1).optional()).isTrue();
    assertThat(d.problems()).extracting(Problem::message).containsExactly(
        "publiccode.yml: a dependsOn.open entry without a 'name'; skipped",
        "publiccode.yml: unknown dependsOn list 'cloud' (open, proprietary or hardware); skipped");
    assertThat(d.problems()).allMatch(x -> x.severity() == Problem.Severity.WARNING);
    assertThat(d.problems()).extracting(x -> x.location().line()).containsExactly(7, 13);
  }

  @Test
  void aBrokenOrHostileFileIsAWarningNamingTheLineNeverAnIncompleteSbom() throws IOException {
    write("publiccode.yml", "name: a\nname: b\n");
    Detection dup = DetectorFixture.detect(new PublicCodeDetector(), dir);
    assertThat(dup.publicCode()).isEmpty();
    assertThat(dup.problems()).singleElement().satisfies(x -> {
      assertThat(x.severity()).isEqualTo(Problem.Severity.WARNING);
      assertThat(x.location().file()).isEqualTo("publiccode.yml");
      assertThat(x.location().line()).isEqualTo(2);
      assertThat(x.message()).contains("Duplicate field 'name'");
    });
    write("publiccode.yml", "name: deep\ndependsOn: " + "[".repeat(5000) + "]".repeat(5000) + "\n");
    Detection deep = DetectorFixture.detect(new PublicCodeDetector(), dir);
    assertThat(deep.problems()).singleElement().satisfies(x -> {
      assertThat(x.severity()).isEqualTo(Problem.Severity.WARNING);
      assertThat(x.location().file()).isEqualTo("publiccode.yml");
    });
    write("publiccode.yml", "dependsOn: [PostgreSQL]\n");
    Detection shape = DetectorFixture.detect(new PublicCodeDetector(), dir);
    assertThat(shape.publicCode()).singleElement().satisfies(x -> assertThat(x.dependsOn()).isEmpty());
    assertThat(shape.problems()).extracting(Problem::message)
        .containsExactly("publiccode.yml: 'dependsOn' must be a mapping of open, proprietary and hardware lists");
  }

  @Test
  void namesMatchOnSignificantWords() {
    assertThat(DependsOnNames.same("Azure", "Azure Blob Storage")).isTrue();
    assertThat(DependsOnNames.same("Microsoft Azure", "Microsoft")).isTrue();
    assertThat(DependsOnNames.same("PostgreSQL database", "PostgreSQL")).isTrue();
    assertThat(DependsOnNames.same("Database", "Azure SQL Database")).isFalse();
    assertThat(DependsOnNames.same("Keycloak", "PostgreSQL")).isFalse();
    assertThat(DependsOnNames.within("PostgreSQL", "org.postgresql:postgresql")).isTrue();
    assertThat(DependsOnNames.within("Keycloak Core Server", "core")).isFalse();
  }

  /**
   * A real scan of the Azure sample with a publiccode.yml next to it: the proprietary services the
   * code uses but the file does not declare are findings, a declared dependency nothing shows is a
   * note, and the generated dependsOn names what the scan saw.
   */
  @Test
  void crossChecksAgainstARealScanAndGeneratesTheSection() throws IOException {
    copySample("parkeren-azure");
    write("publiccode.yml", """
        publiccodeYmlVersion: "0.4"
        name: Parkeren
        dependsOn:
          open:
            - name: Oracle GraalVM Enterprise Toolkit
          proprietary:
            - name: Azure Blob Storage
        """);
    Inventory inv = new Scanner().scan(ScanRequest.of(dir, ScanOptions.defaults().withOffline(true), null)).inventory();
    assertThat(inv.publicCode()).hasSize(1);
    DependsOnCheck check = new DependsOnCheck(inv);
    assertThat(check.notFound()).containsExactly("Oracle GraalVM Enterprise Toolkit (publiccode.yml:5)");
    List<Finding> findings = new PolicyEvaluator().evaluate(inv, new PolicyRepository().load("default"),
        new EvaluationContext(FailOn.ERROR, null, LocalDate.parse("2026-12-01"), VendorLookup.none())).findings();
    List<String> undeclared = findings.stream().filter(f -> f.ruleId().equals("publiccode-undeclared-service"))
        .map(f -> f.subject().name()).sorted().toList();
    assertThat(undeclared).isNotEmpty().doesNotContain("Azure Blob Storage");
    assertThat(findings).filteredOn(f -> f.ruleId().equals("publiccode-declared-not-found")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("Oracle GraalVM Enterprise Toolkit (publiccode.yml:5)"));
    String section = DependsOnSection.render(inv, "test");
    assertThat(section).contains("dependsOn:\n  open:", "  proprietary:\n", "- name: \"Azure Blob Storage\"  # Microsoft");
    for (String name : undeclared) {
      assertThat(section).contains("- name: \"" + name + "\"");
    }
    // what the section generates, declared, leaves nothing undeclared
    write("publiccode.yml", "publiccodeYmlVersion: \"0.4\"\nname: Parkeren\n" + section);
    Inventory again = new Scanner().scan(ScanRequest.of(dir, ScanOptions.defaults().withOffline(true), null)).inventory();
    assertThat(new PolicyEvaluator().evaluate(again, new PolicyRepository().load("default"),
        new EvaluationContext(FailOn.ERROR, null, LocalDate.parse("2026-12-01"), VendorLookup.none())).findings())
        .noneMatch(f -> f.ruleId().startsWith("publiccode-"));
  }

  @Test
  void withoutPublicCodeTheRulesStaySilent() throws IOException {
    copySample("parkeren-azure");
    Inventory inv = new Scanner().scan(ScanRequest.of(dir, ScanOptions.defaults().withOffline(true), null)).inventory();
    assertThat(new PolicyEvaluator().evaluate(inv, new PolicyRepository().load("default"),
        new EvaluationContext(FailOn.ERROR, null, LocalDate.parse("2026-12-01"), VendorLookup.none())).findings())
        .noneMatch(f -> f.ruleId().startsWith("publiccode-"));
  }

  private void copySample(String name) throws IOException {
    Path from = Path.of("../../samples", name);
    try (var files = Files.walk(from)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Path to = dir.resolve(from.relativize(f).toString());
        Files.createDirectories(to.getParent());
        Files.copy(f, to);
      }
    }
  }
}
