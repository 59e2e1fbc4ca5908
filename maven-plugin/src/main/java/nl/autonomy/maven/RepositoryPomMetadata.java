package nl.autonomy.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import nl.autonomy.core.detect.maven.MavenDetector;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.detect.support.SpdxLicenses;
import nl.autonomy.core.model.DeclaredLicense;
import nl.autonomy.core.model.Organization;
import org.apache.maven.model.License;
import org.apache.maven.model.Model;
import org.apache.maven.model.Parent;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.codehaus.plexus.util.xml.pull.XmlPullParserException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * Reads licenses and organization from a dependency's POM, and from its parents when the POM
 * itself declares none, as Maven's inheritance does. The POMs are fetched through Maven's own
 * repository system and session, so they come from the local repository where Maven's resolution
 * already put them (no network in offline mode, mirrors and credentials as configured). Cheaper
 * than building an effective model per dependency (the slowness users of other SBOM plugins
 * report): only the raw POMs of the lineage are parsed, each once per scan.
 *
 * <p>One instance serves one scan; the cache is safe for concurrent use.
 */
final class RepositoryPomMetadata implements PomMetadataSource {

  private static final int MAX_PARENTS = 12;

  private final RepositorySystem system;
  private final RepositorySystemSession session;
  private final List<RemoteRepository> repositories;
  private final Map<String, Model> models = new ConcurrentHashMap<>();
  private final Queue<Problem> problems = new ConcurrentLinkedQueue<>();

  RepositoryPomMetadata(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories) {
    this.system = system;
    this.session = session;
    this.repositories = List.copyOf(repositories);
  }

  @Override
  public PomMetadata of(Artifact artifact) {
    List<DeclaredLicense> licenses = List.of();
    Organization organization = null;
    String g = artifact.getGroupId();
    String a = artifact.getArtifactId();
    String v = artifact.getVersion();
    for (int depth = 0; depth < MAX_PARENTS && g != null && (licenses.isEmpty() || organization == null); depth++) {
      Model model = model(g, a, v);
      if (model == null) {
        break;
      }
      if (licenses.isEmpty()) {
        licenses = licenses(model);
      }
      if (organization == null && model.getOrganization() != null) {
        Organization o = new Organization(literal(model.getOrganization().getName()),
            literal(model.getOrganization().getUrl()));
        organization = o.isEmpty() ? null : o;
      }
      Parent parent = model.getParent();
      g = parent == null ? null : parent.getGroupId();
      a = parent == null ? null : parent.getArtifactId();
      v = parent == null ? null : parent.getVersion();
    }
    return new PomMetadata(licenses, organization);
  }

  private Model model(String g, String a, String v) {
    String key = g + ":" + a + ":" + v;
    Model cached = models.get(key);
    if (cached != null) {
      return cached.getModelVersion() == null ? null : cached;
    }
    Model read = read(new DefaultArtifact(g, a, "", "pom", v));
    // an empty model marks "could not read" so a missing POM is asked for only once
    models.putIfAbsent(key, read == null ? new Model() : read);
    return read;
  }

  private Model read(Artifact pom) {
    try {
      Artifact resolved = system.resolveArtifact(session, new ArtifactRequest(pom, repositories, null)).getArtifact();
      if (resolved.getFile() == null) {
        return null;
      }
      try (InputStream in = Files.newInputStream(resolved.getFile().toPath())) {
        Model model = new MavenXpp3Reader().read(in, false);
        if (model.getModelVersion() == null) {
          model.setModelVersion("4.0.0");
        }
        return model;
      }
    } catch (ArtifactResolutionException | IOException | XmlPullParserException | RuntimeException e) {
      // the dependency itself is in the graph whatever happens: only its license and organization are missing
      problems.add(new Problem(Problem.Severity.WARNING, MavenDetector.ID, null,
          "the POM " + pom + " could not be read, so its license and organization are missing: " + e.getMessage(),
          pom.toString()));
      return null;
    }
  }

  /** The POMs that could not be read so far, sorted. */
  List<Problem> problems() {
    return problems.stream().sorted().toList();
  }

  private static List<DeclaredLicense> licenses(Model model) {
    List<DeclaredLicense> out = new ArrayList<>();
    for (License l : model.getLicenses()) {
      String name = literal(l.getName());
      String url = literal(l.getUrl());
      if (name != null || url != null) {
        out.add(SpdxLicenses.declared(name, url));
      }
    }
    return out;
  }

  /** Raw POMs are not interpolated: a value that still holds {@code ${...}} says nothing. */
  private static String literal(String value) {
    return value == null || value.isBlank() || value.contains("${") ? null : value.strip();
  }
}
