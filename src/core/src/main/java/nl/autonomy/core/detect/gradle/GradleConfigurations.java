package nl.autonomy.core.detect.gradle;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import nl.autonomy.core.model.Scope;

/**
 * Maps Gradle configuration names to Autonomy scopes, for lockfiles (resolvable configurations:
 * {@code runtimeClasspath}, {@code testCompileClasspath}...) and for declarations (declarable
 * ones: {@code implementation}, {@code testImplementation}, {@code kapt}...). Test configurations
 * give TEST; runtime classpaths and implementation/api/runtimeOnly give RUNTIME; what is only on a
 * compile classpath ({@code compileOnly}) is PROVIDED, since it must be supplied at run time by the
 * platform; annotation processors, build-script classpaths and tool configurations give BUILD.
 */
final class GradleConfigurations {

  private static final Set<String> RUNTIME = Set.of("implementation", "api", "runtimeonly", "compile", "runtime",
      "runtimeclasspath", "providedruntime");
  private static final Set<String> PROVIDED = Set.of("compileonly", "compileonlyapi", "compileclasspath",
      "providedcompile");

  private GradleConfigurations() {
  }

  /** Whether a word in a build script names a configuration dependencies are declared in. */
  static boolean isDeclarable(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return RUNTIME.contains(lower) || PROVIDED.contains(lower) || lower.endsWith("implementation")
        || lower.endsWith("api") && !lower.equals("api") && Character.isUpperCase(name.charAt(name.length() - 3))
        || lower.endsWith("compileonly") || lower.endsWith("runtimeonly") || lower.endsWith("annotationprocessor")
        || lower.startsWith("kapt") || lower.startsWith("ksp") || lower.equals("developmentonly")
        || lower.equals("classpath") || lower.equals("detektplugins") || lower.equals("corelibrarydesugaring")
        || lower.equals("testcompile") || lower.equals("testruntime") || lower.equals("lintchecks");
  }

  static Scope of(String configuration) {
    String lower = configuration.toLowerCase(Locale.ROOT);
    if (lower.startsWith("test") || lower.contains("test")) {
      return Scope.TEST;
    }
    if (lower.contains("annotationprocessor") || lower.startsWith("kapt") || lower.startsWith("ksp")
        || lower.equals("classpath") || lower.equals("developmentonly") || lower.startsWith("detekt")
        || lower.startsWith("lint") || lower.startsWith("buildscript")) {
      return Scope.BUILD;
    }
    if (RUNTIME.contains(lower) || lower.endsWith("runtimeclasspath") || lower.endsWith("implementation")
        || lower.endsWith("runtimeonly") || lower.endsWith("api") || lower.equals("corelibrarydesugaring")) {
      return Scope.RUNTIME;
    }
    if (PROVIDED.contains(lower) || lower.endsWith("compileclasspath") || lower.endsWith("compileonly")
        || lower.endsWith("compileonlyapi")) {
      return Scope.PROVIDED;
    }
    return Scope.BUILD;
  }

  /** The widest scope over several configurations (what ships wins). */
  static Scope widest(Collection<String> configurations) {
    return configurations.stream().map(GradleConfigurations::of)
        .min(Enum::compareTo).orElse(Scope.BUILD);
  }
}
