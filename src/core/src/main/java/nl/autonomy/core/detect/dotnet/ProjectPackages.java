package nl.autonomy.core.detect.dotnet;

import java.util.ArrayList;
import java.util.List;
import nl.autonomy.core.detect.Detection;
import nl.autonomy.core.detect.support.MissingLockfile;
import nl.autonomy.core.detect.support.Evidences;
import nl.autonomy.core.detect.support.DeclaredOnly;
import nl.autonomy.core.detect.support.PackageSighting;
import nl.autonomy.core.detect.support.SourceText;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.Scope;

/**
 * A .NET project and the packages it references. Test projects ({@code IsTestProject} or a
 * reference to Microsoft.NET.Test.Sdk) use their packages for tests only; references with
 * {@code PrivateAssets="all"} (analyzers, source link, build tasks) and central
 * {@code GlobalPackageReference}s do not flow to consumers and count as build tooling.
 */
record ProjectPackages(Component project, List<DeclaredPackage> declared) {

  /**
   * @param buildProps the nearest Directory.Build.props above the project (its references apply to
   *     every project below it), or {@link CentralVersions#NONE}
   */
  static ProjectPackages of(SourceText text, MsBuildFile file, CentralVersions central, CentralVersions buildProps) {
    String name = text.path().substring(text.path().lastIndexOf('/') + 1);
    Component project = PackageSighting.localProject(Ecosystem.NUGET, text.path(), name.substring(0, name.lastIndexOf('.')))
        .evidence(Evidences.of(NuGetDetector.ID, EvidenceKind.MANIFEST, text.path(), 1, ""))
        .build();
    boolean test = file.isTestProject();
    List<DeclaredPackage> out = new ArrayList<>();
    if (buildProps.file() != null) {
      for (MsBuildFile.Item ref : buildProps.file().references()) {
        out.add(declared(ref, buildProps.file(), buildProps.path(), central, test));
      }
    }
    for (MsBuildFile.Item ref : file.references()) {
      out.add(declared(ref, file, text.path(), central, test));
    }
    for (MsBuildFile.Item global : central.globalReferences()) {
      String expanded = central.file().expand(global.version());
      out.add(new DeclaredPackage(global.id(), NuGetVersions.pinned(expanded), global.version(), Scope.BUILD,
          central.path(), global.line(), null, 0));
    }
    return new ProjectPackages(project, out);
  }

  private static DeclaredPackage declared(MsBuildFile.Item ref, MsBuildFile file, String path, CentralVersions central,
      boolean test) {
      MsBuildFile.Item centralVersion = central.version(ref.id());
      String declaredVersion = ref.versionOverride() != null ? ref.versionOverride()
          : ref.version() != null ? ref.version() : centralVersion == null ? null : centralVersion.version();
      boolean fromCentral = ref.versionOverride() == null && ref.version() == null && centralVersion != null;
      String expanded = fromCentral ? central.file().expand(declaredVersion) : file.expand(declaredVersion);
      Scope scope = test ? Scope.TEST : "all".equalsIgnoreCase(ref.privateAssets()) ? Scope.BUILD : Scope.RUNTIME;
      return new DeclaredPackage(ref.id(), NuGetVersions.pinned(expanded), declaredVersion, scope, path,
          ref.line(), fromCentral ? central.path() : null, fromCentral ? centralVersion.line() : 0);
  }

  DeclaredPackage find(String id) {
    return declared.stream().filter(d -> d.id().equalsIgnoreCase(id)).findFirst().orElse(null);
  }

  /** Evidence for a declaration: the reference, and the central version line when it came from there. */
  static void addEvidence(Component.Builder b, DeclaredPackage d, SourceText projectText) {
    b.evidence(Evidences.of(NuGetDetector.ID, EvidenceKind.MANIFEST, d.file(), d.line(),
        projectText != null && d.file().equals(projectText.path()) ? projectText.line(d.line()) : ""));
    if (d.versionFile() != null) {
      b.evidence(Evidences.of(NuGetDetector.ID, EvidenceKind.MANIFEST, d.versionFile(), d.versionLine(), ""));
    }
  }

  Detection declaredOnly(SourceText projectText) {
    Detection.Builder out = Detection.builder().project(project);
    for (DeclaredPackage d : declared) {
      Component.Builder b = NuGetPurls.component(d.id(), d.version()).direct(true).scope(d.scope());
      if (d.version() == null) {
        DeclaredOnly.mark(b, d.declaredVersion());
      } else {
        b.property(DeclaredOnly.INCOMPLETE, DeclaredOnly.DECLARED_ONLY).property(DeclaredOnly.DECLARED_RANGE, d.declaredVersion());
      }
      addEvidence(b, d, projectText);
      Component c = b.build();
      out.component(c).edge(project.ref(), c.ref());
    }
    if (!declared.isEmpty()) {
      out.problem(MissingLockfile.warning(NuGetDetector.ID, project.evidence().get(0).location().file(),
          "packages.lock.json (set RestorePackagesWithLockFile)"));
    }
    return out.build();
  }
}
