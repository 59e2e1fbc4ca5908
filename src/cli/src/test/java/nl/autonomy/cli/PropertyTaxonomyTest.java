package nl.autonomy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.autonomy.core.model.PropertyNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every property any writer emits, in real scans of every sample (Maven, Gradle, npm, Python,
 * containers, IaC), follows the CycloneDX property taxonomy grammar — namespaces and names of
 * letters, digits, {@code -}, {@code _} and space, {@code :} the only delimiter — lives in the
 * {@code autonomy} or the official {@code cdx} namespace, and each {@code autonomy:} name is
 * documented in docs/cyclonedx-properties.md.
 */
class PropertyTaxonomyTest {

  private static final Pattern GRAMMAR = Pattern.compile("[A-Za-z0-9_ -]+(:[A-Za-z0-9_ -]+)+");
  private static final Pattern XML_PROPERTY = Pattern.compile("<property name=\"([^\"]*)\"");

  @TempDir
  Path tmp;

  @Test
  void everyEmittedPropertyFollowsTheGrammarAndIsDocumented() throws Exception {
    Set<String> names = new TreeSet<>();
    for (String sample : List.of("parkeren-azure", "vergunningen-open", "afval-aws", "wijkbudget-polyglot",
        "stadspas-gradle")) {
      Path out = tmp.resolve(sample);
      CliProcess.run(tmp, Map.of("SOURCE_DATE_EPOCH", "1700000000"), "scan", Path.of("../../samples", sample)
          .toAbsolutePath().toString(), "--offline", "--fail-on", "never", "-o", out.toString(), "-q");
      Set<String> json = new TreeSet<>();
      collect(new ObjectMapper().readTree(out.resolve("bom.cdx.json").toFile()), json);
      Set<String> xml = new TreeSet<>();
      Matcher m = XML_PROPERTY.matcher(Files.readString(out.resolve("bom.cdx.xml")));
      while (m.find()) {
        xml.add(m.group(1));
      }
      assertThat(xml).as(sample + ": the XML SBOM has the JSON SBOM's properties").isEqualTo(json);
      names.addAll(json);
    }
    assertThat(names).as("properties seen").hasSizeGreaterThan(25)
        .contains("autonomy:vendor:id", "autonomy:lock-in:level", "autonomy:maven:scope",
            // SOURCE_DATE_EPOCH pins the time: the official property says the SBOM is reproducible
            "cdx:reproducible");
    String docs = Files.readString(Path.of("../../docs/cyclonedx-properties.md"));
    for (String name : names) {
      assertThat(name).as(name).matches(GRAMMAR);
      assertThat(PropertyNames.valid(name)).as(name).isTrue();
      if (!name.equals("cdx:reproducible")) {
        assertThat(name).as(name).startsWith("autonomy:");
      }
      assertThat(docs).as(name + " documented in docs/cyclonedx-properties.md").contains("`" + name + "`");
    }
  }

  private static void collect(JsonNode node, Set<String> names) {
    if (node.isObject()) {
      JsonNode props = node.get("properties");
      if (props != null && props.isArray()) {
        props.forEach(p -> names.add(p.path("name").asText()));
      }
      node.forEach(child -> collect(child, names));
    } else if (node.isArray()) {
      node.forEach(child -> collect(child, names));
    }
  }
}
