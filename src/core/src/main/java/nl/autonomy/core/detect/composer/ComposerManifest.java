package nl.autonomy.core.detect.composer;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.support.MissingLockfile;
import nl.autonomy.core.detect.support.Evidences;
import nl.autonomy.core.detect.support.DeclaredOnly;
import nl.autonomy.core.detect.support.LineNode;
import nl.autonomy.core.detect.support.PackageSighting;
import nl.autonomy.core.detect.support.SourceText;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.Scope;

/** What a composer.json declares: the project itself and its require / require-dev packages. */
final class ComposerManifest {

  /** A declared package: its constraint, scope and line. */
  record Declared(String name, String constraint, Scope scope, int line) {
  }

  private ComposerManifest() {
  }

  /** Platform requirements (PHP itself, extensions, system libraries) are not packages. */
  static boolean isPackage(String name) {
    return name.contains("/") && !name.startsWith("ext-") && !name.startsWith("lib-")
        && !name.equals("composer-plugin-api") && !name.equals("composer-runtime-api");
  }

  static Map<String, Declared> declared(LineNode.Mapping manifest) {
    Map<String, Declared> out = new LinkedHashMap<>();
    add(out, manifest, "require", Scope.RUNTIME);
    add(out, manifest, "require-dev", Scope.BUILD);
    return out;
  }

  private static void add(Map<String, Declared> out, LineNode.Mapping manifest, String key, Scope scope) {
    manifest.mapping(key).ifPresent(m -> m.fields().forEach((name, value) -> {
      if (isPackage(name) && value instanceof LineNode.Scalar s) {
        out.putIfAbsent(name.toLowerCase(java.util.Locale.ROOT),
            new Declared(name, s.text(), scope, m.lineOf(name)));
      }
    }));
  }

  static Component project(LineNode.Mapping manifest, String path, String directory) {
    String name = manifest.text("name");
    if (name != null && name.contains("/")) {
      String purl = ComposerPurls.purl(name, manifest.text("version"));
      return ComposerPurls.component(name, purl, manifest.text("version"))
          .direct(true)
          .evidence(Evidences.of(ComposerDetector.ID, EvidenceKind.MANIFEST, path, manifest.lineOf("name"), ""))
          .build();
    }
    return PackageSighting.localProject(Ecosystem.COMPOSER, directory,
            PackageSighting.folderName(directory, "composer-project"))
        .evidence(Evidences.of(ComposerDetector.ID, EvidenceKind.MANIFEST, path, 1, ""))
        .build();
  }

  static Detection declaredOnly(SourceText text, LineNode.Mapping manifest) {
    Detection.Builder out = Detection.builder();
    String directory = text.path().contains("/") ? text.path().substring(0, text.path().lastIndexOf('/')) : "";
    Component project = project(manifest, text.path(), directory);
    out.project(project);
    Map<String, Declared> declared = declared(manifest);
    for (Declared d : declared.values()) {
      // a bare version is an exact constraint in Composer; anything else is a range
      String exact = d.constraint() != null && d.constraint().matches("v?\\d+(\\.\\d+){0,3}") ? d.constraint() : null;
      Component c = DeclaredOnly.mark(ComposerPurls.component(d.name(), ComposerPurls.purl(d.name(), exact), exact), d.constraint())
          .direct(true)
          .scope(d.scope())
          .evidence(Evidences.of(ComposerDetector.ID, EvidenceKind.MANIFEST, text.path(), d.line(),
              text.line(d.line())))
          .build();
      out.component(c).edge(project.ref(), c.ref());
    }
    if (!declared.isEmpty()) {
      out.problem(MissingLockfile.warning(ComposerDetector.ID, text.path(), "composer.lock"));
    }
    return out.build();
  }
}
