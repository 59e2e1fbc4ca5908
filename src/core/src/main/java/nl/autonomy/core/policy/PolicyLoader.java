package nl.autonomy.core.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.autonomy.core.text.Glob;

/**
 * Reads policies: shipped ones from the classpath, others from files; validates each file against
 * the schema, resolves {@code extends} (in order, cycles rejected) and merges the chain into one
 * effective {@link Policy} with a digest of its content.
 */
final class PolicyLoader {

  static final String SHIPPED_PREFIX = "/nl/autonomy/policies/";
  /** Policies are hand-written: a megabyte is far beyond any real one, and bounds what is read. */
  static final long MAX_SIZE = 1024 * 1024;

  private static final ObjectMapper CANONICAL = JsonMapper.builder()
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .addModule(new SimpleModule().addSerializer(LocalDate.class, new ToStringSerializer(LocalDate.class)))
      .build();

  /** Where a policy comes from: a shipped id or a file. */
  record Source(String key, String name, Path file, String shippedId) {

    static Source shipped(String id) {
      return new Source("shipped:" + id, "policies/" + id + ".yaml", null, id);
    }

    static Source file(Path path) {
      return new Source(path.toAbsolutePath().normalize().toString(), path.toString(), path, null);
    }

    String read() {
      try {
        if (file != null) {
          if (!Files.isRegularFile(file)) {
            throw new PolicyException(Origin.of(name), Files.exists(file)
                ? "not a regular file (" + nl.autonomy.core.source.RegularFiles.kind(file) + "); not read"
                : "no such policy file");
          }
          if (Files.size(file) > MAX_SIZE) {
            throw new PolicyException(Origin.of(name), "policy file larger than " + MAX_SIZE + " bytes");
          }
          return Files.readString(file, StandardCharsets.UTF_8);
        }
        try (InputStream in = PolicyLoader.class.getResourceAsStream(SHIPPED_PREFIX + shippedId + ".yaml")) {
          if (in == null) {
            throw new PolicyException(Origin.of(name), "no shipped policy '" + shippedId + "'");
          }
          return new String(in.readNBytes((int) MAX_SIZE), StandardCharsets.UTF_8);
        }
      } catch (IOException e) {
        throw new PolicyException(Origin.of(name), "cannot read: " + e.getMessage());
      }
    }
  }

  Policy load(Source source) {
    List<PolicyDocument> chain = new ArrayList<>();
    collect(source, new ArrayList<>(), new LinkedHashMap<>(), chain);
    return merge(source, chain);
  }

  /** One file on its own: YAML, schema and semantic checks, without resolving extends. */
  PolicyDocument read(Source source) {
    YamlDocument doc = YamlDocument.parse(source.name(), source.read());
    List<PolicyError> errors = PolicySchema.get().validate(doc);
    if (!errors.isEmpty()) {
      throw new PolicyException(errors);
    }
    return PolicyParser.parse(doc);
  }

  private void collect(Source source, List<String> stack, Map<String, PolicyDocument> seen,
      List<PolicyDocument> chain) {
    if (seen.containsKey(source.key())) {
      return;
    }
    PolicyDocument doc = read(source);
    stack.add(source.key());
    for (PolicyDocument.Ref ref : doc.extendsRefs()) {
      Source base = resolve(source, ref);
      if (stack.contains(base.key())) {
        List<String> cycle = new ArrayList<>(stack.subList(stack.indexOf(base.key()), stack.size()));
        cycle.add(base.key());
        throw new PolicyException(ref.origin(), "extends cycle: " + String.join(" -> ", cycle.stream()
            .map(PolicyLoader::shortName).toList()));
      }
      collect(base, stack, seen, chain);
    }
    stack.remove(stack.size() - 1);
    seen.put(source.key(), doc);
    chain.add(doc);
  }

  private static Source resolve(Source from, PolicyDocument.Ref ref) {
    String value = ref.value();
    boolean looksLikePath = value.contains("/") || value.contains("\\") || value.endsWith(".yaml")
        || value.endsWith(".yml");
    if (!looksLikePath) {
      if (PolicyRepository.SHIPPED.contains(value)) {
        return Source.shipped(value);
      }
      throw new PolicyException(ref.origin(), "no shipped policy '" + value + "'; shipped: "
          + String.join(", ", PolicyRepository.SHIPPED) + " (or give a path ending in .yaml)");
    }
    if (from.file() == null) {
      throw new PolicyException(ref.origin(), "a shipped policy can only extend shipped policies");
    }
    Path base = from.file().toAbsolutePath().getParent();
    Path target = base.resolve(value).normalize();
    if (!Files.isRegularFile(target)) {
      throw new PolicyException(ref.origin(), "extends '" + value + "': no such file (" + target + ")");
    }
    return Source.file(target);
  }

  private static String shortName(String key) {
    return key.startsWith("shipped:") ? key.substring("shipped:".length()) : Path.of(key).getFileName().toString();
  }

  private static Policy merge(Source source, List<PolicyDocument> chain) {
    ScoreSettings score = ScoreSettings.defaults();
    Map<String, Rule> rules = new LinkedHashMap<>();
    List<PolicyWaiver> waivers = new ArrayList<>();
    List<String> ownHosts = new ArrayList<>();
    for (PolicyDocument doc : chain) {
      score = doc.score().over(score);
      doc.rules().forEach(r -> rules.put(r.id(), r));
      waivers.addAll(doc.waivers());
      ownHosts.addAll(doc.ownHosts());
    }
    checkWaivers(waivers, rules.keySet());
    PolicyDocument self = chain.get(chain.size() - 1);
    Policy policy = new Policy(self.id(), self.title(), self.description(), source.name(),
        chain.stream().map(PolicyDocument::id).toList(), score, new ArrayList<>(rules.values()), waivers, ownHosts,
        "", self.titles());
    return new Policy(policy.id(), policy.title(), policy.description(), policy.source(), policy.chain(),
        policy.score(), policy.rules(), policy.waivers(), policy.ownHosts(), digest(policy), policy.titles());
  }

  private static void checkWaivers(List<PolicyWaiver> waivers, Set<String> ruleIds) {
    List<PolicyError> errors = new ArrayList<>();
    for (PolicyWaiver w : waivers) {
      if (ruleIds.stream().noneMatch(id -> Glob.matches(w.rule(), id))) {
        errors.add(new PolicyError(w.origin(), "", "waiver names rule '" + w.rule()
            + "', which this policy does not have; rules: " + String.join(", ", ruleIds)));
      }
    }
    if (!errors.isEmpty()) {
      throw new PolicyException(errors);
    }
  }

  /** SHA-256 over the canonical JSON of the effective content; where it was read from is left out. */
  private static String digest(Policy policy) {
    Policy content = new Policy(policy.id(), policy.title(), policy.description(), "", policy.chain(),
        policy.score(), policy.rules(), policy.waivers(), policy.ownHosts(), "", policy.titles());
    try {
      return "sha256:" + Fingerprints.sha256(CANONICAL.writeValueAsString(content));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a policy is plain data and always serialises", e);
    }
  }
}
