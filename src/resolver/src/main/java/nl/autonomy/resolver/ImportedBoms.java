package nl.autonomy.resolver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.autonomy.core.detect.maven.MavenCoordinatesRequest;
import nl.autonomy.core.detect.maven.PlatformImports;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Problem;
import org.eclipse.aether.artifact.ArtifactType;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactDescriptorException;
import org.eclipse.aether.resolution.ArtifactDescriptorRequest;
import org.eclipse.aether.resolution.ArtifactDescriptorResult;

/**
 * Reads the BOMs a non-Maven build imports (Gradle's {@code platform()}, Spring's
 * {@code mavenBom}) through Maven's artifact descriptor reader, so a BOM's parents and its own
 * imports count as in Maven, and hands them to {@link PlatformImports}. A BOM that cannot be read
 * is an error at its declaration; the rest still resolves.
 */
final class ImportedBoms {

  private ImportedBoms() {
  }

  static PlatformImports.Result read(MavenCoordinatesRequest request, ResolutionContext context,
      List<RemoteRepository> repositories, DetectionCollector out) {
    Map<String, List<PlatformImports.ManagedVersion>> contents = new LinkedHashMap<>();
    for (Component bom : request.platforms()) {
      Location at = bom.evidence().isEmpty() ? null : bom.evidence().get(0).location();
      if (bom.group() == null || bom.version() == null) {
        out.problem(new Problem(Problem.Severity.ERROR, ResolverMavenGraphProvider.SOURCE, at,
            "cannot import the BOM " + bom.coordinates() + ": its version is not known (a variable or plugin version "
                + "the build sets outside what Autonomy reads); the versions it manages are missing", bom.coordinates()));
        continue;
      }
      ArtifactDescriptorRequest descriptor = new ArtifactDescriptorRequest(
          new DefaultArtifact(bom.group(), bom.name(), "", "pom", bom.version()), repositories, "import");
      try {
        ArtifactDescriptorResult result = context.system().readArtifactDescriptor(context.session(), descriptor);
        List<PlatformImports.ManagedVersion> managed = new ArrayList<>();
        for (Dependency d : result.getManagedDependencies()) {
          var a = d.getArtifact();
          managed.add(new PlatformImports.ManagedVersion(a.getGroupId(), a.getArtifactId(),
              a.getProperty("type", a.getExtension()), a.getClassifier(), a.getVersion()));
        }
        if (!result.getExceptions().isEmpty() && managed.isEmpty()) {
          throw new ArtifactDescriptorException(result);
        }
        contents.put(bom.ref(), managed);
      } catch (ArtifactDescriptorException e) {
        out.problem(new Problem(Problem.Severity.ERROR, ResolverMavenGraphProvider.SOURCE, at,
            "cannot read the BOM " + bom.group() + ":" + bom.name() + ":" + bom.version()
                + " (missing, or its repository unreachable): the versions it manages are missing. Cause: "
                + e.getMessage(), bom.group() + ":" + bom.name() + ":" + bom.version()));
      }
    }
    return PlatformImports.apply(request.declared(), request.platforms(), contents, ResolverMavenGraphProvider.SOURCE);
  }

  /** The BOMs' entries as the managed dependencies of a collection. */
  static List<Dependency> managed(PlatformImports.Result boms, ResolutionContext context) {
    List<Dependency> out = new ArrayList<>();
    for (PlatformImports.ManagedVersion v : boms.managed()) {
      String typeName = v.type() == null || v.type().isEmpty() ? "jar" : v.type();
      ArtifactType type = context.session().getArtifactTypeRegistry().get(typeName);
      String extension = type == null ? typeName : type.getExtension();
      out.add(new Dependency(new DefaultArtifact(v.groupId(), v.artifactId(), v.classifier(), extension,
          v.version()), null));
    }
    return out;
  }
}
