package nl.autonomy.core.detect.dotnet;

import javax.xml.stream.XMLStreamException;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.support.Evidences;
import nl.autonomy.core.detect.support.PackageSighting;
import nl.autonomy.core.detect.support.SourceText;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.model.Scope;

/**
 * packages.config lists every restored package without telling direct from transitive; all are
 * taken as declared by the project (direct), {@code developmentDependency} ones as build tools.
 */
final class LegacyPackages {

  private LegacyPackages() {
  }

  static Detection read(SourceText text) throws XMLStreamException {
    String dir = text.path().contains("/") ? text.path().substring(0, text.path().lastIndexOf('/')) : "";
    Component project = PackageSighting.localProject(Ecosystem.NUGET, text.path(), PackageSighting.folderName(dir, "packages"))
        .evidence(Evidences.of(NuGetDetector.ID, EvidenceKind.MANIFEST, text.path(), 1, ""))
        .build();
    Detection.Builder out = Detection.builder().project(project);
    for (PackagesConfig.Entry e : PackagesConfig.parse(text)) {
      if (e.id() == null) {
        out.problem(Problem.warning(NuGetDetector.ID, Location.of(text.path(), e.line()),
            "a <package> without an id in " + text.path() + " is skipped"));
        continue;
      }
      Component c = NuGetPurls.component(e.id(), e.version())
          .direct(true)
          .scope(e.development() ? Scope.BUILD : Scope.RUNTIME)
          .property("nuget.targetFrameworks", e.targetFramework())
          .evidence(Evidences.of(NuGetDetector.ID, EvidenceKind.LOCKFILE, text.path(), e.line(), text.line(e.line())))
          .build();
      out.component(c).edge(project.ref(), c.ref());
    }
    return out.build();
  }
}
