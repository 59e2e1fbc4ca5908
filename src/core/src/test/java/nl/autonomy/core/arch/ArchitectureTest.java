package nl.autonomy.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import com.tngtech.archunit.core.domain.JavaClass;
import java.util.List;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/** The boundaries DESIGN.md draws, kept by the build rather than by review. */
class ArchitectureTest {

  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("nl.autonomy.core");
  }

  @Test
  void coreHasNoCommandLineOrMavenResolverImplementation() {
    ArchRule rule = noClasses().that().resideInAPackage("nl.autonomy.core..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "picocli..", "org.eclipse.aether..", "org.apache.maven..", "nl.autonomy.cli..", "nl.autonomy.resolver..");
    rule.check(core);
  }

  @Test
  void theModelDependsOnNothingButItself() {
    ArchRule rule = noClasses().that().resideInAPackage("nl.autonomy.core.model..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "nl.autonomy.core.detect..", "nl.autonomy.core.source..", "nl.autonomy.core.collect..",
            "com.fasterxml.jackson.databind..", "org.cyclonedx..");
    rule.check(core);
  }

  /**
   * Writers read only the ScanResult: what they show of the policy (verdict, its reason, failOn,
   * the answer and its counts) is in the Assessment, so a writer cannot consult a catalog or a
   * policy of its own that differs from the scan's ({@code --catalog} overrides were ignored in the
   * ownership tables while the report read the shipped catalog through the policy package).
   */
  @Test
  void writersDoNotDependOnThePolicyEngine() {
    ArchRule rule = noClasses().that().resideInAnyPackage("nl.autonomy.core.report..", "nl.autonomy.core.sbom..",
            "nl.autonomy.core.summary..")
        .should().dependOnClassesThat().resideInAnyPackage("nl.autonomy.core.policy..", "nl.autonomy.core.catalog..");
    rule.check(core);
  }

  @Test
  void writersWorkOnTheResultAloneNeverOnTheCollectors() {
    ArchRule rule = noClasses().that().resideInAnyPackage("nl.autonomy.core.report..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "nl.autonomy.core.detect..", "nl.autonomy.core.source..", "nl.autonomy.core.collect..");
    rule.check(core);
  }

  /**
   * The detector packages, found rather than listed: every package directly under {@code detect}
   * except {@code support}, which they all share. A hand list went stale (it named a package that
   * does not exist and checked two of thirteen).
   */
  static List<String> detectorPackages() {
    String prefix = "nl.autonomy.core.detect.";
    return core.stream().map(JavaClass::getPackageName)
        .filter(p -> p.startsWith(prefix))
        .map(p -> p.substring(prefix.length()).split("\\.")[0])
        .filter(p -> !p.equals("support"))
        .distinct().sorted().toList();
  }

  @Test
  void theDetectorPackagesAreFoundNotListed() {
    assertThat(detectorPackages()).contains("archive", "cargo", "composer", "container", "dotnet", "golang", "gradle",
        "helm", "maven", "npm", "python", "ruby", "signals").doesNotContain("support", "nuget");
  }

  @Test
  void writersReadNoCatalogOfTheirOwn() {
    // a catalog loaded by a writer would ignore the scan's --catalog overrides; the result carries
    // what the writers need (a service's provider, the components' vendors)
    noClasses().that().resideInAnyPackage("nl.autonomy.core.report..", "nl.autonomy.core.sbom..",
            "nl.autonomy.core.summary..")
        .should().dependOnClassesThat().resideInAnyPackage("nl.autonomy.core.catalog..")
        .check(core);
  }

  @Test
  void detectorsDoNotReachIntoEachOther() {
    List<String> all = detectorPackages();
    for (String own : all) {
      String[] others = all.stream().filter(p -> !p.equals(own))
          .map(p -> "nl.autonomy.core.detect." + p + "..").toArray(String[]::new);
      // the Maven graph port (the front end's resolver) lives in detect.maven but serves Gradle too;
      // a container image's jars are read by the archive detector itself, so they are identified
      // exactly like the jars of a WAR (one mechanism, not two)
      noClasses().that().resideInAPackage("nl.autonomy.core.detect." + own + "..")
          .should().dependOnClassesThat(resideInAnyPackage(others).and(not(MAVEN_PORT))
              .and(not(own.equals("image") ? ARCHIVE_READER : DescribedPredicate.alwaysFalse())))
          .check(core);
    }
  }

  private static final DescribedPredicate<JavaClass> ARCHIVE_READER = DescribedPredicate.describe(
      "the archive detector", c -> c.getName().equals("nl.autonomy.core.detect.archive.JarDetector"));

  private static final DescribedPredicate<JavaClass> MAVEN_PORT = DescribedPredicate.describe("the Maven graph port",
      c -> c.getPackageName().equals("nl.autonomy.core.detect.maven") && !c.getSimpleName().equals("MavenDetector"));

  /**
   * No new cycle between core's packages. The cycles that exist today (collect/detect,
   * detect/lockin, policy/report, policy/score) are frozen in {@code archunit-frozen/}: they may
   * only go away (ArchUnit then drops them from the store), never grow.
   */
  @Test
  void coresPackagesHaveNoNewCycles() {
    FreezingArchRule.freeze(slices().matching("nl.autonomy.core.(*)..").should().beFreeOfCycles()).check(core);
  }
}
