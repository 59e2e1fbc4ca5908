package nl.autonomy.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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

  @Test
  void writersWorkOnTheResultAloneNeverOnTheCollectors() {
    ArchRule rule = noClasses().that().resideInAnyPackage("nl.autonomy.core.report..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "nl.autonomy.core.detect..", "nl.autonomy.core.source..", "nl.autonomy.core.collect..");
    rule.check(core);
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
    for (String a : new String[] {"maven", "archive"}) {
      noClasses().that().resideInAPackage("nl.autonomy.core.detect." + a + "..")
          .should().dependOnClassesThat().resideInAnyPackage(otherDetectorPackages(a))
          .allowEmptyShould(true)
          .check(core);
    }
  }

  private static String[] otherDetectorPackages(String own) {
    return java.util.stream.Stream.of("maven", "archive", "npm", "python", "gradle", "nuget", "golang", "composer")
        .filter(p -> !p.equals(own)).map(p -> "nl.autonomy.core.detect." + p + "..").toArray(String[]::new);
  }
}
