package nl.autonomy.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import nl.autonomy.core.FailOn;
import nl.autonomy.core.model.Aspect;
import nl.autonomy.core.model.Assessment;
import nl.autonomy.core.model.Finding;
import nl.autonomy.core.model.Subject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Data-driven policy cases: each file under {@code policy/cases} names a policy (shipped id or
 * inline), an inventory (a fixture under {@code policy/inventories} or inline), the day, fail-on
 * and baseline, and the exact findings, notices, verdict and (optionally) score and answer.
 */
class PolicyCaseTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @TempDir
  Path temp;

  static Stream<Path> cases() throws IOException, URISyntaxException {
    Path dir = Path.of(PolicyCaseTest.class.getResource("/policy/cases").toURI());
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void policyCase(Path file) throws IOException {
    JsonNode c = YAML.readTree(file.toFile());
    Policy policy = policy(c);
    InventoryFixture fixture = inventory(c.path("inventory"));
    Set<String> baseline = null;
    if (c.has("baseline")) {
      baseline = new HashSet<>();
      for (JsonNode b : c.get("baseline")) {
        baseline.add(Fingerprints.of(b.path("rule").asText(),
            Subject.Kind.valueOf(b.path("kind").asText().toUpperCase(Locale.ROOT)), b.path("subject").asText()));
      }
    }
    EvaluationContext context = new EvaluationContext(
        FailOn.fromId(c.path("fail-on").asText("error")), baseline,
        LocalDate.parse(c.path("today").asText("2026-11-28")), VendorLookup.of(fixture.vendors));

    Assessment a = new PolicyEvaluator().evaluate(fixture.inventory, policy, context);

    JsonNode expect = c.path("expect");
    assertThat(a.findings().stream().flatMap(PolicyCaseTest::describe).sorted().toList())
        .as("findings of %s", file.getFileName())
        .containsExactlyInAnyOrderElementsOf(expected(expect.path("findings")));
    List<String> notices = new ArrayList<>();
    expect.path("notices").forEach(n -> notices.add(n.path("kind").asText() + " " + n.path("rule").asText()));
    assertThat(a.waiverNotices()).extracting(n -> n.kind().id() + " " + n.ruleId())
        .as("waiver notices").containsExactlyInAnyOrderElementsOf(notices);
    assertThat(a.verdict().id()).as("verdict: %s", a.verdictReason()).isEqualTo(expect.path("verdict").asText());
    if (expect.has("score")) {
      JsonNode s = expect.get("score");
      if (s.has("overall")) {
        assertThat(a.score().overall()).as("overall score").isEqualTo(s.get("overall").asDouble());
      }
      for (Aspect aspect : Aspect.values()) {
        if (s.has(aspect.id())) {
          assertThat(a.score().of(aspect)).as(aspect.id()).isEqualTo(s.get(aspect.id()).asDouble());
        }
      }
    }
    if (expect.has("answer")) {
      assertThat(a.answer()).isEqualTo(expect.get("answer").asText());
    }
    for (JsonNode m : expect.path("messages")) {
      Finding f = a.findings().stream()
          .filter(x -> x.ruleId().equals(m.path("rule").asText()) && x.subject().ref().equals(m.path("subject").asText()))
          .findFirst().orElseThrow();
      if (m.has("message")) {
        assertThat(f.message()).isEqualTo(m.get("message").asText());
      }
      if (m.has("how-to-fix")) {
        assertThat(f.howToFix()).isEqualTo(m.get("how-to-fix").asText());
      }
    }
  }

  /**
   * {@code rule subject severity [waived] [existing]}: one line per finding and subject, easy to
   * diff (a finding for many subjects with one cause is one line per subject here; grouping has its
   * own tests).
   */
  private static Stream<String> describe(Finding f) {
    List<Subject> subjects = f.grouped() ? f.subjects() : List.of(f.subject());
    return subjects.stream().map(s -> f.ruleId() + " " + s.ref() + " " + f.severity().id()
        + (f.waived() ? " waived" : "") + (f.status() == nl.autonomy.core.model.FindingStatus.EXISTING ? " existing" : ""));
  }

  private static List<String> expected(JsonNode findings) {
    List<String> out = new ArrayList<>();
    for (JsonNode f : findings) {
      out.add(f.path("rule").asText() + " " + f.path("subject").asText() + " " + f.path("severity").asText()
          + (f.path("waived").asBoolean(false) ? " waived" : "")
          + ("existing".equals(f.path("status").asText()) ? " existing" : ""));
    }
    return out;
  }

  private Policy policy(JsonNode c) throws IOException {
    JsonNode p = c.path("policy");
    if (p.isTextual()) {
      return new PolicyRepository().load(p.asText());
    }
    var files = c.path("files").fields();
    while (files.hasNext()) {
      var e = files.next();
      Path target = temp.resolve(e.getKey());
      Files.createDirectories(target.getParent());
      YAML.writeValue(target.toFile(), e.getValue());
    }
    Path file = temp.resolve("policy.yaml");
    YAML.writeValue(file.toFile(), p);
    return new PolicyRepository().load(file);
  }

  private static InventoryFixture inventory(JsonNode node) throws IOException {
    if (node.isTextual()) {
      try {
        Path file = Path.of(PolicyCaseTest.class.getResource("/policy/inventories/" + node.asText() + ".yaml").toURI());
        return InventoryFixture.read(file);
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    return InventoryFixture.of(node);
  }
}
