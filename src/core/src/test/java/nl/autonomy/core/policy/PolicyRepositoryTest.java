package nl.autonomy.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyRepositoryTest {

  private final PolicyRepository repository = new PolicyRepository();

  @TempDir
  Path dir;

  @Test
  void listsEveryShippedPolicyFileWithTitleAndDigest() throws IOException {
    List<String> files;
    try (Stream<Path> s = Files.list(Path.of("../../policies"))) {
      files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
          .map(n -> n.substring(0, n.length() - ".yaml".length())).sorted().toList();
    }
    assertThat(repository.list()).extracting(PolicyRepository.PolicyInfo::id)
        .containsExactlyInAnyOrderElementsOf(files);
    assertThat(repository.list()).allSatisfy(p -> {
      assertThat(p.title()).isNotBlank();
      assertThat(p.digest()).matches("sha256:[0-9a-f]{64}");
    });
  }

  @Test
  void theSchemaNamesExactlyTheAttributesTheEngineKnows() throws IOException {
    JsonNode schema;
    try (InputStream in = getClass().getResourceAsStream(PolicySchema.RESOURCE)) {
      schema = new ObjectMapper().readTree(in);
    }
    List<String> names = new ArrayList<>();
    schema.at("/$defs/condition/propertyNames/enum").forEach(n -> names.add(n.asText()));
    names.removeAll(List.of("all", "any", "not"));
    assertThat(names).containsExactlyInAnyOrderElementsOf(Attribute.keys());
    List<String> distinct = new ArrayList<>();
    schema.at("/$defs/portfolio/properties/distinct/properties/attribute/enum").forEach(n -> distinct.add(n.asText()));
    assertThat(distinct).containsExactlyInAnyOrderElementsOf(Attribute.keys());
  }

  @Test
  void digestIsTheSameForTheSameContentWhereverItIsWritten() throws IOException {
    String text = repository.text("default");
    Path a = Files.writeString(dir.resolve("a.yaml"), text);
    Path b = Files.writeString(dir.resolve("b.yaml"), "# a comment moves every line\n\n" + text);
    assertThat(repository.load(a).digest()).isEqualTo(repository.load(b).digest())
        .isEqualTo(repository.load("default").digest());
  }

  @Test
  void digestChangesWithTheContent() throws IOException {
    String text = repository.text("default");
    Path changed = Files.writeString(dir.resolve("c.yaml"), text.replace("half-at: 20", "half-at: 25"));
    Path anyForAll = Files.writeString(dir.resolve("d.yaml"), text.replace(
        "        any:\n          - service.lock-in: self-hostable", "        all:\n          - service.lock-in: self-hostable"));
    assertThat(repository.load(changed).digest()).isNotEqualTo(repository.load("default").digest());
    assertThat(repository.load(anyForAll).digest()).isNotEqualTo(repository.load("default").digest());
  }

  @Test
  void anUnknownNameIsAConfigurationErrorListingTheShippedPolicies() {
    assertThatThrownBy(() -> repository.load("strict")).isInstanceOf(PolicyException.class)
        .hasMessageContaining("no shipped policy or file named 'strict'")
        .hasMessageContaining("default, strict-sovereign, procurement, amsterdam-2030");
  }

  @Test
  void aMissingFileIsAConfigurationError() {
    assertThatThrownBy(() -> repository.load(dir.resolve("nope.yaml").toString()))
        .isInstanceOf(PolicyException.class).hasMessageContaining("no such policy file");
  }

  @Test
  void aFileLargerThanAnyRealPolicyIsRefused() throws IOException {
    Path big = dir.resolve("big.yaml");
    Files.writeString(big, "apiVersion: autonomy/v1\nid: big\ndescription: \"" + "x".repeat(1_100_000) + "\"\n");
    assertThatThrownBy(() -> repository.load(big)).isInstanceOf(PolicyException.class)
        .hasMessageContaining("larger than");
  }

  @Test
  void extendsChainIsRecordedBaseFirst() {
    assertThat(repository.load("amsterdam-2030").chain()).containsExactly("default", "amsterdam-2030");
    assertThat(repository.load("amsterdam-2030").rule("no-proprietary-cloud-api")).isPresent();
  }
}
