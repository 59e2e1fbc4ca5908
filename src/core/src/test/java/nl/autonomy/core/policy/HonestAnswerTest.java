package nl.autonomy.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import nl.autonomy.core.FailOn;
import nl.autonomy.core.model.Assessment;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.Finding;
import nl.autonomy.core.model.Inventory;
import nl.autonomy.core.model.LicenseCategory;
import nl.autonomy.core.model.LicenseInfo;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.LockInLevel;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.model.Provenance;
import nl.autonomy.core.model.Service;
import nl.autonomy.core.model.SourceKind;
import nl.autonomy.core.model.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13: unknown is not locked, incomplete is not a pass, one root cause is one finding, and
 * the score of one codebase does not depend on how many modules it is split into.
 */
class HonestAnswerTest {

  private static final PolicyRepository POLICIES = new PolicyRepository();
  private static final EvaluationContext CONTEXT =
      new EvaluationContext(FailOn.ERROR, null, LocalDate.parse("2026-12-01"), VendorLookup.none());
  private static final LicenseInfo EUPL = new LicenseInfo("EUPL-1.2", LicenseCategory.NETWORK_COPYLEFT, "declared");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"default", "strict-sovereign", "procurement", "amsterdam-2030"})
  void oneCodebaseScoresTheSameAsOneModuleOrAsFive(String policy) {
    Assessment one = evaluate(policy, inventory(0, thirdParty(), List.of()));
    Assessment five = evaluate(policy, inventory(5, thirdParty(), List.of()));

    assertThat(five.score().overall()).isEqualTo(one.score().overall());
    assertThat(five.score().aspects()).isEqualTo(one.score().aspects());
    assertThat(five.findings()).hasSameSizeAs(one.findings());
    assertThat(five.answer()).isEqualTo(one.answer());
  }

  @Test
  void threeHundredPackagesWithoutLicenseDataAreOneFindingWeighedOnce() {
    Assessment three = evaluate("procurement", inventory(0, npmWithoutLicense(300), List.of()));
    Assessment single = evaluate("procurement", inventory(0, npmWithoutLicense(1), List.of()));

    List<Finding> unknown = three.findings().stream().filter(f -> f.ruleId().equals("license-known")).toList();
    assertThat(unknown).hasSize(1);
    assertThat(unknown.get(0).subjects()).hasSize(300);
    assertThat(unknown.get(0).subjectCount()).isEqualTo(300);
    assertThat(unknown.get(0).cause()).isEqualTo("component.ecosystem=npm; license.known=false");
    assertThat(unknown.get(0).subject().name()).isEqualTo("300 components");
    assertThat(unknown.get(0).message()).startsWith("License unknown: 300 components for the same cause")
        .contains("and 295 more");
    assertThat(three.score().overall()).isEqualTo(single.score().overall());
  }

  @Test
  void differentCausesStayApart() {
    List<Component> components = new ArrayList<>(npmWithoutLicense(3));
    IntStream.range(0, 2).forEach(i -> components.add(Component.builder("pkg:pypi/p" + i + "@1.0", Ecosystem.PYPI, "p" + i)
        .purl("pkg:pypi/p" + i + "@1.0").version("1.0").build()));
    Assessment a = evaluate("procurement", inventory(0, components, List.of()));

    assertThat(a.findings().stream().filter(f -> f.ruleId().equals("license-known")).map(Finding::cause))
        .containsExactlyInAnyOrder("component.ecosystem=npm; license.known=false",
            "component.ecosystem=pypi; license.known=false");
  }

  @Test
  void unknownLicensesAreCoverageNotAPenaltyUnderTheDefaultPolicy() {
    Assessment a = evaluate("default", inventory(0, npmWithoutLicense(300), List.of(), EUPL));

    assertThat(a.score().overall()).isEqualTo(100.0);
    assertThat(a.findings()).isEmpty();
    assertThat(a.summary().coverage().components()).isEqualTo(300);
    assertThat(a.summary().coverage().withLicense()).isZero();
    assertThat(a.answer()).isEqualTo("100% autonomous: no lock-in found (licenses known for 0% of 300 components)");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"default", "strict-sovereign", "procurement", "amsterdam-2030"})
  void aGraphThatFailedIsAnErrorAPartialScoreAndNeverOneHundredPercent(String policy) {
    List<Problem> problems = List.of(
        Problem.error("maven", Location.of("api/pom.xml", 12), "cannot resolve the BOM"),
        Problem.error("maven", Location.of("web/pom.xml", 3), "cannot resolve the parent"));
    Assessment a = evaluate(policy, inventory(0, List.of(), problems));

    assertThat(a.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(a.findings()).anySatisfy(f -> {
      assertThat(f.ruleId()).isEqualTo("complete-sbom");
      assertThat(f.severity().id()).isEqualTo("error");
      assertThat(f.message()).contains("2 modules’ dependencies could not be resolved");
    });
    assertThat(a.score().partial()).isTrue();
    assertThat(a.summary().nothingRead()).isTrue();
    assertThat(a.answer()).isEqualTo("No answer: nothing could be read; 2 modules’ dependencies could not be resolved")
        .doesNotContain("100%");
  }

  @Test
  void aPartlyReadScanSaysOfWhatCouldBeRead() {
    Assessment a = evaluate("default", inventory(0, thirdParty(),
        List.of(Problem.error("npm", Location.of("web/package-lock.json", 1), "malformed JSON"))));

    assertThat(a.score().partial()).isTrue();
    assertThat(a.answer()).contains("autonomous of what could be read").contains("1 file could not be read");
  }

  @Test
  void ownModulesInheritTheProjectLicenseAndAProjectWithoutOneIsOneFinding() {
    Assessment licensed = evaluate("procurement", inventory(5, List.of(), List.of(), EUPL));
    Assessment unlicensed = evaluate("procurement", inventory(5, List.of(), List.of(), null));

    assertThat(licensed.findings()).isEmpty();
    assertThat(unlicensed.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("project-license");
      assertThat(f.subject().kind().id()).isEqualTo("project");
    });
  }

  @Test
  void aWaiverForOneSubjectSplitsItFromItsGroup() {
    Policy base = POLICIES.load("procurement");
    Policy waived = new Policy(base.id(), base.title(), base.description(), base.source(), base.chain(),
        base.score(), base.rules(), List.of(new PolicyWaiver("license-known", "pkg:npm/n0*", "agreed in contract 7",
            "inkoop", LocalDate.parse("2027-12-31"), null)), base.ownHosts(), base.digest());
    Assessment a = new PolicyEvaluator().evaluate(inventory(0, npmWithoutLicense(4), List.of()), waived, CONTEXT);

    List<Finding> unknown = a.findings().stream().filter(f -> f.ruleId().equals("license-known")).toList();
    assertThat(unknown).hasSize(2);
    assertThat(unknown).filteredOn(Finding::waived).singleElement()
        .satisfies(f -> assertThat(f.subject().ref()).isEqualTo("pkg:npm/n0@1.0.0"));
    assertThat(unknown).filteredOn(f -> !f.waived()).singleElement()
        .satisfies(f -> assertThat(f.subjects()).hasSize(3));
  }

  private static Assessment evaluate(String policy, Inventory inventory) {
    return new PolicyEvaluator().evaluate(inventory, POLICIES.load(policy), CONTEXT);
  }

  private static List<Component> npmWithoutLicense(int n) {
    return IntStream.range(0, n).mapToObj(i -> Component.builder("pkg:npm/n" + i + "@1.0.0", Ecosystem.NPM, "n" + i)
        .purl("pkg:npm/n" + i + "@1.0.0").version("1.0.0").build()).toList();
  }

  /** Third-party components and one Azure client: the same whatever the module split. */
  private static List<Component> thirdParty() {
    List<Component> out = new ArrayList<>(npmWithoutLicense(20));
    out.add(Component.builder("pkg:maven/com.azure/azure-storage-blob@12.25.1", Ecosystem.MAVEN, "azure-storage-blob")
        .purl("pkg:maven/com.azure/azure-storage-blob@12.25.1").group("com.azure").version("12.25.1")
        .license(new LicenseInfo("MIT", LicenseCategory.PERMISSIVE, "declared")).service("azure-blob-storage").build());
    return out;
  }

  private static Inventory inventory(int modules, List<Component> thirdParty, List<Problem> problems) {
    return inventory(modules, thirdParty, problems, null);
  }

  /** A project with {@code modules} reactor modules (0: a single-module project) declaring nothing themselves. */
  private static Inventory inventory(int modules, List<Component> thirdParty, List<Problem> problems, LicenseInfo own) {
    Component.Builder project = Component.builder("pkg:maven/nl.gemeente/app@1.0", Ecosystem.MAVEN, "app")
        .purl("pkg:maven/nl.gemeente/app@1.0").group("nl.gemeente").version("1.0");
    if (own != null) {
      project.license(own);
    }
    List<Component> components = new ArrayList<>(thirdParty);
    for (int i = 0; i < modules; i++) {
      components.add(Component.builder("pkg:maven/nl.gemeente/app-m" + i + "@1.0", Ecosystem.MAVEN, "app-m" + i)
          .purl("pkg:maven/nl.gemeente/app-m" + i + "@1.0").group("nl.gemeente").version("1.0")
          .role(nl.autonomy.core.model.ComponentRole.MODULE).build());
    }
    boolean azure = thirdParty.stream().anyMatch(c -> c.services().contains("azure-blob-storage"));
    List<Service> services = azure ? List.of(new Service("azure-blob-storage", "Azure Blob Storage", "microsoft",
        "storage", LockInLevel.PROPRIETARY_API, List.of(), List.of("pkg:maven/com.azure/azure-storage-blob@12.25.1"),
        List.of(), List.of("MinIO"), "S3 API")) : List.of();
    Provenance provenance = new Provenance("test", SourceKind.FOLDER, null, null, null, Instant.parse("2026-12-01T00:00:00Z"), "test");
    return new Inventory(project.build(), components, services, List.of(), List.of(), problems, provenance, null);
  }
}
