package nl.autonomy.core.detect.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import nl.autonomy.core.detect.support.PurlFactory;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.model.Problem;
import nl.autonomy.core.source.Digests;

/**
 * The components of one identified Java archive: the archive itself, with the hashes of its
 * delivered bytes and its checksum verdict, and the artifacts shaded into it (which have no bytes
 * of their own, so no hashes).
 */
final class JarComponents {

  static final String PROPERTY_ARCHIVE = "autonomy:archive";
  static final String PROPERTY_IDENTIFIED_BY = "autonomy:identified-by";
  static final String PROPERTY_CHECKSUM = "autonomy:checksum";
  static final String PROPERTY_CHECKSUM_SOURCE = "autonomy:checksum:source";
  static final String PROPERTY_CHECKSUM_PUBLISHED = "autonomy:checksum:published";
  static final String PROPERTY_CHECKSUM_REASON = "autonomy:checksum:reason";
  static final String PROPERTY_SHADED_IN = "autonomy:shaded-in";
  /** Marks hashes taken from delivered bytes: they win over a repository copy's when merged. */
  static final String PROPERTY_HASH_SOURCE = "autonomy:hash:source";

  private JarComponents() {
  }

  /** The archive's own component first, then what is shaded into it. */
  static List<Component> of(JarIdentity id) {
    EmbeddedJar jar = id.jar;
    List<Component> out = new ArrayList<>();
    Component.Builder self;
    double confidence;
    String where = jar.location();
    if (id.coordinates != null) {
      MavenCoordinates c = id.coordinates;
      self = maven(c.groupId(), c.artifactId(), c.version(), c.classifier(), c.extension());
      confidence = 1.0;
      where = id.pomEntry == null ? where : where + "!/" + id.pomEntry;
    } else if (jar.manifest().identifies()) {
      self = generic(jar.manifest().name(), jar.manifest().version());
      confidence = 0.7;
      where = where + "!/" + ManifestFacts.ENTRY;
    } else {
      Matcher m = JarIdentifier.NAME_VERSION.matcher(jar.fileName());
      self = generic(m.matches() ? m.group(1) : jar.fileName().replaceFirst("\\.[^.]+$", ""),
          m.matches() ? m.group(2) : null);
      confidence = 0.6;
    }
    jar.hashes().forEach(self::hash);
    self.scope(jar.scope()).direct(true)
        .property(PROPERTY_ARCHIVE, jar.location())
        .property(PROPERTY_IDENTIFIED_BY, id.basis)
        .property(PROPERTY_HASH_SOURCE, "delivered")
        .property(PROPERTY_CHECKSUM, id.checksum)
        .property(PROPERTY_CHECKSUM_SOURCE, id.published == null ? null : id.published.source())
        .property(PROPERTY_CHECKSUM_PUBLISHED, JarIdentity.MISMATCH.equals(id.checksum) ? id.published.sha1() : null)
        .property(PROPERTY_CHECKSUM_REASON, id.reason)
        .evidence(new Evidence(JarDetector.ID, EvidenceKind.ARCHIVE, Location.of(where), jar.fileName(),
            confidence, jar.scope()));
    // a shaded jar's NOTICE speaks for the whole archive: its lines stay with the archive's component
    jar.copyrights().forEach(self::copyright);
    out.add(self.build());
    for (PomProperties p : id.shaded) {
      out.add(maven(p.groupId(), p.artifactId(), p.version())
          .scope(jar.scope()).direct(true)
          .property(PROPERTY_ARCHIVE, jar.location())
          .property(PROPERTY_IDENTIFIED_BY, JarIdentity.BY_POM_PROPERTIES)
          .property(PROPERTY_SHADED_IN, jar.location())
          .evidence(new Evidence(JarDetector.ID, EvidenceKind.ARCHIVE, Location.of(jar.location() + "!/" + p.entry()),
              jar.fileName(), 1.0, jar.scope()))
          .build());
    }
    return out;
  }

  static Component.Builder maven(String group, String artifact, String version) {
    return maven(group, artifact, version, null, "jar");
  }

  /**
   * With the {@code classifier} and {@code type} qualifiers where the file is not a plain jar, as
   * Maven resolution writes them: the linux and the osx native jar of one artifact are two components.
   */
  static Component.Builder maven(String group, String artifact, String version, String classifier, String extension) {
    java.util.Map<String, String> qualifiers = new java.util.TreeMap<>();
    if (classifier != null && !classifier.isEmpty()) {
      qualifiers.put("classifier", classifier);
    }
    if (extension != null && !extension.isEmpty() && !"jar".equals(extension)) {
      qualifiers.put("type", extension);
    }
    String purl = PurlFactory.create("maven", group, artifact, version, qualifiers);
    return Component.builder(purl, Ecosystem.MAVEN, artifact).purl(purl).group(group).version(version);
  }

  private static Component.Builder generic(String name, String version) {
    String purl = PurlFactory.create("generic", null, name, version, null);
    return Component.builder(purl, Ecosystem.GENERIC, name).purl(purl).version(version);
  }

  /**
   * Two files that are one component (same purl) but not the same bytes: one component cannot
   * carry both hashes, so the difference is said rather than lost.
   */
  static List<Problem> differingCopies(Map<String, List<JarIdentity>> byRef) {
    List<Problem> out = new ArrayList<>();
    byRef.forEach((ref, ids) -> {
      long distinct = ids.stream().map(i -> i.jar.hashes().get(Digests.SHA256)).distinct().count();
      if (distinct > 1) {
        StringBuilder where = new StringBuilder();
        for (JarIdentity i : ids) {
          where.append(where.length() == 0 ? "" : ", ").append(i.jar.location()).append(" (SHA-256 ")
              .append(i.jar.hashes().get(Digests.SHA256), 0, 12).append("…)");
        }
        out.add(Problem.warning(JarDetector.ID, Location.of(ids.get(0).jar.file()), ref + " is delivered "
            + ids.size() + " times with " + distinct + " different contents: " + where
            + "; the SBOM lists it once, with the hashes of the first"));
      }
    });
    return out;
  }
}
