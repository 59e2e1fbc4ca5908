package nl.autonomy.core.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.autonomy.core.model.PropertyNames;
import org.junit.jupiter.api.Test;

/**
 * Every {@code autonomy:} property name in main code comes from {@link PropertyNames}: a literal
 * elsewhere is how a name gets misspelt in one reader, or a string flag creeps back in as control
 * data (the {@code "autonomy:project" = "true"} checks this replaced). The source of every module
 * is read as text, because a constant is inlined into the class files and ArchUnit cannot see it.
 */
class PropertyNamesSourceTest {

  /** A string literal that starts with a property name in the namespace ({@code "autonomy: "} is a message). */
  static final Pattern LITERAL = Pattern.compile("\"" + Pattern.quote(PropertyNames.PREFIX) + "[^\\s\"]*\"");
  private static final Path REPOSITORY = Path.of("../..").toAbsolutePath().normalize();
  private static final List<String> MODULES = List.of("src/core", "src/resolver", "src/cli", "src/ledger", "maven-plugin");
  private static final String HOME = "nl/autonomy/core/model/PropertyNames.java";

  @Test
  void noAutonomyPropertyLiteralOutsidePropertyNames() throws IOException {
    List<String> found = new ArrayList<>();
    int files = 0;
    for (String module : MODULES) {
      Path main = REPOSITORY.resolve(module).resolve("src/main/java");
      assertThat(main).as(module + " main sources").isDirectory();
      try (Stream<Path> walk = Files.walk(main)) {
        for (Path file : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
          files++;
          if (main.relativize(file).toString().replace('\\', '/').equals(HOME)) {
            continue;
          }
          found.addAll(literals(REPOSITORY.relativize(file).toString(), Files.readString(file)));
        }
      }
    }
    assertThat(files).as("main source files read").isGreaterThan(300);
    assertThat(found).as("autonomy: property names written as literals; use the PropertyNames constant").isEmpty();
  }

  @Test
  void theScanFindsALiteralAndIgnoresMessages() {
    String source = """
        String a = c.properties().get("autonomy:project");
        err.println("autonomy: " + e.getMessage());
        String b = PropertyNames.PREFIX + "x";
        """;
    assertThat(literals("Example.java", source)).containsExactly("Example.java:1: \"autonomy:project\"");
  }

  @Test
  void everyConstantIsATaxonomyNameDocumentedOnTheTaxonomyPage() throws Exception {
    String docs = Files.readString(REPOSITORY.resolve("docs/cyclonedx-properties.md"));
    List<String> names = new ArrayList<>();
    for (Field f : PropertyNames.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && Modifier.isPublic(f.getModifiers()) && f.getType() == String.class) {
        String value = (String) f.get(null);
        if (value.startsWith(PropertyNames.PREFIX) && !value.endsWith(":")) {
          names.add(value);
        }
      }
    }
    assertThat(names).as("property names").hasSizeGreaterThan(50);
    for (String name : names) {
      assertThat(PropertyNames.valid(name)).as(name + " follows the taxonomy grammar").isTrue();
      assertThat(docs).as(name + " documented in docs/cyclonedx-properties.md").contains("`" + name + "`");
    }
  }

  private static List<String> literals(String file, String text) {
    List<String> out = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = LITERAL.matcher(lines[i]);
      while (m.find()) {
        out.add(file + ":" + (i + 1) + ": " + m.group());
      }
    }
    return out;
  }
}
