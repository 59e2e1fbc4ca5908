package nl.autonomy.core.detect.ruby;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.Detector;
import nl.autonomy.core.detect.DetectorContext;
import nl.autonomy.core.detect.support.LockfileSyntaxException;
import nl.autonomy.core.detect.support.Evidences;
import nl.autonomy.core.detect.support.PurlFactory;
import nl.autonomy.core.detect.support.FileByFile;
import nl.autonomy.core.detect.support.PackageSighting;
import nl.autonomy.core.detect.support.ScopeResolver;
import nl.autonomy.core.detect.support.SourceText;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.DependencyEdge;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.Scope;
import nl.autonomy.core.source.WorkspaceFile;

/**
 * Ruby: Gemfile.lock (with the Gemfile beside it for Bundler groups, which the lock does not
 * record). Gems from a {@code PATH} source at {@code .} are the project itself.
 */
public final class RubyDetector implements Detector {

  public static final String ID = "gem";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public boolean accepts(WorkspaceFile file) {
    String name = file.fileName();
    return name.equals("Gemfile.lock") || name.equals("gems.locked") || name.equals("Gemfile")
        || name.equals("gems.rb");
  }

  @Override
  public Detection detect(DetectorContext context, List<WorkspaceFile> files) {
    Map<String, WorkspaceFile> gemfiles = new HashMap<>();
    files.stream().filter(f -> f.fileName().equals("Gemfile") || f.fileName().equals("gems.rb"))
        .forEach(f -> gemfiles.put(f.directory(), f));
    List<Detection> parts = new ArrayList<>();
    for (WorkspaceFile lock : files.stream().filter(f -> f.fileName().endsWith("lock") || f.fileName().endsWith("locked")).toList()) {
      Map<String, Scope> groups = new HashMap<>();
      WorkspaceFile gemfile = gemfiles.get(lock.directory());
      if (gemfile != null) {
        parts.add(FileByFile.parseOne(ID, context, gemfile, text -> {
          groups.putAll(GemfileGroups.scopes(text));
          return Detection.empty();
        }));
      }
      parts.add(FileByFile.parseOne(ID, context, lock, text -> lockfile(text, groups)));
    }
    return Detection.merge(parts);
  }

  static Detection lockfile(SourceText text, Map<String, Scope> groups) throws IOException, LockfileSyntaxException {
    GemfileLock lock = GemfileLock.parse(text);
    Map<String, String> refByName = new HashMap<>();
    Map<GemfileLock.Spec, String> refs = new HashMap<>();
    for (GemfileLock.Spec s : lock.specs()) {
      String purl = PurlFactory.create(Ecosystem.GEM.purlType(), null, s.name(), s.version(),
          s.platform() == null ? null : Map.of("platform", s.platform()));
      refs.put(s, purl);
      refByName.putIfAbsent(s.name(), purl);
    }
    List<DependencyEdge> edges = new ArrayList<>();
    Map<String, Scope> directScopes = new HashMap<>();
    for (GemfileLock.Spec s : lock.specs()) {
      for (String dep : s.deps()) {
        String to = refByName.get(dep);
        if (to != null) {
          edges.add(new DependencyEdge(refs.get(s), to));
        }
      }
      boolean app = s.section().equals("PATH") && ".".equals(s.remote());
      if (lock.dependencies().containsKey(s.name()) && !app) {
        directScopes.put(refs.get(s), groups.getOrDefault(s.name(), Scope.RUNTIME));
      }
    }
    // the Gemfile's DEPENDENCIES belong to the application the PATH "." gem is, when there is one
    lock.specs().stream().filter(s -> s.section().equals("PATH") && ".".equals(s.remote())).findFirst()
        .ifPresent(app -> lock.specs().stream()
            .filter(s -> s != app && lock.dependencies().containsKey(s.name()))
            .forEach(s -> edges.add(new DependencyEdge(refs.get(app), refs.get(s)))));
    Map<String, Scope> scopes = ScopeResolver.resolve(adjacency(edges), directScopes);
    Detection.Builder out = Detection.builder();
    edges.forEach(out::edge);
    for (GemfileLock.Spec s : lock.specs()) {
      String ref = refs.get(s);
      Component.Builder b = PackageSighting.component(Ecosystem.GEM, ref, null, s.name(), s.version())
          .direct(lock.dependencies().containsKey(s.name()))
          .scope(scopes.getOrDefault(ref, Scope.RUNTIME))
          .property("gem.source", s.section() + (s.remote() == null ? "" : " " + s.remote()))
          .evidence(Evidences.of(ID, EvidenceKind.LOCKFILE, text.path(), s.line(), text.line(s.line())));
      String checksum = lock.checksums().get(s.name() + " (" + s.version()
          + (s.platform() == null ? "" : "-" + s.platform()) + ")");
      if (checksum != null && checksum.matches("[0-9a-f]{64}")) {
        b.hash("SHA-256", checksum);
      }
      if (s.section().equals("PATH") && ".".equals(s.remote())) {
        out.project(b.direct(true).build());
      } else {
        out.component(b.build());
      }
    }
    return out.build();
  }

  private static Map<String, List<String>> adjacency(List<DependencyEdge> edges) {
    Map<String, List<String>> out = new HashMap<>();
    edges.forEach(e -> out.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e.to()));
    return out;
  }
}
