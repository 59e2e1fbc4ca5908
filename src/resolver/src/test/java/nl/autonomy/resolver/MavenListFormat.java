package nl.autonomy.resolver;

import com.github.packageurl.PackageURL;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.model.Component;

/**
 * The component list format of {@code mvn dependency:list} ({@code g:a:type[:classifier]:v:scope}),
 * so results compare line by line with what Maven itself resolves.
 */
final class MavenListFormat {

  private static final List<String> SCOPE_ORDER = List.of("compile", "runtime", "provided", "system", "test");

  private MavenListFormat() {
  }

  /** Every dependency component (not the projects or modules) as a {@code dependency:list} line. */
  static List<String> of(Detection detection) {
    return detection.components().stream()
        .filter(c -> c.role() != nl.autonomy.core.model.ComponentRole.MODULE)
        .map(MavenListFormat::line).sorted().toList();
  }

  static String line(Component c) {
    PackageURL purl = Purls.parse(c.purl());
    Map<String, String> q = purl.getQualifiers() == null ? Map.of() : purl.getQualifiers();
    String classifier = q.get("classifier");
    return c.group() + ":" + c.name() + ":" + q.getOrDefault("type", "jar")
        + (classifier == null ? "" : ":" + classifier) + ":" + c.version() + ":"
        + c.properties().get(GraphMapper.MAVEN_SCOPE);
  }

  /**
   * Reads a golden list (the sorted union of {@code dependency:list} over a reactor's modules),
   * keeping for each artifact the widest scope any module gave it, as Autonomy merges them, and
   * leaving out the artifacts whose {@code g:a} is in {@code exclude} (the reactor's own modules).
   */
  static List<String> golden(Path file, java.util.Set<String> exclude) throws IOException {
    Map<String, String> scopeByArtifact = new TreeMap<>();
    for (String raw : Files.readAllLines(file)) {
      String line = raw.replace(" (optional)", "").strip();
      if (line.isBlank() || !line.contains(":")) {
        continue; // "none": a module without dependencies
      }
      String artifact = line.substring(0, line.lastIndexOf(':'));
      String scope = line.substring(line.lastIndexOf(':') + 1);
      String[] parts = artifact.split(":");
      if (exclude.contains(parts[0] + ":" + parts[1])) {
        continue;
      }
      scopeByArtifact.merge(artifact, scope,
          (a, b) -> SCOPE_ORDER.indexOf(a) <= SCOPE_ORDER.indexOf(b) ? a : b);
    }
    return scopeByArtifact.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).sorted().toList();
  }
}
