package nl.autonomy.core.detect.cargo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.autonomy.core.detect.support.TomlTrees;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.Detector;
import nl.autonomy.core.detect.DetectorContext;
import nl.autonomy.core.detect.support.Evidences;
import nl.autonomy.core.detect.support.PurlFactory;
import nl.autonomy.core.detect.support.FileByFile;
import nl.autonomy.core.detect.support.LockfileSyntaxException;
import nl.autonomy.core.detect.support.PackageSighting;
import nl.autonomy.core.detect.support.SourceText;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * Rust: Cargo.lock (formats 1 to 4). Packages without a {@code source} are the workspace's own
 * crates and become projects; what they depend on is direct, the rest transitive. Every
 * {@code dependencies} entry is an edge.
 */
public final class CargoDetector implements Detector {

  public static final String ID = "cargo";
  private static final TomlMapper TOML = new TomlMapper();

  @Override
  public String id() {
    return ID;
  }

  @Override
  public boolean accepts(WorkspaceFile file) {
    return file.fileName().equals("Cargo.lock");
  }

  @Override
  public Detection detect(DetectorContext context, List<WorkspaceFile> files) {
    return FileByFile.parseEach(ID, context, files, CargoDetector::lockfile);
  }

  static Detection lockfile(SourceText text) throws IOException, LockfileSyntaxException {
    JsonNode root = TomlTrees.read(TOML, text.content());
    List<CrateEntry> crates = CrateEntry.all(root, text);
    Map<String, String> oldChecksums = v1Checksums(root);
    Map<String, List<CrateEntry>> byName = new HashMap<>();
    crates.forEach(c -> byName.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(c));
    // identity maps: a crate entry is one [[package]] table, and purls are costly to build twice
    Map<CrateEntry, List<CrateEntry>> deps = new java.util.IdentityHashMap<>();
    Map<CrateEntry, String> refs = new java.util.IdentityHashMap<>();
    crates.forEach(c -> refs.put(c, PurlFactory.create(Ecosystem.CARGO.purlType(), null, c.name(), c.version(), null)));
    for (CrateEntry c : crates) {
      List<CrateEntry> targets = new ArrayList<>();
      for (String spec : c.dependencies()) {
        targets.add(resolve(spec, byName, c));
      }
      deps.put(c, targets);
    }
    java.util.Set<CrateEntry> direct = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    crates.stream().filter(CrateEntry::local).forEach(c -> direct.addAll(deps.get(c)));
    Detection.Builder out = Detection.builder();
    for (CrateEntry c : crates) {
      String purl = refs.get(c);
      Component.Builder b = PackageSighting.component(Ecosystem.CARGO, purl, null, c.name(), c.version())
          .direct(c.local() || direct.contains(c))
          .property("cargo.source", c.source())
          .evidence(Evidences.of(ID, EvidenceKind.LOCKFILE, text.path(), c.line(), text.line(c.line())));
      String checksum = c.checksum() != null ? c.checksum()
          : oldChecksums.get(c.name() + " " + c.version() + " (" + c.source() + ")");
      if (checksum != null && checksum.matches("[0-9a-f]{64}")) {
        b.hash("SHA-256", checksum);
      }
      if (c.local()) {
        out.project(b.build());
      } else {
        out.component(b.build());
      }
      for (CrateEntry t : deps.get(c)) {
        out.edge(purl, refs.get(t));
      }
    }
    return out.build();
  }

  /** {@code name}, {@code name version} or {@code name version (source)}, as Cargo writes them. */
  private static CrateEntry resolve(String spec, Map<String, List<CrateEntry>> byName, CrateEntry from)
      throws LockfileSyntaxException {
    String[] w = spec.trim().split("\\s+", 3);
    List<CrateEntry> named = byName.getOrDefault(w[0], List.of());
    List<CrateEntry> matches = named.stream()
        .filter(c -> w.length < 2 || c.version().equals(w[1]))
        .filter(c -> w.length < 3 || w[2].equals("(" + c.source() + ")"))
        .toList();
    if (matches.size() != 1) {
      throw new LockfileSyntaxException(from.line(), "crate " + from.name() + " depends on '" + spec + "', which matches "
          + matches.size() + " [[package]] entries instead of one");
    }
    return matches.get(0);
  }

  /** Format 1 kept checksums in {@code [metadata]} as {@code "checksum name version (source)"}. */
  private static Map<String, String> v1Checksums(JsonNode root) {
    Map<String, String> out = new HashMap<>();
    root.path("metadata").fields().forEachRemaining(e -> {
      if (e.getKey().startsWith("checksum ")) {
        out.put(e.getKey().substring("checksum ".length()), e.getValue().asText());
      }
    });
    return out;
  }
}
