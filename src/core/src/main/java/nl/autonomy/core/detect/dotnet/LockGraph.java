package nl.autonomy.core.detect.dotnet;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.support.Evidences;
import nl.autonomy.core.detect.support.ScopeResolver;
import nl.autonomy.core.detect.support.SourceText;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.DependencyEdge;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.Scope;

/**
 * The packages of a packages.lock.json, one component per id and version across target
 * frameworks (the frameworks listed as a property), edges per framework, direct packages scoped
 * by the project's references and transitive ones by the direct packages that pull them in.
 */
final class LockGraph {

  private LockGraph() {
  }

  static Detection read(SourceText lock, List<PackagesLock.Entry> entries, ProjectPackages project,
      SourceText projectText) {
    Map<String, String> refByFrameworkAndId = new HashMap<>();
    Map<String, List<PackagesLock.Entry>> byRef = new LinkedHashMap<>();
    for (PackagesLock.Entry e : entries) {
      if (e.isProject()) {
        continue;
      }
      String ref = NuGetPurls.component(e.id(), e.resolved()).build().ref();
      refByFrameworkAndId.put(e.framework() + " " + e.id().toLowerCase(Locale.ROOT), ref);
      byRef.computeIfAbsent(ref, k -> new ArrayList<>()).add(e);
    }
    List<DependencyEdge> edges = new ArrayList<>();
    Map<String, Scope> directScopes = new HashMap<>();
    for (PackagesLock.Entry e : entries) {
      String from = refByFrameworkAndId.get(e.framework() + " " + e.id().toLowerCase(Locale.ROOT));
      if (from == null) {
        continue;
      }
      for (String dep : e.dependencies()) {
        String to = refByFrameworkAndId.get(e.framework() + " " + dep.toLowerCase(Locale.ROOT));
        if (to != null) {
          edges.add(new DependencyEdge(from, to));
        }
      }
      if (e.isDirect()) {
        DeclaredPackage d = project == null ? null : project.find(e.id());
        directScopes.merge(from, d == null ? Scope.RUNTIME : d.scope(), (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
      }
    }
    Map<String, Scope> scopes = ScopeResolver.resolve(adjacency(edges), directScopes);
    Detection.Builder out = Detection.builder();
    if (project != null) {
      out.project(project.project());
      directScopes.keySet().stream().sorted().forEach(ref -> out.edge(project.project().ref(), ref));
    }
    edges.stream().distinct().forEach(out::edge);
    byRef.forEach((ref, sightings) -> {
      PackagesLock.Entry first = sightings.get(0);
      Component.Builder b = NuGetPurls.component(first.id(), first.resolved())
          .direct(directScopes.containsKey(ref))
          .scope(scopes.getOrDefault(ref, Scope.RUNTIME))
          .property("nuget.targetFrameworks", String.join(",", new TreeSet<>(sightings.stream().map(PackagesLock.Entry::framework).toList())));
      sightings.forEach(s -> b.evidence(Evidences.of(NuGetDetector.ID, EvidenceKind.LOCKFILE, lock.path(),
          s.line(), lock.line(s.line()))));
      sha512(first.contentHash()).ifPresent(h -> b.hash("SHA-512", h));
      DeclaredPackage d = project == null ? null : project.find(first.id());
      if (d != null && directScopes.containsKey(ref)) {
        ProjectPackages.addEvidence(b, d, projectText);
      }
      out.component(b.build());
    });
    return out.build();
  }

  /** NuGet's contentHash is the base64 SHA-512 of the .nupkg; CycloneDX wants hex. */
  private static java.util.Optional<String> sha512(String base64) {
    if (base64 == null) {
      return java.util.Optional.empty();
    }
    try {
      byte[] bytes = Base64.getDecoder().decode(base64);
      if (bytes.length != 64) {
        return java.util.Optional.empty();
      }
      return java.util.Optional.of(String.format("%0128x", new BigInteger(1, bytes)));
    } catch (IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
  }

  private static Map<String, List<String>> adjacency(List<DependencyEdge> edges) {
    Map<String, List<String>> out = new HashMap<>();
    edges.forEach(e -> out.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e.to()));
    return out;
  }
}
