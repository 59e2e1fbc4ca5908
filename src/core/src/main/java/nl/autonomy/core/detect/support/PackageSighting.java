package nl.autonomy.core.detect.support;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import java.util.Map;
import java.util.TreeMap;
import nl.autonomy.core.model.Component;
import nl.autonomy.core.model.Ecosystem;
import nl.autonomy.core.model.Evidence;
import nl.autonomy.core.model.EvidenceKind;
import nl.autonomy.core.model.Location;
import nl.autonomy.core.source.PathRoles;

/**
 * Turns "package X at version V seen at file:line" into a component whose ref is the canonical
 * purl, so the same package found through two files merges into one component.
 */
public final class PackageSighting {

  private PackageSighting() {
  }

  /**
   * A canonical purl.
   *
   * @throws IllegalArgumentException when the parts do not form a valid purl (e.g. an empty name)
   */
  public static String purl(Ecosystem type, String namespace, String name, String version,
      Map<String, String> qualifiers) {
    try {
      TreeMap<String, String> q = qualifiers == null || qualifiers.isEmpty() ? null : new TreeMap<>(qualifiers);
      return new PackageURL(type.purlType(), blankToNull(namespace), name, blankToNull(version), q, null)
          .canonicalize();
    } catch (MalformedPackageURLException e) {
      throw new IllegalArgumentException("not a valid package URL for " + name + ": " + e.getMessage(), e);
    }
  }

  /** A component builder with ref and purl set to {@code purl}. */
  public static Component.Builder component(Ecosystem ecosystem, String purl, String group, String name,
      String version) {
    return Component.builder(purl, ecosystem, name).purl(purl).group(blankToNull(group)).version(blankToNull(version));
  }

  /** Evidence with full confidence; its scope follows the file's role (tests, docs weigh less). */
  public static Evidence evidence(String detector, EvidenceKind kind, String path, int line, String excerpt) {
    return new Evidence(detector, kind, Location.of(path, Math.max(0, line)), excerpt, 1.0, PathRoles.scopeOf(path));
  }

  /**
   * The project a manifest belongs to when it names no package of its own (a Gemfile.lock, an
   * unnamed composer.json): {@code project:<ecosystem>:<folder>}, stable across scans.
   */
  public static Component.Builder localProject(Ecosystem ecosystem, String directory, String name) {
    String folder = directory.isEmpty() ? "." : directory;
    return Component.builder("project:" + ecosystem.id() + ":" + folder, ecosystem, name).direct(true);
  }

  /** The last segment of a folder path, or {@code fallback} at the scanned root. */
  public static String folderName(String directory, String fallback) {
    return directory.isEmpty() ? fallback : directory.substring(directory.lastIndexOf('/') + 1);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
