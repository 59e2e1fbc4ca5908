package nl.autonomy.core.detect.composer;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.support.Evidences;
import nl.autonomy.core.detect.support.LockfileSyntaxException;
import nl.autonomy.core.detect.support.LineNode;
import nl.autonomy.core.detect.support.LineTreeReader;
import nl.autonomy.core.detect.support.SourceText;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.DeclaredLicense;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.Scope;

/**
 * composer.lock: {@code packages} ship (RUNTIME), {@code packages-dev} are development tools
 * (BUILD); each package's {@code require} gives the edges, {@code license} the declared licenses
 * (several ids mean the user may choose: an OR expression).
 */
final class ComposerLock {

  private ComposerLock() {
  }

  static Detection read(SourceText text, LineNode.Mapping manifest, String manifestPath) throws IOException, LockfileSyntaxException {
    if (!(LineTreeReader.readJson(text.content()) instanceof LineNode.Mapping lock)) {
      throw new LockfileSyntaxException(1, "composer.lock must hold a JSON object");
    }
    Map<String, ComposerManifest.Declared> declared = manifest == null ? Map.of() : ComposerManifest.declared(manifest);
    Detection.Builder out = Detection.builder();
    Component project = null;
    if (manifest != null) {
      String directory = text.path().contains("/") ? text.path().substring(0, text.path().lastIndexOf('/')) : "";
      project = ComposerManifest.project(manifest, manifestPath, directory);
      out.project(project);
    }
    Map<String, String> refs = new HashMap<>();
    for (String section : List.of("packages", "packages-dev")) {
      for (LineNode node : lock.sequence(section)) {
        if (node instanceof LineNode.Mapping p && p.text("name") != null) {
          refs.put(p.text("name").toLowerCase(Locale.ROOT), ComposerPurls.purl(p.text("name"), p.text("version")));
        }
      }
    }
    for (String section : List.of("packages", "packages-dev")) {
      Scope scope = section.equals("packages") ? Scope.RUNTIME : Scope.BUILD;
      for (LineNode node : lock.sequence(section)) {
        if (!(node instanceof LineNode.Mapping p) || p.text("name") == null || !p.text("name").contains("/")) {
          throw new LockfileSyntaxException(node.line(), "a " + section + " entry without a 'vendor/name' name");
        }
        String name = p.text("name");
        String ref = refs.get(name.toLowerCase(Locale.ROOT));
        ComposerManifest.Declared d = declared.get(name.toLowerCase(Locale.ROOT));
        Component.Builder b = ComposerPurls.component(name, ref, p.text("version"))
            .scope(scope)
            .direct(d != null)
            .property("composer.type", p.text("type"))
            .evidence(Evidences.of(ComposerDetector.ID, EvidenceKind.LOCKFILE, text.path(), p.lineOf("name"),
                text.line(p.lineOf("name"))));
        if (d != null) {
          b.evidence(Evidences.of(ComposerDetector.ID, EvidenceKind.MANIFEST, manifestPath, d.line(), ""));
        }
        licenses(p).forEach(b::declaredLicense);
        p.mapping("dist").map(dist -> dist.text("shasum")).filter(s -> s.matches("[0-9a-f]{40}"))
            .ifPresent(sha -> b.hash("SHA-1", sha));
        out.component(b.build());
        p.mapping("require").ifPresent(req -> req.fields().keySet().stream()
            .map(k -> refs.get(k.toLowerCase(Locale.ROOT)))
            .filter(java.util.Objects::nonNull)
            .forEach(to -> out.edge(ref, to)));
        if (d != null && project != null) {
          out.edge(project.ref(), ref);
        }
      }
    }
    return out.build();
  }

  private static List<DeclaredLicense> licenses(LineNode.Mapping p) {
    List<String> ids = p.sequence("license").stream()
        .filter(n -> n instanceof LineNode.Scalar s && s.text() != null && !s.text().isBlank())
        .map(n -> ((LineNode.Scalar) n).text().trim())
        .toList();
    if (ids.isEmpty()) {
      return List.of();
    }
    String expression = ids.size() == 1 ? ids.get(0) : "(" + String.join(" OR ", ids) + ")";
    return List.of(DeclaredLicense.spdx(expression));
  }
}
