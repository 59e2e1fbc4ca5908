package nl.autonomy.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The signal families share one mechanism ({@code detect.signals}, {@code detect.support}) and never
 * reach into each other; the shared helpers and the lock-in judgement do not depend on the detector.
 */
class SignalArchitectureTest {

  private static final List<String> FAMILIES = List.of("imports", "endpoints", "iac", "kubernetes", "containers", "ci");
  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("nl.autonomy.core");

  @Test
  void familiesDoNotReachIntoEachOther() {
    for (String family : FAMILIES) {
      String[] others = FAMILIES.stream().filter(f -> !f.equals(family))
          .map(f -> "nl.autonomy.core.detect.signals." + f + "..").toArray(String[]::new);
      noClasses().that().resideInAPackage("nl.autonomy.core.detect.signals." + family + "..")
          .should().dependOnClassesThat().resideInAnyPackage(others).check(CORE);
    }
  }

  @Test
  void sharedReadingAndMatchingKnowNoSignals() {
    noClasses().that().resideInAPackage("nl.autonomy.core.detect.support..")
        .should().dependOnClassesThat().resideInAnyPackage("nl.autonomy.core.detect.signals..", "nl.autonomy.core.lockin..")
        .check(CORE);
  }

  @Test
  void theJudgementDoesNotDependOnTheDetector() {
    noClasses().that().resideInAPackage("nl.autonomy.core.lockin..")
        .should().dependOnClassesThat().resideInAPackage("nl.autonomy.core.detect.signals..")
        .check(CORE);
  }
}
