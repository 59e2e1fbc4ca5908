package nl.autonomy.core.source;

import java.util.Locale;
import java.util.Set;
import nl.autonomy.core.model.Scope;

/**
 * What a file is for, judged from its path: evidence in tests, fixtures or documentation weighs
 * less than evidence in the code that ships. One shared rule so every detector judges alike.
 */
public final class PathRoles {

  private static final Set<String> TEST_SEGMENTS = Set.of(
      "test", "tests", "__tests__", "spec", "specs", "testdata", "test-data", "fixtures", "fixture",
      "it", "e2e", "testing", "mocks", "__mocks__");
  private static final Set<String> DOC_SEGMENTS = Set.of("doc", "docs", "documentation", "examples", "example", "samples-docs");
  private static final Set<String> DOC_EXTENSIONS = Set.of("md", "markdown", "adoc", "rst", "txt", "html", "htm");

  /** JUnit/xUnit naming: {@code FooTest.java}, {@code FooTests.kt}, {@code FooIT.java}. */
  private static final java.util.regex.Pattern TEST_CLASS =
      java.util.regex.Pattern.compile(".*(Test|Tests|IT)\\.(java|kt|scala|cs|groovy|php)");

  private PathRoles() {
  }

  /** {@link Scope#TEST} for tests, fixtures and documentation; {@link Scope#RUNTIME} otherwise. */
  public static Scope scopeOf(String relativePath) {
    return isTest(relativePath) || isDocumentation(relativePath) ? Scope.TEST : Scope.RUNTIME;
  }

  public static boolean isTest(String relativePath) {
    String lower = relativePath.toLowerCase(Locale.ROOT);
    for (String segment : lower.split("/")) {
      if (TEST_SEGMENTS.contains(segment)) {
        return true;
      }
    }
    String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
    String lowerName = name.toLowerCase(Locale.ROOT);
    return lowerName.contains(".test.") || lowerName.contains(".spec.") || lowerName.startsWith("test_")
        || lowerName.endsWith("_test.go") || lowerName.endsWith("_test.py")
        || TEST_CLASS.matcher(name).matches();
  }

  public static boolean isDocumentation(String relativePath) {
    String lower = relativePath.toLowerCase(Locale.ROOT);
    int dot = lower.lastIndexOf('.');
    if (dot > lower.lastIndexOf('/') && DOC_EXTENSIONS.contains(lower.substring(dot + 1))) {
      return true;
    }
    String[] segments = lower.split("/");
    for (int i = 0; i < segments.length - 1; i++) {
      if (DOC_SEGMENTS.contains(segments[i])) {
        return true;
      }
    }
    return false;
  }
}
